"use client";

import { useTranslations } from "next-intl";
import { type ReactNode, useId } from "react";
import { ActionWorkspace, useWorkspace, type WorkspaceState } from "@/components/forms/action-workspace";
import { HiddenFields, TextAreaField } from "@/components/forms/form-fields";
import { WorkspaceForm } from "@/components/forms/workspace-form";
import { buttonClass } from "@/components/ui/button";
import { FieldError, hintClass } from "@/components/ui/field";
import { useOutcomeText } from "@/components/ui/outcome-text";
import { PendingNote, SubmitButton } from "@/components/ui/submit-button";
import { type Column, Table } from "@/components/ui/table";
import { approveReportsAction } from "@/lib/actions/review/approve-reports-action";
import { publishReportsAction } from "@/lib/actions/review/publish-reports-action";
import { reviewReportAction } from "@/lib/actions/review/review-report-action";
import { formatFigure } from "@/lib/indicators/figure";
import type { ApproveReportsResult } from "@/lib/review/approve-reports";
import type { ReviewKpi } from "@/lib/review/list-review-queue";

/** The id of the bulk 承認 form, which the checkboxes on the cards belong to (`form` attribute). */
export const BULK_APPROVE_FORM_ID = "bulk-approve";

/** A report named in a confirmation: its id, and its item as "No.44 タイトル". */
export interface NamedReport {
  reportId: number;
  label: string;
}

function isApproveResult(result: unknown): result is ApproveReportsResult {
  return typeof result === "object" && result !== null && "approved" in result && "skipped" in result;
}

