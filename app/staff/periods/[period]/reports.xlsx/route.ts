import { withErrorResponse } from "@/lib/http/error-response";
import { read } from "@/lib/read/page-data";
import { getPeriodSheetData } from "@/lib/surveys/load-period-sheet";
import { buildPeriodSheet, periodSheetFileName } from "@/lib/surveys/period-sheet";
import { attachmentDisposition, XLSX_CONTENT_TYPE } from "@/lib/surveys/sheet-style";

// Outside app/[locale] for the same reason as the survey workbook (app/staff/surveys/[file]/route.ts).
/** 報告一覧: every item and its report for the period, for the secretariat and the council. */
export const GET = withErrorResponse(
  async (_request: Request, context: RouteContext<"/staff/periods/[period]/reports.xlsx">) => {
    const data = await read(getPeriodSheetData, (await context.params).period);
    const body = new Uint8Array(await buildPeriodSheet(data).xlsx.writeBuffer());
    return new Response(body, {
      headers: {
        "Content-Type": XLSX_CONTENT_TYPE,
        "Content-Disposition": attachmentDisposition(
          periodSheetFileName(data.period),
          `reports-${data.period.key}.xlsx`,
        ),
        "Cache-Control": "private, no-store",
      },
    });
  },
);
