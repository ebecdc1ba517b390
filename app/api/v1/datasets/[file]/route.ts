import { ServiceError } from "@/lib/auth/errors";
import { getMunicipality } from "@/lib/municipality/get-municipality";
import { getDatasetMeta, getDatasetRecords } from "@/lib/opendata/datasets";
import { DATASETS, isDatasetName } from "@/lib/opendata/dictionary";
import {
  DATASET_CONTENT_TYPES,
  type DatasetFormat,
  datasetToCsv,
  datasetToJson,
  datasetToXlsx,
} from "@/lib/opendata/formats";
import { openDataError, openDataPreflight, openDataRoute } from "@/lib/opendata/http";
import { openDataConditional } from "@/lib/opendata/respond";
import { resolvePeriodKey } from "@/lib/rollup/get-summary";

const FILE = /^([a-z-]+)\.(csv|json|xlsx)$/;

/**
 * GET /api/v1/datasets/{items|reports|indicators|indicator-values|summary}.{csv|json|xlsx}: the
 * open data as files, columns as lib/opendata/dictionary.ts names them; the summary takes
 * ?period=2025-first_half (the latest period when omitted).
 */
export const GET = openDataRoute(async (request: Request, context: RouteContext<"/api/v1/datasets/[file]">) => {
  const match = FILE.exec((await context.params).file);
  const name = match?.[1] ?? "";
  if (!match || !isDatasetName(name)) {
    return openDataError(
      new ServiceError("not_found"),
      "指定されたデータセットはありません。/api/v1/datasets/{items|reports|indicators|indicator-values|summary}.{csv|json|xlsx} を指定してください。",
    );
  }
  const format = match[2] as DatasetFormat;
  const periodId =
    name === "summary"
      ? await resolvePeriodKey(new URL(request.url).searchParams.get("period") ?? undefined)
      : undefined;
  if (periodId === null) {
    return openDataError(
      new ServiceError("not_found"),
      "指定された報告期間はありません。period=<年度>-<first_half|year_end>（例: 2025-first_half）で指定してください。",
    );
  }
  const [municipality, meta] = await Promise.all([getMunicipality(), getDatasetMeta()]);
  const records = await getDatasetRecords(name, municipality, periodId);
  const source = JSON.stringify({ format, meta, records });
  const fileName = `${municipality.code}_plan_${name}.${format}`;
  return openDataConditional(
    request,
    source,
    () => {
      if (format === "csv") return datasetToCsv(name, records);
      if (format === "json") return datasetToJson(name, records, meta);
      return datasetToXlsx(name, DATASETS[name].sheet, records, meta);
    },
    {
      "Content-Type": DATASET_CONTENT_TYPES[format],
      ...(format === "json" ? {} : { "Content-Disposition": `attachment; filename="${fileName}"` }),
    },
  );
});

export const OPTIONS = openDataPreflight;
