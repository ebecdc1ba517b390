"use client";

import { useTranslations } from "next-intl";
import { FileImportForm } from "@/components/forms/file-import-form";
import { FormStatus } from "@/components/ui/form-status";
import { applyPlanImportAction, previewPlanImportAction } from "@/lib/actions/plan/import-plan-actions";
import { PlanPreviewView } from "./plan-preview";
import { usePlanText } from "./plan-text";

/**
 * 計画ファイルの取り込み: choose a file, 内容を確認 shows what would change, and 取り込む writes it after
 * a confirmation; the server compares the file's hash and the preview's digest with what was checked.
 */
export function PlanImportForm({ maxBytes }: { maxBytes: number }) {
  const t = useTranslations("planImport");
  const { refusalText } = usePlanText();
  return (
    <FileImportForm
      maxBytes={maxBytes}
      previewAction={previewPlanImportAction}
      applyAction={applyPlanImportAction}
      domain="planImport"
      t={t}
      applyHeading={t("apply")}
      confirmRequired={t("fields.required")}
      refusalOf={(state) => (!state.ok && state.message === "invalid_file" ? (state.reason ?? null) : null)}
      refusalText={refusalText}
      conflictText={(applied) => (applied?.message === "conflict" ? t("refusals.changed_since_preview") : null)}
      // A plan with problems, or one that changes nothing, is not offered to 取り込む.
      confirmation={(preview) =>
        preview.problems.length === 0 && preview.changesSomething
          ? { values: { fileHash: preview.fileHash, digest: preview.digest }, confirm: t("confirm") }
          : null
      }
      renderPreview={(preview) => <PlanPreviewView preview={preview} />}
      renderApplied={(applied) => (
        <FormStatus
          ok
          text={
            Object.values(applied.counts).some((n) => n > 0)
              ? t("done", { items: applied.counts.items, changedItems: applied.counts.changedItems })
              : t("nothing")
          }
        />
      )}
    />
  );
}
