// The migrations are hand-written SQL, so nothing but this test keeps them in
// step with prisma/schema.prisma: it compares the parsed schema with the
// catalog of a freshly migrated database.
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { type Db, describeOnDatabases } from "../support/db.ts";

// ---------- a small parser for the subset of the Prisma schema language we use ----------

interface SchemaField {
  name: string;
  column: string;
  /** Scalar or enum type name, without `?`/`[]`. */
  type: string;
  optional: boolean;
  list: boolean;
  /** Native type from @db.X, e.g. "Date". */
  nativeType: string | null;
}

interface SchemaModel {
  name: string;
  table: string;
  fields: SchemaField[];
}

interface SchemaEnum {
  name: string;
  dbName: string;
  values: string[];
}

interface PrismaSchema {
  models: SchemaModel[];
  enums: SchemaEnum[];
}

/** Removes `//` and `///` comments outside string literals. */
function stripComment(line: string): string {
  let inString = false;
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '"' && line[i - 1] !== "\\") inString = !inString;
    else if (!inString && line.startsWith("//", i)) return line.slice(0, i);
  }
  return line;
}

function mapName(attributes: string, attribute: "@map" | "@@map"): string | null {
  const pattern = attribute === "@map" ? /(?<!@)@map\(\s*(?:name:\s*)?"([^"]+)"/ : /@@map\(\s*(?:name:\s*)?"([^"]+)"/;
  return pattern.exec(attributes)?.[1] ?? null;
}

function parsePrismaSchema(text: string): PrismaSchema {
  const blocks = [
    ...text
      .split(/\r?\n/)
      .map(stripComment)
      .join("\n")
      .matchAll(/^\s*(model|enum)\s+(\w+)\s*\{([^}]*)\}/gm),
  ];
  const enumNames = new Set(blocks.filter((b) => b[1] === "enum").map((b) => b[2]));
  const modelNames = new Set(blocks.filter((b) => b[1] === "model").map((b) => b[2]));
  const models: SchemaModel[] = [];
  const enums: SchemaEnum[] = [];

  for (const [, kind, name, body] of blocks) {
    const lines = body
      .split("\n")
      .map((l) => l.trim())
      .filter((l) => l !== "");
    const blockAttributes = lines.filter((l) => l.startsWith("@@")).join(" ");
    const members = lines.filter((l) => !l.startsWith("@@"));
    if (kind === "enum") {
      enums.push({
        name,
        dbName: mapName(blockAttributes, "@@map") ?? name,
        values: members.map((l) => {
          const [value, ...attributes] = l.split(/\s+/);
          return mapName(attributes.join(" "), "@map") ?? value;
        }),
      });
      continue;
    }
    const fields: SchemaField[] = [];
    for (const line of members) {
      const match = /^(\w+)\s+(\w+)(\[\])?(\?)?\s*(.*)$/.exec(line);
      if (!match) throw new Error(`Cannot parse field of ${name}: ${line}`);
      const [, fieldName, type, list, optional, attributes] = match;
      // Relation fields live in the other table's foreign key, not in a column.
      if (modelNames.has(type)) continue;
      if (!enumNames.has(type) && !(type in SCALAR_COLUMN_TYPES))
        throw new Error(`Unknown type ${type} of ${name}.${fieldName}`);
      fields.push({
        name: fieldName,
        column: mapName(attributes, "@map") ?? fieldName,
        type,
        optional: optional === "?",
        list: list === "[]",
        nativeType: /@db\.(\w+)/.exec(attributes)?.[1] ?? null,
      });
    }
    models.push({ name, table: mapName(blockAttributes, "@@map") ?? name, fields });
  }
  return { models, enums };
}

/** information_schema.columns.data_type of Prisma's default mapping on PostgreSQL. */
const SCALAR_COLUMN_TYPES: Record<string, string> = {
  String: "text",
  Int: "integer",
  BigInt: "bigint",
  Float: "double precision",
  Decimal: "numeric",
  Boolean: "boolean",
  DateTime: "timestamp without time zone",
  Json: "jsonb",
  Bytes: "bytea",
};

