import { describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/actor.ts";
import { ACTIONS, can, editorCovers, type ItemScope, type PolicyAction } from "../../lib/auth/policy.ts";

// Organisation used below: bureau 2 holds sections 20 (the item's) and 21; bureau 1 holds section 10.
const ITEM: ItemScope = { sectionId: 20, bureauId: 2 };
const ITEM_WITHOUT_SECTION: ItemScope = { sectionId: null, bureauId: 2 };

const actor = (role: Actor["role"], sectionId: number | null = null, bureauId: number | null = null): Actor => ({
  id: 1,
  email: "someone@fixture.test",
  name: "someone",
  role,
  sectionId,
  bureauId,
});

/** The whole expected matrix, written out rather than derived from the policy's own sets. */
const ALL = [...ACTIONS];
/** What every editor may do whatever their scope: their own tracker and notifications, and send a survey file (each row is checked). */
// The list of voices too: it then holds only their own items' voices.
const EDITOR_ANYWHERE: PolicyAction[] = ["tracker.read", "survey.import", "notification.own", "voice.read"];
const EDITOR_ON_COVERED_ITEM: PolicyAction[] = [
  "report.read_internal",
  "report.save_draft",
  "report.submit",
  "survey.download",
  "voice.answer",
  ...EDITOR_ANYWHERE,
];
const ADMIN: PolicyAction[] = ALL.filter((a) => a !== "opinion.write");
const COUNCIL: PolicyAction[] = ["report.read_internal", "opinion.write", "reports.export", "notification.own"];

interface Row {
  who: string;
  actor: Actor | null;
  /** allowed actions when asked about ITEM */
  onItem: PolicyAction[];
  /** allowed actions when asked without an item */
  withoutItem: PolicyAction[];
}

const rows: Row[] = [
  { who: "anonymous", actor: null, onItem: [], withoutItem: [] },
  { who: "admin", actor: actor("admin"), onItem: ADMIN, withoutItem: ADMIN },
  { who: "council", actor: actor("council"), onItem: COUNCIL, withoutItem: COUNCIL },
  {
    who: "editor of the item's section",
    actor: actor("editor", 20),
    onItem: EDITOR_ON_COVERED_ITEM,
    withoutItem: EDITOR_ANYWHERE,
  },
  {
    who: "editor of another section of the same bureau",
    actor: actor("editor", 21),
    onItem: EDITOR_ANYWHERE,
    withoutItem: EDITOR_ANYWHERE,
  },
  {
    who: "editor of a section of another bureau",
    actor: actor("editor", 10),
    onItem: EDITOR_ANYWHERE,
    withoutItem: EDITOR_ANYWHERE,
  },
  {
    who: "editor bound to the item's bureau",
    actor: actor("editor", null, 2),
    onItem: EDITOR_ON_COVERED_ITEM,
    withoutItem: EDITOR_ANYWHERE,
  },
  {
    who: "editor bound to another bureau",
    actor: actor("editor", null, 1),
    onItem: EDITOR_ANYWHERE,
    withoutItem: EDITOR_ANYWHERE,
  },
  // The bureau binding decides, whatever section the record also names.
  {
    who: "editor bound to another bureau, section set to the item's",
    actor: actor("editor", 20, 1),
    onItem: EDITOR_ANYWHERE,
    withoutItem: EDITOR_ANYWHERE,
  },
  {
    who: "editor bound to the item's bureau, section set elsewhere",
    actor: actor("editor", 10, 2),
    onItem: EDITOR_ON_COVERED_ITEM,
    withoutItem: EDITOR_ANYWHERE,
  },
  { who: "editor without any scope", actor: actor("editor"), onItem: EDITOR_ANYWHERE, withoutItem: EDITOR_ANYWHERE },
];

describe("can()", () => {
  it("answers for exactly the known actions", () => {
    expect(ACTIONS).toEqual([
      "report.read_internal",
      "report.save_draft",
      "report.submit",
      "report.approve",
      "report.return",
      "report.publish",
      "item.edit",
      "user.manage",
      "period.manage",
      "audit.read",
      "finding.resolve",
      "check.explain",
      "opinion.write",
      "opinion.answer",
      "indicator.manage",
      "achievement.set",
      "tracker.read",
      "survey.download",
      "survey.import",
      "reports.export",
      "notification.own",
      "plan.manage",
      "voice.moderate",
      "voice.read",
      "voice.answer",
    ]);
  });

  const cells = rows.flatMap((row) =>
    ALL.flatMap((action) => [
      {
        who: row.who,
        actor: row.actor,
        action,
        scope: "on the item",
        item: ITEM as ItemScope | undefined,
        expected: row.onItem.includes(action),
      },
      {
        who: row.who,
        actor: row.actor,
        action,
        scope: "without an item",
        item: undefined,
        expected: row.withoutItem.includes(action),
      },
    ]),
  );

  it.each(cells)("$who: $action $scope → $expected", ({ actor, action, item, expected }) => {
    expect(can(actor, action, item)).toBe(expected);
  });

  it("no editor may report on an item without a section unless bound to its bureau", () => {
    for (const action of ALL) {
      expect(can(actor("editor", 20), action, ITEM_WITHOUT_SECTION)).toBe(EDITOR_ANYWHERE.includes(action));
      expect(can(actor("editor"), action, ITEM_WITHOUT_SECTION)).toBe(EDITOR_ANYWHERE.includes(action));
      expect(can(actor("editor", null, 2), action, ITEM_WITHOUT_SECTION)).toBe(EDITOR_ON_COVERED_ITEM.includes(action));
    }
  });

  it("council may read internal reports, write opinions and read their notifications, nothing else, on any item", () => {
    const council = actor("council", 20, 2);
    expect(ALL.filter((a) => can(council, a, ITEM))).toEqual(COUNCIL);
    expect(ALL.filter((a) => can(council, a))).toEqual(COUNCIL);
  });

  it("the secretariat may do everything but write council opinions", () => {
    expect(ALL.filter((a) => !can(actor("admin"), a, ITEM))).toEqual(["opinion.write"]);
  });
});

describe("editorCovers()", () => {
  it("matches by bureau when bound to one, else by section", () => {
    expect(editorCovers(actor("editor", 20), ITEM)).toBe(true);
    expect(editorCovers(actor("editor", 21), ITEM)).toBe(false);
    expect(editorCovers(actor("editor", null, 2), ITEM)).toBe(true);
    expect(editorCovers(actor("editor", 20, 1), ITEM)).toBe(false);
    expect(editorCovers(actor("editor"), ITEM)).toBe(false);
    expect(editorCovers(actor("editor"), ITEM_WITHOUT_SECTION)).toBe(false);
  });
});
