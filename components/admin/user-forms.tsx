"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { ActionState } from "@/lib/actions/action-state";
import { changeUserAction, createUserAction } from "@/lib/actions/users/manage-user-actions";
import { describedBy, FieldError, fieldClass, FormStatus, hintClass, INITIAL_STATE, labelClass, primaryButtonClass, secondaryButtonClass, useMessageText, valuesKey } from "./period-forms";

const ROLES = ["admin", "editor", "council"] as const;

export type SectionGroup = { bureauId: number; bureau: string; sections: { id: number; name: string }[] };
export type BureauOption = { id: number; name: string };
export type ScopeOptions = { sectionGroups: SectionGroup[]; bureaus: BureauOption[] };

export type EditableUser = {
  id: number;
  email: string;
  name: string;
  role: string;
  sectionId: number | null;
  bureauId: number | null;
  disabled: boolean;
  locked: boolean;
};

type UserValues = { email: string; name: string; role: string; sectionId: string; bureauId: string };

const EMPTY_USER: UserValues = { email: "", name: "", role: "editor", sectionId: "", bureauId: "" };

/** What the fields show: the echo of a failed submission, otherwise the stored (or empty) values. */
function shownValues(state: ActionState, stored: UserValues): UserValues {
  if (state.ok || !state.values) return stored;
  const v = state.values;
  return { email: v.email ?? "", name: v.name ?? "", role: v.role ?? "", sectionId: v.sectionId ?? "", bureauId: v.bureauId ?? "" };
}

/** Field errors of a failed submission; an address already in use is shown at the address. */
function fieldErrorsOf(state: ActionState): Record<string, string> {
  if (state.ok) return {};
  return { ...(state.fieldErrors ?? {}), ...(state.message === "email_taken" ? { email: "email_taken" } : {}) };
}

function UserFields({ prefix, values, errors, scope }: { prefix: string; values: UserValues; errors: Record<string, string>; scope: ScopeOptions }) {
  const t = useTranslations("admin.users.fields");
  const tr = useTranslations("admin.roles");
  const tc = useTranslations("admin.common");
  const text = useMessageText("users");
  const err = (name: string) => text.field(errors[name]);
  const id = (name: string) => `${prefix}-${name}`;
  const invalid = (name: string) => (err(name) ? true : undefined);
  const errorId = (name: string) => (err(name) ? id(`${name}-error`) : undefined);
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <div className="flex flex-col gap-1">
        <label htmlFor={id("email")} className={labelClass}>{t("email")}</label>
        <input id={id("email")} name="email" type="email" autoComplete="off" spellCheck={false} required maxLength={254} defaultValue={values.email} aria-invalid={invalid("email")} aria-describedby={describedBy(errorId("email"))} className={fieldClass} />
        <FieldError id={id("email-error")} text={err("email")} />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={id("name")} className={labelClass}>{t("name")}</label>
        <input id={id("name")} name="name" type="text" autoComplete="off" required maxLength={100} defaultValue={values.name} aria-invalid={invalid("name")} aria-describedby={describedBy(errorId("name"))} className={fieldClass} />
        <FieldError id={id("name-error")} text={err("name")} />
      </div>
      <div className="flex flex-col gap-1 sm:col-span-2">
        <label htmlFor={id("role")} className={labelClass}>{t("role")}</label>
        <select id={id("role")} name="role" required defaultValue={values.role} aria-invalid={invalid("role")} aria-describedby={describedBy(errorId("role"))} className={`${fieldClass} sm:max-w-80`}>
          {ROLES.map((role) => (
            <option key={role} value={role}>{tr(role)}</option>
          ))}
        </select>
        <FieldError id={id("role-error")} text={err("role")} />
      </div>
      <p id={id("scope-hint")} className={`${hintClass} sm:col-span-2`}>{t("scopeHint")}</p>
      <div className="flex flex-col gap-1">
        <label htmlFor={id("section")} className={labelClass}>{t("section")}</label>
        <select
          id={id("section")}
          name="sectionId"
          defaultValue={values.sectionId}
          aria-invalid={invalid("sectionId")}
          aria-describedby={describedBy(id("scope-hint"), errorId("sectionId"))}
          className={fieldClass}
        >
          <option value="">{tc("notSpecified")}</option>
          {scope.sectionGroups.map((g) => (
            <optgroup key={g.bureauId} label={g.bureau}>
              {g.sections.map((s) => (
                <option key={s.id} value={String(s.id)}>{s.name}</option>
              ))}
            </optgroup>
          ))}
        </select>
        <FieldError id={id("sectionId-error")} text={err("sectionId")} />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={id("bureau")} className={labelClass}>{t("bureau")}</label>
        <select
          id={id("bureau")}
          name="bureauId"
          defaultValue={values.bureauId}
          aria-invalid={invalid("bureauId")}
          aria-describedby={describedBy(id("scope-hint"), errorId("bureauId"))}
          className={fieldClass}
        >
          <option value="">{tc("notSpecified")}</option>
          {scope.bureaus.map((b) => (
            <option key={b.id} value={String(b.id)}>{b.name}</option>
          ))}
        </select>
        <FieldError id={id("bureauId-error")} text={err("bureauId")} />
      </div>
    </div>
  );
}