/** Holds the result of every review/publish form on the page and shows it at the top, focused. */
export function ReviewWorkspace({ reloadHref, children }: { reloadHref: string; children: ReactNode }) {
  const t = useTranslations("review");
  const outcome = useOutcomeText("reportMessages");
  const describe = (state: WorkspaceState) => {
    if (state.op === "approveMany") return describeBulk(state);
    if (state.op === "publish" && !state.ok && state.fieldErrors?.confirm) return t("publishConfirmRequired");
    // The workspace holds every action's result: publishing reports a count.
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
  const describeBulk = (state: WorkspaceState) => {
    if (!state.ok)
      return state.fieldErrors?.reports === "noneSelected" ? t("bulk.noneSelected") : outcome.message(state.message);
    if (!isApproveResult(state.result)) return outcome.message(state.message);
    const { approved, skipped } = state.result;
    const done = t("bulk.approvedCount", { count: approved.length });
    if (skipped.length === 0) return done;
    const list = skipped
      .map((s) =>
        t("bulk.skippedItem", {
          item: s.itemNumber === null ? t("bulk.unknownItem") : t("bulk.itemNumber", { number: s.itemNumber }),
          reason: t(`bulk.reasons.${s.reason}`),
        }),
      )
      .join(t("bulk.separator"));
    return `${done}${t("bulk.skipped", { count: skipped.length, list })}`;
  };
  return (
    <ActionWorkspace
      actions={{ review: reviewReportAction, publish: publishReportsAction, approveMany: approveReportsAction }}
      describe={describe}
      reload={{ href: reloadHref, label: t("reload"), after: ["conflict", "invalid_state"] }}
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

/**
 * 承認 of the reports ticked on the cards. The checkboxes live in the cards (each names its item)
 * and join this form through their `form` attribute; 「すべて選択」 ticks every card shown.
 */
export function BulkApproveForm({ count }: { count: number }) {
  const t = useTranslations("review.bulk");
  const tu = useTranslations("ui");
  const { action } = useWorkspace();
  const hintId = `${useId()}-hint`;
  const tickAll = (checked: boolean) => {
    for (const box of document.querySelectorAll<HTMLInputElement>(
      `input[form="${BULK_APPROVE_FORM_ID}"][name="report"]`,
    ))
      box.checked = checked;
  };
  return (
    <form
      id={BULK_APPROVE_FORM_ID}
      action={action}
      aria-labelledby={`${BULK_APPROVE_FORM_ID}-heading`}
      className="flex flex-col gap-3 rounded-8 border border-solid-gray-420 bg-solid-gray-50 p-4"
    >
      <HiddenFields values={{ op: "approveMany" }} />
      <h3 id={`${BULK_APPROVE_FORM_ID}-heading`} className="text-std-18B-160">
        {t("heading")}
      </h3>
      <p id={hintId} className={hintClass}>
        {t("hint", { count })}
      </p>
      <div className="flex flex-wrap gap-4">
        <button type="button" className={buttonClass.secondary} onClick={() => tickAll(true)}>
          {t("selectAll", { count })}
        </button>
        <button type="button" className={buttonClass.secondary} onClick={() => tickAll(false)}>
          {t("clearSelection")}
        </button>
        <SubmitButton describedBy={hintId}>{t("approveSelected")}</SubmitButton>
        <PendingNote label={tu("pending")} />
      </div>
    </form>
  );
}

/** The checkbox on a submitted report's card that selects it for the bulk 承認, with the version read. */
export function SelectForApproval({
  reportId,
  version,
  target,
}: {
  reportId: number;
  version: number;
  target: string;
}) {
  const t = useTranslations("review.bulk");
  const id = `select-${reportId}`;
  return (
    <div className="flex items-center gap-2">
      <input
        id={id}
        type="checkbox"
        form={BULK_APPROVE_FORM_ID}
        name="report"
        value={`${reportId}:${version}`}
        className="size-6 shrink-0"
      />
      <label htmlFor={id} className="text-std-16B-170">
        {t("select", { target })}
      </label>
    </div>
  );
}

/**
 * The confirmation every 公開 asks for: what it publishes (count and items), and a checkbox the
 * server requires.
 */
function PublishConfirmation({
  formKey,
  reports,
  listed,
}: {
  formKey: string;
  reports: NamedReport[];
  /** the reports as a list above the checkbox (publish all), else named in its label (one row) */
  listed: boolean;
}) {
  const t = useTranslations("review");
  const { state } = useWorkspace();
  const id = `publish-${formKey}-confirm`;
  const errorId = `${id}-error`;
  const mine = state.op === "publish" && state.values?.form === formKey && !state.ok;
  const error = mine && state.fieldErrors?.confirm ? t("publishConfirmRequired") : undefined;
  const [only] = reports;
  return (
    <div className="flex flex-col gap-2">
      {listed && (
        <>
          <p className="text-std-16B-170">{t("publishNames", { count: reports.length })}</p>
          <ul className="list-disc pl-6">
            {reports.map((r) => (
              <li key={r.reportId}>{r.label}</li>
            ))}
          </ul>
        </>
      )}
      <FieldError id={errorId}>{error}</FieldError>
      <div className="flex items-start gap-2">
        <input
          id={id}
          name="confirm"
          type="checkbox"
          value="yes"
          required
          aria-describedby={error ? errorId : undefined}
          className="mt-1.5 size-5 shrink-0"
        />
        <label htmlFor={id} className="text-std-16N-170 text-solid-gray-900">
          {listed ? t("publishConfirm", { count: reports.length }) : t("publishConfirmOne", { target: only.label })}
        </label>
      </div>
    </div>
  );
}

/** 公開 of one approved report, after confirming which. */
export function PublishForm({ report }: { report: NamedReport }) {
  const t = useTranslations("review");
  const formKey = `one-${report.reportId}`;
  return (
    <WorkspaceForm
      hidden={{ op: "publish", form: formKey, target: report.label, reportIds: report.reportId }}
      buttons={[{ label: t("publish"), variant: "secondary" }]}
      className="flex min-w-64 flex-col gap-2"
      buttonsClassName="flex flex-wrap gap-2"
    >
      <PublishConfirmation formKey={formKey} reports={[report]} listed={false} />
    </WorkspaceForm>
  );
}

/** 公開 of every approved report listed, after confirming them: exactly those are published. */
export function PublishAllForm({ reports }: { reports: NamedReport[] }) {
  const t = useTranslations("review");
  return (
    <WorkspaceForm
      hidden={{ op: "publish", form: "all", reportIds: reports.map((r) => r.reportId).join(",") }}
      hint={t("publishAllHint")}
      buttons={[{ label: t("publishAll") }]}
      className="flex flex-col gap-3 rounded-8 border border-solid-gray-420 bg-solid-gray-50 p-4"
      buttonsClassName="flex flex-wrap gap-2"
    >
      <PublishConfirmation formKey="all" reports={reports} listed />
    </WorkspaceForm>
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
