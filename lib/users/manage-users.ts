import { z } from "zod";
import { assertAllowed, runAudited, runChange } from "../audit/run-audited.ts";
import { writeAudit } from "../audit/write-audit.ts";
import type { RequestContext } from "../auth/context.ts";
import { ServiceError } from "../auth/errors.ts";
import { can } from "../auth/policy.ts";
import { clearSignInRestrictions } from "../auth/throttle.ts";
import type { Db } from "../db/create-client.ts";
import type { Tx } from "../db/tx.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import { idSchema } from "../validation/ids.ts";
import type { Untrusted } from "../validation/untrusted.ts";
import { validInput } from "../validation/valid-input.ts";
import { hashPassword, PASSWORD_MIN_LENGTH } from "./passwords.ts";

const emptyToNull = (v: unknown) => (v === "" || v === undefined ? null : v);

export const userFieldsSchema = z
  .object({
    email: z
      .string()
      .trim()
      .toLowerCase()
      .pipe(z.email({ error: "email" })),
    name: z.string().trim().min(1, { error: "required" }).max(100, { error: "tooLong" }),
    role: z.enum(["admin", "editor", "council"], { error: "role" }),
    sectionId: z.preprocess(emptyToNull, idSchema.nullable()),
    bureauId: z.preprocess(emptyToNull, idSchema.nullable()),
  })
  .refine((u) => u.role !== "editor" || u.sectionId !== null || u.bureauId !== null, {
    path: ["sectionId"],
    message: "editorScope",
  });

export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, { error: "passwordShort" })
  .max(200, { error: "tooLong" });

export type UserFieldsInput = Untrusted<z.input<typeof userFieldsSchema>>;

const userView = (u: {
  id: number;
  email: string;
  name: string;
  role: string;
  sectionId: number | null;
  bureauId: number | null;
  disabledAt: Date | null;
}) => ({
  id: u.id,
  email: u.email,
  name: u.name,
  role: u.role,
  sectionId: u.sectionId,
  bureauId: u.bureauId,
  disabled: u.disabledAt !== null,
});

/** The secretariat must never lock itself out: some other active admin has to remain. */
async function assertAnotherAdmin(tx: Tx, userId: number): Promise<void> {
  const others = await tx.user.count({ where: { role: "admin", disabledAt: null, id: { not: userId } } });
  if (others === 0) throw new ServiceError("invalid_state", { reason: "last_admin" });
}

/** A scope that names a section or bureau that does not exist is the form's error, not a database failure. */
async function assertScopeExists(tx: Tx, fields: { sectionId: number | null; bureauId: number | null }): Promise<void> {
  const section =
    fields.sectionId === null
      ? true
      : await tx.section.findUnique({ where: { id: fields.sectionId }, select: { id: true } });
  const bureau =
    fields.bureauId === null
      ? true
      : await tx.bureau.findUnique({ where: { id: fields.bureauId }, select: { id: true } });
  if (!section) throw new ServiceError("invalid", { field: "sectionId" });
  if (!bureau) throw new ServiceError("invalid", { field: "bureauId" });
}

/** Writes a user without a permission check or audit record: the services and the operator's tools add those. */
export async function insertUser(tx: Tx, fields: z.output<typeof userFieldsSchema>, password: string) {
  if (await tx.user.findUnique({ where: { email: fields.email } })) throw new ServiceError("email_taken");
  await assertScopeExists(tx, fields);
  return tx.user.create({ data: { ...fields, passwordHash: await hashPassword(password) } });
}

/**
 * Creates a user on the operator's authority (the CLI, the demo seed): no
 * permission check, and an audit record without an actor naming the tool.
 */
export async function insertUserAsOperator(
  tx: Tx,
  fields: z.output<typeof userFieldsSchema>,
  password: string,
  action: "user.create_cli" | "user.create_demo",
) {
  const user = await insertUser(tx, fields, password);
  await writeAudit(tx, {
    actor: null,
    action,
    entityType: "User",
    entityId: user.id,
    after: { email: user.email, role: user.role },
  });
  return user;
}

