"use client";

import { useTranslations } from "next-intl";
import { messageOr } from "@/lib/i18n/runtime-key";
import { useId, type ReactNode } from "react";
import { ActionWorkspace, ErrorIcon, PendingNote, SubmitButton, useWorkspace, type WorkspaceState } from "@/components/forms/action-workspace";
import { publishReportsAction } from "@/lib/actions/review/publish-reports-action";
import { reviewReportAction } from "@/lib/actions/review/review-report-action";
import { formatFigure } from "@/lib/indicators/figure";
import type { ReviewKpi } from "@/lib/review/list-review-queue";

/** Holds the result of every review/publish form on the page and shows it at the top, focused. */
export function ReviewWorkspace({ reloadHref, children }: { reloadHref: string; children: ReactNode }) {
  const t = useTranslations("review");
  const te = useTranslations("errors");
  const describe = (state: WorkspaceState) => {
    // The workspace holds either action's result: only publishing reports a count.
    const result = state.result;
    const published = typeof result === "object" && result !== null && "published" in result && typeof result.published === "number" ? result.published : null;
    const text =
      state.message === "conflict"
        ? t("conflict")
        : state.ok && state.op === "publish" && published !== null && !state.target
          ? t("publishedCount", { count: published })
          : messageOr(te, state.message!, te("unknown"));
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

const primaryButton =
  "min-h-11 rounded-8 bg-key-900 px-6 py-2 text-std-16B-170 text-white hover:bg-key-1000 disabled:bg-solid-gray-600";
const secondaryButton =
  "min-h-11 rounded-8 border border-key-900 bg-white px-6 py-2 text-std-16B-170 text-key-900 hover:bg-key-50 hover:underline disabled:border-solid-gray-600 disabled:text-solid-gray-700";

function Pending() {
  const t = useTranslations("review");
  return <PendingNote label={t("processing")} />;
}

/** 承認 / 差戻し of one submitted report. */
export function ReviewForm({ reportId, version, target }: { reportId: number; version: number; target: string }) {
  const t = useTranslations("review");
  const te = useTranslations("errors");
  const { state, action } = useWorkspace();
  const id = useId();
  const mine = state.op === "review" && state.values?.reportId === String(reportId);
  const error = mine && !state.ok ? state.fieldErrors?.comment : undefined;
  const commentId = `${id}-comment`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <form action={action} className="flex flex-col gap-3 rounded-8 border border-solid-gray-420 bg-white p-4">
      <input type="hidden" name="op" value="review" />
      <input type="hidden" name="target" value={target} />
      <input type="hidden" name="reportId" value={String(reportId)} />
      <input type="hidden" name="version" value={String(version)} />
      <div className="flex flex-col gap-1">
        <label htmlFor={commentId} className="text-std-16B-170 text-solid-gray-900">
          {t("comment")}
        </label>
        <p id={hintId} className="text-std-16N-170 text-solid-gray-800">{t("commentHint")}</p>
        {error && (
          <p id={errorId} className="flex gap-1 text-std-16B-170 text-error-1">
            <ErrorIcon />
            <span>
              {t("errorLabel")}：{messageOr(te, `fields.${error}`, te("fields.invalid"))}
            </span>
          </p>
        )}
        <textarea
          id={commentId}
          name="comment"
          rows={4}
          maxLength={1000}
          defaultValue={mine ? (state.values?.comment ?? "") : ""}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${hintId} ${errorId}` : hintId}
          className={`w-full rounded-8 bg-white px-3 py-2 text-std-16N-170 text-solid-gray-900 ${error ? "border-2 border-error-1" : "border border-solid-gray-600"}`}
        />
      </div>
      <div className="flex flex-wrap gap-4">
        <SubmitButton name="decision" value="approve" className={primaryButton}>
          {t("approve")}
        </SubmitButton>
        <SubmitButton name="decision" value="return" className={secondaryButton}>
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
      <SubmitButton className={secondaryButton}>{t("publish")}</SubmitButton>
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
      <p id={`${id}-hint`} className="text-std-16N-170 text-solid-gray-800">{t("publishAllHint")}</p>
      <div className="flex flex-wrap gap-2">
        <SubmitButton describedBy={`${id}-hint`} className={primaryButton}>
          {t("publishAll")}
        </SubmitButton>
        <Pending />
      </div>
    </form>
  );
}

/** The KPI actuals a report carries, next to the last published ones, changed rows marked in words. */
export function ReviewKpiActuals({ itemNumber, kpis }: { itemNumber: number; kpis: ReviewKpi[] }) {
  const t = useTranslations("indicators.review");
  if (kpis.length === 0) return null;
  const show = (k: ReviewKpi, value: number | null) => (value === null ? t("empty") : t("valueWithUnit", { value: formatFigure(value), unit: k.unit }));
  return (
    <div role="region" aria-label={t("region", { number: itemNumber })} tabIndex={0} className="overflow-x-auto">
      <table className="w-full min-w-[36rem] border-collapse text-left text-std-16N-170">
        <caption className="mb-2 text-left text-std-16B-170 text-solid-gray-900">{t("caption", { number: itemNumber })}</caption>
        <thead>
          <tr className="border-b-2 border-solid-gray-600 bg-solid-gray-50">
            <th scope="col" className="px-3 py-2">{t("kpi")}</th>
            <th scope="col" className="px-3 py-2 text-right">{t("previous")}</th>
            <th scope="col" className="px-3 py-2 text-right">{t("current")}</th>
            <th scope="col" className="px-3 py-2 text-right">{t("target")}</th>
            <th scope="col" className="px-3 py-2">{t("change")}</th>
          </tr>
        </thead>
        <tbody>
          {kpis.map((k) => (
            <tr key={k.id} className="border-b border-solid-gray-420 align-top">
              <th scope="row" className="px-3 py-2">{k.name}</th>
              <td className="px-3 py-2 text-right tabular-nums whitespace-nowrap">{show(k, k.previous)}</td>
              <td className={`px-3 py-2 text-right tabular-nums whitespace-nowrap ${k.changed ? "font-bold" : ""}`}>{show(k, k.value)}</td>
              <td className="px-3 py-2 text-right tabular-nums whitespace-nowrap">{show(k, k.targetValue)}</td>
              <td className="px-3 py-2">{k.changed ? t("changed") : t("unchanged")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
