"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Badge, type BadgeStyles } from "@/components/ui/badge";
import { headingClass } from "@/components/ui/heading";
import { FactList } from "@/components/ui/staff-fact-list";
import { type Column, Table } from "@/components/ui/table";
import type { FieldChange, ImportPreview, ImportRow, RowOutcome } from "@/lib/surveys/import-survey";
import { problemText, whereText } from "./import-text";

const OUTCOME_BADGES: BadgeStyles<RowOutcome> = {
  new: { tone: "info", symbol: "＋" },
  changed: { tone: "caution", symbol: "✎" },
  unchanged: { tone: "muted", symbol: "＝" },
  error: { tone: "danger", symbol: "✕" },
};

/** A row's outcome in words with its symbol. */
function OutcomeBadge({ outcome }: { outcome: RowOutcome }) {
  const t = useTranslations("surveyImport.outcomes");
  return <Badge {...OUTCOME_BADGES[outcome]}>{t(outcome)}</Badge>;
}

/** What applying a row changes, one column a line: 「進捗状況：検討中 → 実施中」. */
function ChangeList({ changes }: { changes: FieldChange[] }) {
  const t = useTranslations("surveyImport");
  const shown = (value: string) => value || t("empty");
  return (
    <ul className="flex flex-col gap-1">
      {changes.map((change) => (
        <li key={change.column} className="whitespace-pre-wrap">
          {t("change", { column: change.column, before: shown(change.before), after: shown(change.after) })}
        </li>
      ))}
    </ul>
  );
}

/** On a conflict: what someone saved since the file was made, next to what the file says. */
function ConflictTable({ number, changes }: { number: number | null; changes: FieldChange[] }) {
  const t = useTranslations("surveyImport");
  const shown = (value: string) => value || t("empty");
  return (
    <Table<FieldChange>
      caption={t("conflictCaption", { number: number ?? "" })}
      className="min-w-[32rem]"
      columns={[
        { key: "column", header: t("conflictField"), rowHeader: true, nowrap: true, cell: (c) => c.column },
        {
          key: "before",
          header: t("conflictTheirs"),
          className: "whitespace-pre-wrap",
          cell: (c) => shown(c.before),
        },
        { key: "after", header: t("conflictFile"), className: "whitespace-pre-wrap", cell: (c) => shown(c.after) },
      ]}
      rows={changes}
      rowKey={(c) => c.column}
    />
  );
}

/** The 内容 of a row: its problems in words (and both texts on a conflict), or what it changes. */
function RowDetail({ row, kpiSheet }: { row: ImportRow; kpiSheet: string }) {
  const t = useTranslations("surveyImport");
  let detail: ReactNode;
  if (row.outcome === "error")
    detail = (
      <>
        <ul className="flex flex-col gap-1 text-error-1">
          {row.problems.map((problem) => (
            <li key={`${problem.sheet}-${problem.line}-${problem.column}-${problem.code}`}>
              {problemText(t, problem, kpiSheet)}
            </li>
          ))}
        </ul>
        {row.conflict && <ConflictTable number={row.itemNumber} changes={row.conflict} />}
      </>
    );
  else if (row.outcome === "unchanged") detail = t("unchangedDetail");
  else detail = <ChangeList changes={row.changes} />;
  return <div className="flex flex-col gap-2">{detail}</div>;
}

/**
 * What importing the file would do: the counts, the period and the file, and every row of the
 * file with its outcome — errors naming row, column and what is expected.
 */
export function ImportPreviewView({ preview, kpiSheet }: { preview: ImportPreview; kpiSheet: string }) {
  const t = useTranslations("surveyImport");
  const columns: Column<ImportRow>[] = [
    {
      key: "line",
      header: t("columns.line"),
      rowHeader: true,
      nowrap: true,
      cell: (row) => whereText(t, row, kpiSheet),
    },
    { key: "number", header: t("columns.number"), numeric: true, nowrap: true, cell: (row) => row.itemNumber ?? "" },
    // The outcome before the title, so that a phone shows it without scrolling the table sideways.
    {
      key: "outcome",
      header: t("columns.outcome"),
      nowrap: true,
      cell: (row) => <OutcomeBadge outcome={row.outcome} />,
    },
    { key: "title", header: t("columns.title"), className: "min-w-48", cell: (row) => row.title ?? t("noTitle") },
    {
      key: "detail",
      header: t("columns.detail"),
      className: "min-w-80",
      cell: (row) => <RowDetail row={row} kpiSheet={kpiSheet} />,
    },
  ];
  return (
    <div className="flex flex-col gap-4">
      <h2 className={headingClass.section}>{t("previewHeading")}</h2>
      <p className="text-std-18B-160">{t("summary", { ...preview.counts })}</p>
      <FactList
        facts={[
          { key: "period", term: t("facts.period"), value: preview.period.label },
          { key: "file", term: t("facts.file"), value: preview.fileName, valueClassName: "break-all" },
          preview.encoding !== null && { key: "encoding", term: t("facts.encoding"), value: preview.encoding },
        ]}
      />
      <Table
        caption={t("tableCaption")}
        label={t("tableRegion")}
        className="min-w-[56rem] text-std-16N-170"
        columns={columns}
        rows={preview.rows}
        rowKey={(row) => `${row.sheet}-${row.line}`}
      />
    </div>
  );
}
