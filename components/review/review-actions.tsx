"use client";

import { useTranslations } from "next-intl";
import { type ReactNode, useId } from "react";
import { ActionWorkspace, useWorkspace, type WorkspaceState } from "@/components/forms/action-workspace";
import { TextAreaField } from "@/components/forms/form-fields";
import { WorkspaceForm } from "@/components/forms/workspace-form";
import { useOutcomeText } from "@/components/ui/outcome-text";
import { type Column, Table } from "@/components/ui/table";
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

/** 承認 / 差戻し of one submitted report. */
export function ReviewForm({ reportId, version, target }: { reportId: number; version: number; target: string }) {
  const t = useTranslations("review");
  const text = useOutcomeText("reportMessages");
  const { state } = useWorkspace();
  const id = useId();
  const mine = state.op === "review" && state.values?.reportId === String(reportId);
  return (
    <WorkspaceForm
      hidden={{ op: "review", target, reportId, version }}
      buttons={[
        { label: t("approve"), name: "decision", value: "approve" },
        { label: t("return"), name: "decision", value: "return", variant: "secondary" },
      ]}
      className="flex flex-col gap-3 rounded-8 border border-solid-gray-420 bg-white p-4"
    >
      <TextAreaField
        id={`${id}-comment`}
        label={t("comment")}
        hint={t("commentHint")}
        error={mine && !state.ok ? text.field(state.fieldErrors?.comment) : undefined}
        name="comment"
        rows={4}
        maxLength={1000}
        defaultValue={mine ? (state.values?.comment ?? "") : ""}
      />
    </WorkspaceForm>
  );
}

/** 公開 of one approved report. */
export function PublishForm({ reportId, target }: { reportId: number; target: string }) {
  const t = useTranslations("review");
  return (
    <WorkspaceForm
      hidden={{ op: "publish", target, reportId }}
      buttons={[{ label: t("publish"), variant: "secondary" }]}
      className=""
      buttonsClassName="flex flex-wrap gap-2"
    />
  );
}

/** 公開 of every approved report at once. */
export function PublishAllForm() {
  const t = useTranslations("review");
  return (
    <WorkspaceForm
      hidden={{ op: "publish", all: 1 }}
      hint={t("publishAllHint")}
      buttons={[{ label: t("publishAll") }]}
      className="flex flex-col gap-2"
      buttonsClassName="flex flex-wrap gap-2"
    />
  );
}

/** The KPI actuals a report carries, next to the last published ones, changed rows marked in words. */
export function ReviewKpiActuals({ itemNumber, kpis }: { itemNumber: number; kpis: ReviewKpi[] }) {
  const t = useTranslations("indicators.review");
  if (kpis.length === 0) return null;
  const show = (k: ReviewKpi, value: number | null) =>
    value === null ? t("empty") : t("valueWithUnit", { value: formatFigure(value), unit: k.unit });
  const figure = (key: "previous" | "value" | "targetValue", header: string): Column<ReviewKpi> => ({
    key,
    header,
    numeric: true,
    nowrap: true,
    cell: (k) =>
      key === "value" && k.changed ? <span className="font-bold">{show(k, k[key])}</span> : show(k, k[key]),
  });
  return (
    <Table<ReviewKpi>
      caption={t("caption", { number: itemNumber })}
      label={t("region", { number: itemNumber })}
      className="min-w-[36rem] text-std-16N-170"
      columns={[
        { key: "kpi", header: t("kpi"), rowHeader: true, cell: (k) => k.name },
        figure("previous", t("previous")),
        figure("value", t("current")),
        figure("targetValue", t("target")),
        { key: "change", header: t("change"), cell: (k) => (k.changed ? t("changed") : t("unchanged")) },
      ]}
      rows={kpis}
      rowKey={(k) => k.id}
    />
  );
}
