import type { NextRequest } from "next/server";
import { z } from "zod";
import { ServiceError } from "@/lib/auth/errors";
import { withErrorResponse } from "@/lib/http/error-response";
import { read } from "@/lib/read/page-data";
import { getSurveyData } from "@/lib/surveys/load-survey";
import { attachmentDisposition, XLSX_CONTENT_TYPE } from "@/lib/surveys/sheet-style";
import { buildSurveyWorkbook, surveyFileName } from "@/lib/surveys/survey-workbook";

// Outside app/[locale] on purpose: a path with an extension passes the proxy untouched (see proxy.ts's
// matcher), so no locale is added and no login redirect happens; the loader checks the session and the
// policy itself, and a refusal is answered in the API's error envelope.
const fileSchema = z.string().regex(/^\d{4}-(?:first_half|year_end)\.xlsx$/);

/** 調査票: the survey workbook of a period, for the reader's section or `?section=` (the secretariat any). */
export const GET = withErrorResponse(async (request: NextRequest, context: RouteContext<"/staff/surveys/[file]">) => {
  const parsed = fileSchema.safeParse((await context.params).file);
  if (!parsed.success) throw new ServiceError("not_found");
  const survey = await read(getSurveyData, {
    period: parsed.data.replace(/\.xlsx$/, ""),
    section: request.nextUrl.searchParams.get("section") ?? undefined,
  });
  const workbook = await buildSurveyWorkbook(survey);
  const body = new Uint8Array(await workbook.xlsx.writeBuffer());
  return new Response(body, {
    headers: {
      "Content-Type": XLSX_CONTENT_TYPE,
      "Content-Disposition": attachmentDisposition(surveyFileName(survey), `survey-${survey.period.key}.xlsx`),
      "Cache-Control": "private, no-store",
    },
  });
});
