import "server-only";
import type { RecordChange } from "../audit/run-audited.ts";
import { ServiceError } from "../auth/errors.ts";
import type { Tx } from "../db/tx.ts";
import type { Prisma, ProgressReport } from "../generated/prisma/client.ts";
import { reportSnapshot } from "./snapshot.ts";

/**
 * Moves a submitted report on — reviewed, or withdrawn by its section — only from the version
 * that was read (a concurrent change is a conflict), and records the change with both snapshots.
 */
export async function leaveSubmitted(
  tx: Tx,
  report: ProgressReport & { item: { number: number } },
  data: Prisma.ProgressReportUncheckedUpdateManyInput,
  record: RecordChange,
): Promise<ProgressReport> {
  const updated = await tx.progressReport.updateMany({
    where: { id: report.id, version: report.version, state: "submitted" },
    data: { ...data, version: { increment: 1 } },
  });
  if (updated.count !== 1) throw new ServiceError("conflict", { current: reportSnapshot(report) });
  const after = await tx.progressReport.findUniqueOrThrow({ where: { id: report.id } });
  await record({
    entityId: report.id,
    before: reportSnapshot(report),
    after: { ...reportSnapshot(after), itemNumber: report.item.number },
  });
  return after;
}
