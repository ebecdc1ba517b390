import type { NextRequest } from "next/server";
import { ServiceError } from "@/lib/auth/errors";
import { withErrorResponse } from "@/lib/http/error-response";
import { getPlanExport, getPlanTemplateAccess } from "@/lib/plan/load-plan-files";
import { buildPlanWorkbook, TEMPLATE_CONTENT } from "@/lib/plan/plan-workbook";
import { read } from "@/lib/read/page-data";
import { attachmentDisposition, XLSX_CONTENT_TYPE } from "@/lib/surveys/sheet-style";

// Outside app/[locale] on purpose: a path with an extension passes the proxy untouched (see proxy.ts's
// matcher), so the loaders check the session and the policy themselves and a refusal is answered in
// the API's error envelope.

async function xlsx(workbook: ReturnType<typeof buildPlanWorkbook>, fileName: string, ascii: string) {
  const body = new Uint8Array(await workbook.xlsx.writeBuffer());
  return new Response(body, {
    headers: {
      "Content-Type": XLSX_CONTENT_TYPE,
      "Content-Disposition": attachmentDisposition(fileName, ascii),
      "Cache-Control": "private, no-store",
    },
  });
}

/** 計画ファイル: the empty template (template.xlsx) or the current plan in the same shape (export.xlsx). */
export const GET = withErrorResponse(async (_request: NextRequest, context: RouteContext<"/staff/plan/[file]">) => {
  const { file } = await context.params;
  if (file === "template.xlsx") {
    await read(getPlanTemplateAccess);
    return xlsx(
      buildPlanWorkbook(TEMPLATE_CONTENT, { instructions: true }),
      "計画ファイル_ひな形.xlsx",
      "plan-template.xlsx",
    );
  }
  if (file === "export.xlsx") {
    const { fileBase, ...content } = await read(getPlanExport);
    return xlsx(buildPlanWorkbook(content), `${fileBase}.xlsx`, "plan-export.xlsx");
  }
  throw new ServiceError("not_found");
});