function PasswordField({ id, label, error }: { id: string; label: string; error: string | undefined }) {
  const t = useTranslations("admin.users.fields");
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className={labelClass}>{label}</label>
      <p id={`${id}-hint`} className={hintClass}>{t("passwordHint")}</p>
      <input
        id={id}
        name="password"
        type="password"
        autoComplete="new-password"
        required
        minLength={12}
        maxLength={200}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(`${id}-hint`, error && `${id}-error`)}
        className={`${fieldClass} sm:max-w-96`}
      />
      <FieldError id={`${id}-error`} text={error} />
    </div>
  );
}

export function CreateUserForm({ scope }: { scope: ScopeOptions }) {
  const t = useTranslations("admin.users");
  const text = useMessageText("users");
  const [state, formAction, pending] = useActionState(createUserAction, INITIAL_STATE);
  const values = shownValues(state, EMPTY_USER);
  const errors = fieldErrorsOf(state);
  return (
    <form action={formAction} className="flex flex-col gap-4 rounded-12 border border-solid-gray-420 bg-solid-gray-50 p-4">
      <FormStatus state={state} pending={pending} text={text.message(state.message)} />
      <div key={valuesKey(values)} className="flex flex-col gap-4">
        <UserFields prefix="new-user" values={values} errors={errors} scope={scope} />
      </div>
      {/* Never echoed: the password field is empty after every submission. */}
      <PasswordField id="new-user-password" label={t("fields.initialPassword")} error={text.field(errors.password)} />
      <div>
        <button type="submit" className={primaryButtonClass}>{t("create")}</button>
      </div>
    </form>
  );
}

function UpdateUserForm({ user, scope }: { user: EditableUser; scope: ScopeOptions }) {
  const t = useTranslations("admin.users");
  const text = useMessageText("users");
  const [state, formAction, pending] = useActionState(changeUserAction, INITIAL_STATE);
  const stored: UserValues = { email: user.email, name: user.name, role: user.role, sectionId: user.sectionId === null ? "" : String(user.sectionId), bureauId: user.bureauId === null ? "" : String(user.bureauId) };
  const values = shownValues(state, stored);
  const headingId = `user-${user.id}-update-heading`;
  return (
    <form action={formAction} className="flex flex-col gap-4">
      <h3 id={headingId} className="text-lg font-bold">{t("updateHeading")}</h3>
      <p className={hintClass}>{t("updateHint")}</p>
      <FormStatus state={state} pending={pending} text={text.message(state.message)} />
      <input type="hidden" name="userId" value={user.id} />
      <input type="hidden" name="change" value="update" />
      <div key={valuesKey(values)}>
        <UserFields prefix={`user-${user.id}`} values={values} errors={fieldErrorsOf(state)} scope={scope} />
      </div>
      <div>
        <button type="submit" className={primaryButtonClass}>{t("update")}</button>
      </div>
    </form>
  );
}

