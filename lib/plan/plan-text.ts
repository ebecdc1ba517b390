// The plan import's Japanese texts for the command line and the start-up log, from the same catalog
// the page uses (its messages use plain {name} placeholders only, so they format without next-intl).
import catalog from "../../messages/plan.ja.json";
import type { PlanFileError, PlanProblem } from "./read-plan-file.ts";
import type { PlanChange, PlanPreview } from "./write-plan.ts";

const texts = catalog.planImport;

export function formatText(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_whole, name: string) => (name in params ? String(params[name]) : ""));
}

export function refusalText(code: PlanFileError["code"] | keyof typeof texts.refusals, params = {}): string {
  return formatText(texts.refusals[code] ?? texts.refusals.unknown, params);
}

export function problemText(problem: PlanProblem): string {
  const where = formatText(problem.column ? texts.whereColumn : texts.where, {
    sheet: problem.sheet,
    line: problem.line,
    column: problem.column ?? "",
  });
  return `${where}: ${formatText(texts.problems[problem.code], problem.params ?? {})}`;
}

function fieldName(field: string): string {
  return (texts.fieldNames as Record<string, string>)[field] ?? field;
}

function changeText(change: PlanChange): string {
  const shown = (value: string) => (value === "" ? texts.empty : `「${value}」`);
  return `${fieldName(change.field)}: ${shown(change.before)} → ${shown(change.after)}`;
}

/** The preview as lines of Japanese text, for the command line. */
export function previewLines(preview: PlanPreview): string[] {
  const out: string[] = [];
  out.push(
    formatText(texts.summary, {
      new: preview.newItems.length,
      changed: preview.changedItems.length,
      unchanged: preview.unchangedItems,
      missing: preview.missingItems.length,
      problems: preview.problems.length,
    }),
  );
  if (preview.municipality && preview.municipality.changes.length > 0) {
    out.push(`■ ${texts.municipalityHeading}`);
    for (const change of preview.municipality.changes) out.push(`  ${changeText(change)}`);
  }
  for (const [kind, names] of Object.entries(preview.created))
    if (names.length > 0) out.push(`■ ${texts.created[kind as keyof typeof texts.created]}: ${names.join("、")}`);
  if (preview.newItems.length > 0) {
    out.push(`■ ${texts.newItemsHeading}`);
    for (const item of preview.newItems) out.push(`  No.${item.number} ${item.title}`);
  }
  if (preview.changedItems.length > 0) {
    out.push(`■ ${texts.changedItemsHeading}`);
    for (const item of preview.changedItems) {
      out.push(`  No.${item.number} ${item.title}`);
      for (const change of item.changes) out.push(`    ${changeText(change)}`);
    }
  }
  if (preview.changedIndicators.length > 0) {
    out.push(`■ ${texts.indicatorsHeading}`);
    for (const indicator of preview.changedIndicators)
      out.push(`  ${indicator.name}: ${indicator.changes.map(changeText).join("、")}`);
  }
  if (preview.missingItems.length > 0) {
    out.push(`■ ${texts.missingHeading}`);
    for (const item of preview.missingItems) out.push(`  No.${item.number} ${item.title}`);
  }
  if (preview.problems.length > 0) {
    out.push(`■ ${texts.problemsHeading}`);
    for (const problem of preview.problems) out.push(`  ${problemText(problem)}`);
  }
  return out;
}
