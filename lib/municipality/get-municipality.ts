import "server-only";
import { cached } from "../db/cached.ts";
import { getDb } from "../db/client.ts";
import type { Db } from "../db/create-client.ts";
import { CONTENT_TAG } from "../items/cache-tags.ts";

/** The municipality whose plan the portal holds, as pages, files and open data name it. */
export interface Municipality {
  name: string;
  /** 全国地方公共団体コード: 6 digits, the last one a check digit */
  code: string;
  planName: string;
  startFiscalYear: number;
  endFiscalYear: number;
  licenceName: string;
  licenceUrl: string;
  /** the division that runs the portal (事務局); empty when the plan file names none */
  secretariat: string;
}

/** Reads the one municipality row; every import writes it, so a prepared database always has it. */
export async function loadMunicipality(db: Db): Promise<Municipality> {
  const row = await db.municipality.findUniqueOrThrow({ where: { id: 1 } });
  return {
    name: row.name,
    code: row.code,
    planName: row.planName,
    startFiscalYear: row.startFiscalYear,
    endFiscalYear: row.endFiscalYear,
    licenceName: row.licenceName,
    licenceUrl: row.licenceUrl,
    secretariat: row.secretariat,
  };
}

/** The municipality for pages and routes, cached with the plan's content (a plan import expires it). */
export const getMunicipality = cached(async () => loadMunicipality(await getDb()), ["municipality-v2"], [CONTENT_TAG]);