/** data_type of the @db.X native types the schema uses. */
const NATIVE_COLUMN_TYPES: Record<string, string> = {
  Date: "date",
  Text: "text",
  VarChar: "character varying",
  Timestamptz: "timestamp with time zone",
  Uuid: "uuid",
};

function expectedDataType(field: SchemaField, enumNames: Map<string, string>): { dataType: string; udtName?: string } {
  if (field.list) return { dataType: "ARRAY" };
  const enumDbName = enumNames.get(field.type);
  if (enumDbName) return { dataType: "USER-DEFINED", udtName: enumDbName };
  if (field.nativeType) {
    const native = NATIVE_COLUMN_TYPES[field.nativeType];
    if (!native) throw new Error(`Unknown native type @db.${field.nativeType} of ${field.name}`);
    return { dataType: native };
  }
  return { dataType: SCALAR_COLUMN_TYPES[field.type] };
}

// ---------- comparison ----------

interface DbColumn {
  table_name: string;
  column_name: string;
  is_nullable: "YES" | "NO";
  data_type: string;
  udt_name: string;
}

interface DbCatalog {
  tables: string[];
  columns: DbColumn[];
  enums: Map<string, string[]>;
}

async function readCatalog(db: Db): Promise<DbCatalog> {
  const tables = await db.$queryRawUnsafe<{ table_name: string }[]>(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  const columns = await db.$queryRawUnsafe<DbColumn[]>(
    `SELECT table_name, column_name, is_nullable, data_type, udt_name FROM information_schema.columns WHERE table_schema = 'public' ORDER BY table_name, ordinal_position`,
  );
  const enumRows = await db.$queryRawUnsafe<{ name: string; value: string }[]>(
    `SELECT t.typname AS name, e.enumlabel AS value
       FROM pg_type t
       JOIN pg_namespace n ON n.oid = t.typnamespace
       JOIN pg_enum e ON e.enumtypid = t.oid
      WHERE n.nspname = 'public'
      ORDER BY t.typname, e.enumsortorder`,
  );
  const enums = new Map<string, string[]>();
  for (const row of enumRows) enums.set(row.name, [...(enums.get(row.name) ?? []), row.value]);
  return { tables: tables.map((t) => t.table_name), columns, enums };
}

const MIGRATIONS_TABLE = "_prisma_migrations";

/** Every disagreement between schema and database, as readable lines (empty = in step). */
function driftProblems(schema: PrismaSchema, catalog: DbCatalog): string[] {
  const problems: string[] = [];
  const enumDbNames = new Map(schema.enums.map((e) => [e.name, e.dbName]));
  const modelTables = new Set(schema.models.map((m) => m.table));

  for (const model of schema.models) {
    if (!catalog.tables.includes(model.table)) {
      problems.push(`model ${model.name}: no table "${model.table}"`);
      continue;
    }
    const columns = new Map(catalog.columns.filter((c) => c.table_name === model.table).map((c) => [c.column_name, c]));
    for (const field of model.fields) {
      const column = columns.get(field.column);
      const where = `${model.name}.${field.name}`;
      if (!column) {
        problems.push(`${where}: no column "${model.table}"."${field.column}"`);
        continue;
      }
      if ((column.is_nullable === "YES") !== field.optional) {
        problems.push(
          `${where}: ${field.optional ? "optional" : "required"} in the schema, is_nullable=${column.is_nullable}`,
        );
      }
      const expected = expectedDataType(field, enumDbNames);
      if (column.data_type !== expected.dataType || (expected.udtName && column.udt_name !== expected.udtName)) {
        problems.push(
          `${where}: expected ${expected.udtName ?? expected.dataType}, column is ${column.data_type} (${column.udt_name})`,
        );
      }
    }
    const fieldColumns = new Set(model.fields.map((f) => f.column));
    for (const column of columns.keys()) {
      if (!fieldColumns.has(column)) problems.push(`"${model.table}"."${column}": not a field of model ${model.name}`);
    }
  }
  for (const table of catalog.tables) {
    if (table !== MIGRATIONS_TABLE && !modelTables.has(table)) problems.push(`table "${table}": no model`);
  }

  for (const e of schema.enums) {
    const values = catalog.enums.get(e.dbName);
    if (!values) problems.push(`enum ${e.name}: no type "${e.dbName}"`);
    else if (values.join(",") !== e.values.join(","))
      problems.push(`enum ${e.name}: schema [${e.values}] ≠ database [${values}]`);
  }
  const schemaEnums = new Set(enumDbNames.values());
  for (const name of catalog.enums.keys()) {
    if (!schemaEnums.has(name)) problems.push(`enum type "${name}": not in the schema`);
  }
  return problems;
}

// ---------- tests ----------

const schemaText = fs.readFileSync(path.join(process.cwd(), "prisma", "schema.prisma"), "utf8");
const schema = parsePrismaSchema(schemaText);

describe("parsePrismaSchema", () => {
  it("reads models, scalar fields without relations, and enums", () => {
    expect(schema.models.map((m) => m.name)).toEqual(
      expect.arrayContaining(["Bureau", "PlanItem", "ImportRun", "RateLimiterFlexible"]),
    );
    const item = schema.models.find((m) => m.name === "PlanItem")!;
    const fieldNames = item.fields.map((f) => f.name);
    expect(fieldNames).toEqual(expect.arrayContaining(["number", "sectionId", "targetMeasurability", "achievement"]));
    expect(fieldNames).not.toContain("section");
    expect(fieldNames).not.toContain("variants");
    expect(item.fields.find((f) => f.name === "sectionId")).toMatchObject({ type: "Int", optional: true });
    expect(
      schema.models.find((m) => m.name === "ReportingPeriod")!.fields.find((f) => f.name === "dueOn"),
    ).toMatchObject({ nativeType: "Date" });
    expect(schema.enums.find((e) => e.name === "Achievement")?.values).toEqual([
      "pending",
      "achieved",
      "partly_achieved",
      "not_achieved",
    ]);
  });

  it("honours @map and @@map", () => {
    const parsed = parsePrismaSchema(`
      model Thing {
        id    Int    @id // comment
        label String @map("display_label")
        owner Other  @relation(fields: [id], references: [id])
        @@map("things")
      }
      model Other { id Int @id
      }
      enum Colour {
        light @map("LIGHT")
        dark
        @@map("colour")
      }`);
    expect(parsed.models[0]).toMatchObject({
      table: "things",
      fields: [{ column: "id" }, { column: "display_label" }],
    });
    expect(parsed.enums[0]).toEqual({ name: "Colour", dbName: "colour", values: ["LIGHT", "dark"] });
  });
});

describeOnDatabases("schema.prisma vs. the migrated database", "migrated", (suite) => {
  let catalog: DbCatalog;

  beforeAll(async () => {
    catalog = await readCatalog(suite.db);
  });

  it("has a table per model, a column per scalar field with matching nullability and type, and the enums in order", () => {
    expect(catalog.tables.length).toBe(schema.models.length + 1);
    expect(driftProblems(schema, catalog)).toEqual([]);
  });

  it("reports a field added to the schema without a migration", () => {
    const edited = parsePrismaSchema(schemaText.replace(/^(model PlanItem \{\n)/m, "$1  probeField String\n"));
    expect(driftProblems(edited, catalog)).toEqual([`PlanItem.probeField: no column "PlanItem"."probeField"`]);
  });

  it("reports a changed nullability, an enum value, a missing model table and an extra table", () => {
    const edited = parsePrismaSchema(
      schemaText
        .replace(/^(\s+purpose\s+)String$/m, "$1String?")
        .replace(/^(enum FindingStatus \{\n)/m, "$1  reopened\n")
        .replace(/^model RateLimiterFlexible \{[^}]*\}/m, "")
        .concat("\nmodel Probe {\n  id Int @id\n}\n"),
    );
    expect(driftProblems(edited, catalog)).toEqual([
      `PlanItem.purpose: optional in the schema, is_nullable=NO`,
      `model Probe: no table "Probe"`,
      `table "RateLimiterFlexible": no model`,
      `enum FindingStatus: schema [reopened,open,resolved,dismissed] ≠ database [open,resolved,dismissed]`,
    ]);
  });
});
