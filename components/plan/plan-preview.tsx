"use client";

import { useTranslations } from "next-intl";
import { headingClass } from "@/components/ui/heading";
import { FactList } from "@/components/ui/staff-fact-list";
import { Table } from "@/components/ui/table";
import type { PlanImportPreview } from "@/lib/plan/import-plan";
import type { PlanChange } from "@/lib/plan/write-plan";
import { usePlanText } from "./plan-text";

/** One item's or the municipality's changed fields, one a line: 「取組項目：「旧」 → 「新」」. */
function Changes({ changes }: { changes: PlanChange[] }) {
  const { fieldName, shown } = usePlanText();
  return (
    <ul className="flex flex-col gap-1">
      {changes.map((change) => (
        <li key={change.field} className="whitespace-pre-wrap">
          {fieldName(change.field)}: {shown(change.before)} → {shown(change.after)}
        </li>
      ))}
    </ul>
  );
}

/** 内容を確認's answer: the counts, then each kind of change in its own table, errors first. */
export function PlanPreviewView({ preview }: { preview: PlanImportPreview }) {
  const t = useTranslations("planImport");
  const { problemText, whereText } = usePlanText();
  type ItemRow = { number: number; title: string; line?: number };
  const itemColumns = [
    { key: "number", header: t("columns.number"), rowHeader: true, nowrap: true, cell: (r: ItemRow) => r.number },
    { key: "title", header: t("columns.title"), cell: (r: ItemRow) => r.title },
  ];
  return (
    <section aria-labelledby="plan-preview-heading" className="flex flex-col gap-6">
      <h2 id="plan-preview-heading" className={headingClass.section}>
        {t("previewHeading")}
      </h2>
      <FactList
        facts={[
          { key: "file", term: t("facts.file"), value: preview.fileName },
          preview.encoding !== null && { key: "encoding", term: t("facts.encoding"), value: preview.encoding },
          preview.municipality !== null && {
            key: "municipality",
            term: t("facts.municipality"),
            value: `${preview.municipality.name}（${preview.municipality.code}）`,
          },
        ]}
      />
      <p className="font-bold">
        {t("summary", {
          new: preview.newItems.length,
          changed: preview.changedItems.length,
          unchanged: preview.unchangedItems,
          missing: preview.missingItems.length,
          problems: preview.problems.length,
        })}
      </p>
      {preview.problems.length === 0 && !preview.changesSomething && <p>{t("noChanges")}</p>}

      {preview.problems.length > 0 && (
        <Table
          caption={t("problemsHeading")}
          columns={[
            { key: "where", header: t("columns.where"), rowHeader: true, nowrap: true, cell: (p) => whereText(p) },
            { key: "message", header: t("columns.message"), cell: (p) => problemText(p) },
          ]}
          rows={preview.problems}
          rowKey={(p) => `${p.sheet}-${p.line}-${p.column}-${p.code}`}
        />
      )}
      {preview.municipality && preview.municipality.changes.length > 0 && (
        <div className="flex flex-col gap-2">
          <h3 className={headingClass.subsection}>{t("municipalityHeading")}</h3>
          <Changes changes={preview.municipality.changes} />
        </div>
      )}
      {Object.values(preview.created).some((names) => names.length > 0) && (
        <Table
          caption={t("createdHeading")}
          columns={[
            {
              key: "kind",
              header: t("columns.kind"),
              rowHeader: true,
              nowrap: true,
              cell: ([kind]) => t(`created.${kind}`),
            },
            { key: "names", header: t("columns.names"), cell: ([, names]) => names.join("、") },
          ]}
          rows={
            Object.entries(preview.created).filter(([, names]) => names.length > 0) as [
              keyof typeof preview.created,
              string[],
            ][]
          }
          rowKey={([kind]) => kind}
        />
      )}
      {preview.changedItems.length > 0 && (
        <Table
          caption={t("changedItemsHeading")}
          className="min-w-[40rem]"
          columns={[
            ...itemColumns,
            { key: "changes", header: t("columns.field"), cell: (r) => <Changes changes={r.changes} /> },
          ]}
          rows={preview.changedItems}
          rowKey={(r) => r.number}
        />
      )}
      {preview.newItems.length > 0 && (
        <Table caption={t("newItemsHeading")} columns={itemColumns} rows={preview.newItems} rowKey={(r) => r.number} />
      )}
      {preview.changedIndicators.length > 0 && (
        <Table
          caption={t("indicatorsHeading")}
          columns={[
            { key: "name", header: t("columns.names"), rowHeader: true, cell: (r) => r.name },
            { key: "changes", header: t("columns.field"), cell: (r) => <Changes changes={r.changes} /> },
          ]}
          rows={preview.changedIndicators}
          rowKey={(r) => r.name}
        />
      )}
      {preview.missingItems.length > 0 && (
        <Table
          caption={t("missingHeading")}
          columns={itemColumns}
          rows={preview.missingItems}
          rowKey={(r) => r.number}
        />
      )}
    </section>
  );
}