function PasswordResetForm({ user }: { user: EditableUser }) {
  const t = useTranslations("admin.users");
  const text = useMessageText("users");
  const [state, formAction, pending] = useActionState(changeUserAction, INITIAL_STATE);
  const headingId = `user-${user.id}-password-heading`;
  return (
    <form action={formAction} className="flex flex-col gap-4">
      <h3 id={headingId} className="text-lg font-bold">{t("passwordHeading")}</h3>
      <FormStatus state={state} pending={pending} text={text.message(state.message)} />
      <input type="hidden" name="userId" value={user.id} />
      <input type="hidden" name="change" value="password" />
      <PasswordField id={`user-${user.id}-password`} label={t("fields.newPassword")} error={state.ok ? undefined : text.field(state.fieldErrors?.password)} />
      <div>
        <button type="submit" className={secondaryButtonClass}>{t("resetPassword")}</button>
      </div>
    </form>
  );
}

function UserStatusForm({ user, isSelf }: { user: EditableUser; isSelf: boolean }) {
  const t = useTranslations("admin.users");
  const text = useMessageText("users");
  const [state, formAction, pending] = useActionState(changeUserAction, INITIAL_STATE);
  const headingId = `user-${user.id}-status-heading`;
  const canEnable = user.disabled || user.locked;
  return (
    <div role="group" aria-labelledby={headingId} className="flex flex-col gap-3">
      <h3 id={headingId} className="text-lg font-bold">{t("statusHeading")}</h3>
      <FormStatus state={state} pending={pending} text={text.message(state.message)} focusOnSuccess />
      {!user.disabled &&
        (isSelf ? (
          <p className={hintClass}>{t("selfNote")}</p>
        ) : (
          <form action={formAction} className="flex flex-col gap-2">
            <p id={`user-${user.id}-disable-hint`} className={hintClass}>{t("disableHint")}</p>
            <input type="hidden" name="userId" value={user.id} />
            <input type="hidden" name="change" value="disable" />
            <div>
              <button type="submit" aria-describedby={`user-${user.id}-disable-hint`} className={secondaryButtonClass}>{t("disable")}</button>
            </div>
          </form>
        ))}
      {canEnable && (
        <form action={formAction} className="flex flex-col gap-2">
          <p id={`user-${user.id}-enable-hint`} className={hintClass}>{t("enableHint")}</p>
          <input type="hidden" name="userId" value={user.id} />
          <input type="hidden" name="change" value="enable" />
          <div>
            <button type="submit" aria-describedby={`user-${user.id}-enable-hint`} className={secondaryButtonClass}>{t("enable")}</button>
          </div>
        </form>
      )}
    </div>
  );
}

/** The 「編集」 panel of one user: details, a new password, and disabling or enabling. */
export function UserEditPanel({ user, scope, isSelf }: { user: EditableUser; scope: ScopeOptions; isSelf: boolean }) {
  const t = useTranslations("admin.users");
  return (
    <details className="group rounded-8 border border-solid-gray-420 bg-white">
      <summary className="cursor-pointer rounded-8 px-4 py-3 font-bold text-key-900 hover:bg-key-50 group-open:rounded-b-none group-open:border-b group-open:border-solid-gray-420">
        {t("editSummary")}
        <span className="text-solid-gray-900">{t("editTarget", { name: user.name, email: user.email })}</span>
      </summary>
      <div className="flex flex-col gap-8 p-4">
        <UpdateUserForm user={user} scope={scope} />
        <PasswordResetForm user={user} />
        <UserStatusForm user={user} isSelf={isSelf} />
      </div>
    </details>
  );
}
