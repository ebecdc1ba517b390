// The municipality as data: the built-in source's import fills Iizuka's row, and what the row says
// is what the portal names — the cached read for pages, and the Excel files the staff download; a
// database made before the secretariat was data gets Iizuka's by migration.
import ExcelJS from "exceljs";
import { beforeAll, expect, it, vi } from "vitest";
import { migrate, readMigrations } from "../../lib/db/migrate.ts";
import { IIZUKA, importSource } from "../../lib/importer/import-source.ts";
import { CONTENT_TAG } from "../../lib/items/cache-tags.ts";
import { isMunicipalityCode } from "../../lib/municipality/code.ts";
import { getMunicipality, loadMunicipality } from "../../lib/municipality/get-municipality.ts";
import { municipalitySchema } from "../../lib/municipality/municipality-schema.ts";
import { getPeriodSheetData } from "../../lib/surveys/load-period-sheet.ts";
import { getSurveyData } from "../../lib/surveys/load-survey.ts";
import { buildPeriodSheet } from "../../lib/surveys/period-sheet.ts";
import { buildSurveyWorkbook } from "../../lib/surveys/survey-workbook.ts";
import { describeOnDatabases } from "../support/db.ts";
import { castIn, ctxOf } from "../support/fixtures.ts";

const next = vi.hoisted(() => ({ db: null as unknown, tags: new Map<string, string[]>() }));

// The data cache is Next's; here each read goes to the suite's database, and the tags are kept to check.
vi.mock("next/cache", () => ({
  unstable_cache:
    <A extends unknown[], R>(load: (...args: A) => Promise<R>, keyParts: string[], options: { tags: string[] }) =>
    (...args: A) => {
      next.tags.set(keyParts[0], options.tags);
      return load(...args);
    },
}));
vi.mock("../../lib/db/runtime.ts", () => ({
  getDb: async () => next.db,
  getDatabaseInstance: async () => "municipality-test",
}));

// The period the cast opens (2025, first half).
const PERIOD = "2025-first_half";
const MINAMI = {
  name: "南町",
  code: "472018",
  planName: "第3次行財政改革実施計画",
  startFiscalYear: 2025,
  endFiscalYear: 2029,
  licenceName: "公共データ利用規約（第1.0版）",
  licenceUrl: "https://www.digital.go.jp/resources/open_data/",
  secretariat: "総務課",
};

async function creatorOf(book: ExcelJS.Workbook) {
  const read = new ExcelJS.Workbook();
  await read.xlsx.load(await book.xlsx.writeBuffer());
  return read.creator;
}

describeOnDatabases("the municipality", "imported", (suite) => {
  const cast = castIn(suite, { period: true });

  beforeAll(() => {
    next.db = suite.db;
  });

  it("is Iizuka after the built-in source's import, a record the plan file's 「団体」 sheet could give", async () => {
    const municipality = await loadMunicipality(suite.db);
    expect(municipality).toEqual({
      name: "飯塚市",
      code: "402052",
      planName: "飯塚市行政経営戦略推進プラン",
      startFiscalYear: 2024,
      endFiscalYear: 2026,
      licenceName: "CC BY 4.0",
      licenceUrl: "https://creativecommons.org/licenses/by/4.0/deed.ja",
      secretariat: "業務改善・DX推進課",
    });
    expect(isMunicipalityCode(municipality.code)).toBe(true);
    expect(municipalitySchema.parse(municipality)).toEqual(municipality);
  });

  it("is read for pages through the cache that a plan import expires", async () => {
    expect(await getMunicipality()).toEqual(await loadMunicipality(suite.db));
    expect(next.tags.get("municipality-v2")).toEqual([CONTENT_TAG]);
  });

  it("is what the row says once it changes, and the built-in source's import does not undo it", async () => {
    await suite.db.municipality.update({ where: { id: 1 }, data: MINAMI });
    expect(await loadMunicipality(suite.db)).toEqual(MINAMI);
    expect(await getMunicipality()).toEqual(MINAMI);
    await importSource(suite.db);
    expect(await loadMunicipality(suite.db)).toEqual(MINAMI);
  });

  it("names the plan in the Excel files the staff download", async () => {
    await suite.db.municipality.update({ where: { id: 1 }, data: MINAMI });
    const survey = await getSurveyData(suite.db, ctxOf(cast.editor), { period: PERIOD });
    expect(survey.municipality).toEqual(MINAMI);
    expect(await creatorOf(await buildSurveyWorkbook(survey))).toBe("南町第3次行財政改革実施計画 進捗管理");
    const sheet = await getPeriodSheetData(suite.db, ctxOf(cast.admin), PERIOD);
    expect(await creatorOf(buildPeriodSheet(sheet))).toBe("南町第3次行財政改革実施計画 進捗管理");

    await suite.db.municipality.update({ where: { id: 1 }, data: IIZUKA });
    const iizuka = await getSurveyData(suite.db, ctxOf(cast.editor), { period: PERIOD });
    expect(await creatorOf(await buildSurveyWorkbook(iizuka))).toBe("飯塚市行政経営戦略推進プラン 進捗管理");
  });
});

describeOnDatabases("the secretariat migration", "empty", (suite) => {
  const SECRETARIAT = "20261203000000_municipality_secretariat";

  it("gives an Iizuka database made before it Iizuka's 業務改善・DX推進課", async () => {
    const migrations = readMigrations();
    await migrate(
      suite.db,
      migrations.filter((m) => m.name < SECRETARIAT),
    );
    await suite.db.$executeRawUnsafe(
      `INSERT INTO "Municipality" ("id", "name", "code", "planName", "startFiscalYear", "endFiscalYear", "licenceName", "licenceUrl", "updatedAt")
       VALUES (1, $1, $2, $3, $4, $5, $6, $7, now())`,
      IIZUKA.name,
      IIZUKA.code,
      IIZUKA.planName,
      IIZUKA.startFiscalYear,
      IIZUKA.endFiscalYear,
      IIZUKA.licenceName,
      IIZUKA.licenceUrl,
    );
    expect(await migrate(suite.db, migrations)).toContain(SECRETARIAT);
    expect((await loadMunicipality(suite.db)).secretariat).toBe("業務改善・DX推進課");
  });
});