export async function createUser(db: Db, ctx: RequestContext, input: UserFieldsInput & { password?: unknown }) {
  const meta = { action: "user.create", entityType: "User" };
  const parsed = userFieldsSchema.safeParse(input);
  const password = passwordSchema.safeParse(input.password);
  return runChange(db, ctx, meta, can(ctx.actor, "user.manage"), parsed, async (tx, fields, { record }) => {
    const user = await insertUser(tx, fields, validInput(password, "password"));
    await record({ entityId: user.id, after: userView(user) });
    return userView(user);
  });
}

export type UserChange =
  /** `fields.version`: the version the edit form showed (from the server's read when it was drawn) */
  | { kind: "update"; fields: UserFieldsInput & { version?: unknown } }
  | { kind: "disable" }
  | { kind: "enable" }
  | { kind: "password"; password: unknown };

const userIdSchema = idSchema;

/**
 * Changes a user. Disabling, a new password or a new role or scope bumps the
 * session version, which ends that user's sessions on their next request.
 * An edit of the user's fields names the version it was based on and is refused
 * (`conflict`) when someone saved the user since: it never overwrites their edit.
 */
export async function changeUser(db: Db, ctx: RequestContext, untrustedUserId: unknown, change: UserChange) {
  const userId = userIdSchema.safeParse(untrustedUserId);
  return runAudited(
    db,
    ctx,
    { action: `user.${change.kind}`, entityType: "User", entityId: userId.data ?? null },
    async (tx, record) => {
      assertAllowed(can(ctx.actor, "user.manage"), ctx);
      const user = await tx.user.findUnique({ where: { id: validInput(userId, "userId") } });
      if (!user) throw new ServiceError("not_found");
      let data: Prisma.UserUncheckedUpdateManyInput;
      // Only an edit of the fields carries a version: the other changes do not touch what it shows.
      let guard: Prisma.UserWhereInput = {};
      switch (change.kind) {
        case "update": {
          const fields = validInput(userFieldsSchema.safeParse(change.fields));
          const baseVersion = validInput(idSchema.safeParse(change.fields.version), "version");
          if (user.version !== baseVersion) throw new ServiceError("conflict");
          const other = await tx.user.findUnique({ where: { email: fields.email } });
          if (other && other.id !== user.id) throw new ServiceError("email_taken");
          await assertScopeExists(tx, fields);
          if (user.role === "admin" && fields.role !== "admin") await assertAnotherAdmin(tx, user.id);
          data = { ...fields, sessionVersion: { increment: 1 }, version: { increment: 1 } };
          guard = { version: baseVersion };
          break;
        }
        case "disable":
          if (user.id === ctx.actor.id) throw new ServiceError("invalid_state", { reason: "self" });
          if (user.role === "admin") await assertAnotherAdmin(tx, user.id);
          data = { disabledAt: new Date(), sessionVersion: { increment: 1 } };
          break;
        case "enable":
          data = { disabledAt: null };
          await clearSignInRestrictions(tx, user.email);
          break;
        case "password": {
          data = {
            passwordHash: await hashPassword(validInput(passwordSchema.safeParse(change.password), "password")),
            sessionVersion: { increment: 1 },
          };
          await clearSignInRestrictions(tx, user.email);
          break;
        }
      }
      // Checked again by the write itself: an edit committed since the read above leaves no row to update.
      const written = await tx.user.updateMany({ where: { id: user.id, ...guard }, data });
      if (written.count !== 1) throw new ServiceError("conflict");
      const updated = await tx.user.findUniqueOrThrow({ where: { id: user.id } });
      await record({ entityId: user.id, before: userView(user), after: userView(updated) });
      return userView(updated);
    },
  );
}
