"use client";

import { useTranslations } from "next-intl";
import { type ReactNode, useId } from "react";
import { ActionWorkspace, useWorkspace, type WorkspaceState } from "@/components/forms/action-workspace";
import { Field, fieldClass, hintClass } from "@/components/ui/field";
import { useOutcomeText } from "@/components/ui/outcome-text";
import { ScrollTable, Th } from "@/components/ui/scroll-table";
import { PendingNote, SubmitButton } from "@/components/ui/submit-button";
import { publishReportsAction } from "@/lib/actions/review/publish-reports-action";
import { reviewReportAction } from "@/lib/actions/review/review-report-action";
import { formatFigure } from "@/lib/indicators/figure";
import type { ReviewKpi } from "@/lib/review/list-review-queue";

/** Holds the result of every review/publish form on the page and shows it at the top, focused. */
export function ReviewWorkspace({ reloadHref, children }: { reloadHref: string; children: ReactNode }) {
  const t = useTranslations("review");
  const outcome = useOutcomeText("reportMessages");
  const describe = (state: WorkspaceState) => {
    // The workspace holds either action's result: only publishing reports a count.
    const result = state.result;
    const published =
      typeof result === "object" && result !== null && "published" in result && typeof result.published === "number"
        ? result.published
        : null;
    const text =
      state.message === "conflict"
        ? t("conflict")
        : state.ok && state.op === "publish" && published !== null && !state.target
          ? t("publishedCount", { count: published })
          : outcome.message(state.message);
    return state.target ? t("resultFor", { target: state.target, message: text }) : text;
  };
  return (
    <ActionWorkspace
      actions={{ review: reviewReportAction, publish: publishReportsAction }}
      describe={describe}
      reload={{ href: reloadHref, label: t("reload"), after: ["conflict"] }}
    >
      {children}
    </ActionWorkspace>
  );
}

function Pending() {
  const t = useTranslations("review");
  return <PendingNote label={t("processing")} />;
}

/** 承認 / 差戻し of one submitted report. */
export function ReviewForm({ reportId, version, target }: { reportId: number; version: number; target: string }) {
  const t = useTranslations("review");
  const text = useOutcomeText("reportMessages");
  const { state, action } = useWorkspace();
  const id = useId();
  const mine = state.op === "review" && state.values?.reportId === String(reportId);
  const error = mine && !state.ok ? text.field(state.fieldErrors?.comment) : undefined;
  return (
    <form action={action} className="flex flex-col gap-3 rounded-8 border border-solid-gray-420 bg-white p-4">
      <input type="hidden" name="op" value="review" />
      <input type="hidden" name="target" value={target} />
      <input type="hidden" name="reportId" value={String(reportId)} />
      <input type="hidden" name="version" value={String(version)} />
      <Field id={`${id}-comment`} label={t("comment")} hint={t("commentHint")} error={error}>
        {(control) => (
          <textarea
            {...control}
            name="comment"
            rows={4}
            maxLength={1000}
            defaultValue={mine ? (state.values?.comment ?? "") : ""}
            className={fieldClass}
          />
        )}
      </Field>
      <div className="flex flex-wrap gap-4">
        <SubmitButton name="decision" value="approve">
          {t("approve")}
        </SubmitButton>
        <SubmitButton name="decision" value="return" variant="secondary">
          {t("return")}
        </SubmitButton>
        <Pending />
      </div>
    </form>
  );
}

/** 公開 of one approved report. */
export function PublishForm({ reportId, target }: { reportId: number; target: string }) {
  const t = useTranslations("review");
  const { action } = useWorkspace();
  return (
    <form action={action} className="flex flex-wrap gap-2">
      <input type="hidden" name="op" value="publish" />
      <input type="hidden" name="target" value={target} />
      <input type="hidden" name="reportId" value={String(reportId)} />
      <SubmitButton variant="secondary">{t("publish")}</SubmitButton>
      <Pending />
    </form>
  );
}

/** 公開 of every approved report at once. */
export function PublishAllForm() {
  const t = useTranslations("review");
  const { action } = useWorkspace();
  const id = useId();
  return (
    <form action={action} className="flex flex-col gap-2">
      <input type="hidden" name="op" value="publish" />
      <input type="hidden" name="all" value="1" />
      <p id={`${id}-hint`} className={hintClass}>
        {t("publishAllHint")}
      </p>
      <div className="flex flex-wrap gap-2">
        <SubmitButton describedBy={`${id}-hint`}>{t("publishAll")}</SubmitButton>
        <Pending />
      </div>
    </form>
  );
}

/** The KPI actuals a report carries, next to the last published ones, changed rows marked in words. */
export function ReviewKpiActuals({ itemNumber, kpis }: { itemNumber: number; kpis: ReviewKpi[] }) {
  const t = useTranslations("indicators.review");
  if (kpis.length === 0) return null;
  const show = (k: ReviewKpi, value: number | null) =>
    value === null ? t("empty") : t("valueWithUnit", { value: formatFigure(value), unit: k.unit });
  return (
    <ScrollTable
      caption={t("caption", { number: itemNumber })}
      label={t("region", { number: itemNumber })}
      className="min-w-[36rem] text-std-16N-170"
    >
      <thead>
        <tr className="border-b-2 border-solid-gray-600 bg-solid-gray-50">
          <Th scope="col" className="px-3 py-2">
            {t("kpi")}
          </Th>
          <Th scope="col" className="px-3 py-2 text-right">
            {t("previous")}
          </Th>
          <Th scope="col" className="px-3 py-2 text-right">
            {t("current")}
          </Th>
          <Th scope="col" className="px-3 py-2 text-right">
            {t("target")}
          </Th>
          <Th scope="col" className="px-3 py-2">
            {t("change")}
          </Th>
        </tr>
      </thead>
      <tbody>
        {kpis.map((k) => (
          <tr key={k.id} className="border-b border-solid-gray-420 align-top">
            <Th scope="row" className="px-3 py-2">
              {k.name}
            </Th>
            <td className="px-3 py-2 text-right tabular-nums whitespace-nowrap">{show(k, k.previous)}</td>
            <td className={`px-3 py-2 text-right tabular-nums whitespace-nowrap ${k.changed ? "font-bold" : ""}`}>
              {show(k, k.value)}
            </td>
            <td className="px-3 py-2 text-right tabular-nums whitespace-nowrap">{show(k, k.targetValue)}</td>
            <td className="px-3 py-2">{k.changed ? t("changed") : t("unchanged")}</td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}
