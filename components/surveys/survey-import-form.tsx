"use client";

import { useTranslations } from "next-intl";
import { FileImportForm } from "@/components/forms/file-import-form";
import { FormStatus } from "@/components/ui/form-status";
import { headingClass } from "@/components/ui/heading";
import { applySurveyImportAction, previewSurveyImportAction } from "@/lib/actions/surveys/import-survey-actions";
import { Link } from "@/lib/i18n/navigation";
import { ImportPreviewView } from "./import-preview";
import { conflictText, refusalOf, refusalText } from "./import-text";

/**
 * 調査票の取り込み: choose a file, 内容を確認 shows what each row would do, and 取り込む applies
 * the valid rows as drafts after a confirmation of how many are applied and skipped.
 */
export function SurveyImportForm({
  maxBytes,
  kpiSheet,
}: {
  /** what a file may weigh: a larger one is refused here, before it is sent */
  maxBytes: number;
  /** the KPI sheet's name, which problems on that sheet are prefixed with */
  kpiSheet: string;
}) {
  const t = useTranslations("surveyImport");
  return (
    <FileImportForm
      maxBytes={maxBytes}
      previewAction={previewSurveyImportAction}
      applyAction={applySurveyImportAction}
      domain="surveyImport"
      t={t}
      applyHeading={t("applyHeading")}
      confirmRequired={t("confirmRequired")}
      refusalOf={refusalOf}
      refusalText={(refusal) => refusalText(t, refusal)}
      conflictText={(applied) => conflictText(t, applied)}
      confirmation={(preview) => {
        const applicable = preview.counts.new + preview.counts.changed;
        return {
          values: { fileHash: preview.fileHash, expected: applicable, bases: JSON.stringify(preview.bases) },
          confirm: t("confirm", { apply: applicable, skip: preview.rows.length - applicable }),
          hint: t("applyHint"),
          nothing: applicable === 0 ? t("nothingToApply") : undefined,
        };
      }}
      renderPreview={(preview) => <ImportPreviewView preview={preview} kpiSheet={kpiSheet} />}
      renderApplied={(applied, preview) => {
        const appliedRows = preview?.rows.filter((row) => row.outcome === "new" || row.outcome === "changed") ?? [];
        return (
          <FormStatus ok text={t("applied", { applied: applied.applied, skipped: applied.skipped })}>
            {appliedRows.length > 0 && (
              <>
                <h3 className={headingClass.minor}>{t("appliedLinksHeading")}</h3>
                <ul className="flex flex-col gap-1">
                  {appliedRows.map((row) => (
                    <li key={row.itemNumber}>
                      <Link
                        href={`/staff/items/${row.itemNumber}/report`}
                        className="text-key-900 underline underline-offset-4"
                      >
                        {t("itemLink", { number: row.itemNumber ?? "", title: row.title ?? "" })}
                      </Link>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </FormStatus>
        );
      }}
    />
  );
}
