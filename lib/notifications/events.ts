import "server-only";
import type { Tx } from "../db/tx.ts";
import { voiceReference } from "../voices/rules.ts";
import {
  periodClosed,
  periodOpened,
  reportPublished,
  reportReturned,
  reportSubmitted,
  voiceForwarded,
} from "./compose.ts";
import { editorsOf, notify, notifyConfig, usersWithRole } from "./notify.ts";

// Called by the services inside their transaction: the change and its news commit together.

/** A report was submitted (to the secretariat), returned or published (to the item's section). */
export async function notifyReport(
  tx: Tx,
  kind: "report_submitted" | "report_returned" | "report_published",
  reportId: number,
): Promise<void> {
  const { baseUrl } = notifyConfig();
  const report = await tx.progressReport.findUniqueOrThrow({
    where: { id: reportId },
    include: {
      period: true,
      item: {
        select: { number: true, title: true, sectionId: true, bureauId: true, section: { select: { name: true } } },
      },
    },
  });
  const { item, period } = report;
  const composed =
    kind === "report_submitted"
      ? reportSubmitted(baseUrl, period, item, item.section?.name ?? "")
      : kind === "report_returned"
        ? reportReturned(baseUrl, period, item, report.reviewComment ?? "")
        : reportPublished(baseUrl, period, item);
  const recipients = kind === "report_submitted" ? await usersWithRole(tx, "admin") : await editorsOf(tx, item);
  // The version names this step of the report: a later return or resubmission is news again.
  await notify(
    tx,
    recipients.map((user) => ({
      ...composed,
      userId: user.id,
      kind,
      dedupeKey: `${kind}:${report.id}:${report.version}:${user.id}`,
    })),
  );
}

/** A period opened (to every editor) or closed with its council report ready (to the council). */
export async function notifyPeriod(tx: Tx, kind: "period_opened" | "period_closed", periodId: number): Promise<void> {
  const { baseUrl } = notifyConfig();
  const period = await tx.reportingPeriod.findUniqueOrThrow({ where: { id: periodId } });
  const composed = kind === "period_opened" ? periodOpened(baseUrl, period) : periodClosed(baseUrl, period);
  const recipients = await usersWithRole(tx, kind === "period_opened" ? "editor" : "council");
  await notify(
    tx,
    recipients.map((user) => ({ ...composed, userId: user.id, kind, dedupeKey: `${kind}:${period.id}:${user.id}` })),
  );
}

/** A citizen's voice was forwarded to the item's section: its editors are asked for the answer. */
export async function notifyVoiceForwarded(tx: Tx, voiceId: number): Promise<void> {
  const { baseUrl } = notifyConfig();
  const voice = await tx.citizenVoice.findUniqueOrThrow({
    where: { id: voiceId },
    include: { item: { select: { number: true, title: true, sectionId: true, bureauId: true } } },
  });
  const composed = voiceForwarded(baseUrl, voice.item, voiceReference(voice.id));
  const recipients = await editorsOf(tx, voice.item);
  await notify(
    tx,
    recipients.map((user) => ({
      ...composed,
      userId: user.id,
      kind: "voice_forwarded" as const,
      dedupeKey: `voice_forwarded:${voice.id}:${user.id}`,
    })),
  );
}
