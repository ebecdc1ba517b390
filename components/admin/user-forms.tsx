"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Field, fieldClass, hintClass } from "@/components/ui/field";
import { LiveFormStatus } from "@/components/ui/form-status";
import { valuesKey } from "@/components/ui/form-values";
import { headingClass } from "@/components/ui/heading";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionState } from "@/lib/actions/action-state";
import { INITIAL_STATE } from "@/lib/actions/action-state";
import { changeUserAction, createUserAction } from "@/lib/actions/users/manage-user-actions";
import { useAdminText } from "./period-forms";

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
  return {
    email: v.email ?? "",
    name: v.name ?? "",
    role: v.role ?? "",
    sectionId: v.sectionId ?? "",
    bureauId: v.bureauId ?? "",
  };
}

/** Field errors of a failed submission; an address already in use is shown at the address. */
function fieldErrorsOf(state: ActionState): Record<string, string> {
  if (state.ok) return {};
  return { ...(state.fieldErrors ?? {}), ...(state.message === "email_taken" ? { email: "email_taken" } : {}) };
}

function UserFields({
  prefix,
  values,
  errors,
  scope,
}: {
  prefix: string;
  values: UserValues;
  errors: Record<string, string>;
  scope: ScopeOptions;
}) {
  const t = useTranslations("admin.users.fields");
  const tr = useTranslations("admin.roles");
  const tc = useTranslations("admin.common");
  const text = useAdminText("users");
  const err = (name: string) => text.field(errors[name]);
  const id = (name: string) => `${prefix}-${name}`;
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <Field id={id("email")} label={t("email")} error={err("email")}>
        {(control) => (
          <input
            {...control}
            name="email"
            type="email"
            autoComplete="off"
            spellCheck={false}
            required
            maxLength={254}
            defaultValue={values.email}
            className={fieldClass}
          />
        )}
      </Field>
      <Field id={id("name")} label={t("name")} error={err("name")}>
        {(control) => (
          <input
            {...control}
            name="name"
            type="text"
            autoComplete="off"
            required
            maxLength={100}
            defaultValue={values.name}
            className={fieldClass}
          />
        )}
      </Field>
      <Field id={id("role")} label={t("role")} error={err("role")} className="sm:col-span-2">
        {(control) => (
          <select {...control} name="role" required defaultValue={values.role} className={`${fieldClass} sm:max-w-80`}>
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {tr(role)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <p id={id("scope-hint")} className={`${hintClass} sm:col-span-2`}>
        {t("scopeHint")}
      </p>
      <Field id={id("section")} label={t("section")} error={err("sectionId")} describedBy={[id("scope-hint")]}>
        {(control) => (
          <select {...control} name="sectionId" defaultValue={values.sectionId} className={fieldClass}>
            <option value="">{tc("notSpecified")}</option>
            {scope.sectionGroups.map((g) => (
              <optgroup key={g.bureauId} label={g.bureau}>
                {g.sections.map((s) => (
                  <option key={s.id} value={String(s.id)}>
                    {s.name}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        )}
      </Field>
      <Field id={id("bureau")} label={t("bureau")} error={err("bureauId")} describedBy={[id("scope-hint")]}>
        {(control) => (
          <select {...control} name="bureauId" defaultValue={values.bureauId} className={fieldClass}>
            <option value="">{tc("notSpecified")}</option>
            {scope.bureaus.map((b) => (
              <option key={b.id} value={String(b.id)}>
                {b.name}
              </option>
            ))}
          </select>
        )}
      </Field>
    </div>
  );
}

function PasswordField({ id, label, error }: { id: string; label: string; error: string | undefined }) {
  const t = useTranslations("admin.users.fields");
  return (
    <Field id={id} label={label} hint={t("passwordHint")} error={error}>
      {(control) => (
        <input
          {...control}
          name="password"
          type="password"
          autoComplete="new-password"
          required
          minLength={12}
          maxLength={200}
          className={`${fieldClass} sm:max-w-96`}
        />
      )}
    </Field>
  );
}

export function CreateUserForm({ scope }: { scope: ScopeOptions }) {
  const t = useTranslations("admin.users");
  const text = useAdminText("users");
  const [state, formAction, pending] = useActionState(createUserAction, INITIAL_STATE);
  const values = shownValues(state, EMPTY_USER);
  const errors = fieldErrorsOf(state);
  return (
    <form
      action={formAction}
      className="flex flex-col gap-4 rounded-12 border border-solid-gray-420 bg-solid-gray-50 p-4"
    >
      <LiveFormStatus state={state} pending={pending} text={text.message(state.message)} />
      <div key={valuesKey(values)} className="flex flex-col gap-4">
        <UserFields prefix="new-user" values={values} errors={errors} scope={scope} />
      </div>
      {/* Never echoed: the password field is empty after every submission. */}
      <PasswordField id="new-user-password" label={t("fields.initialPassword")} error={text.field(errors.password)} />
      <div>
        <SubmitButton>{t("create")}</SubmitButton>
      </div>
    </form>
  );
}

function UpdateUserForm({ user, scope }: { user: EditableUser; scope: ScopeOptions }) {
  const t = useTranslations("admin.users");
  const text = useAdminText("users");
  const [state, formAction, pending] = useActionState(changeUserAction, INITIAL_STATE);
  const stored: UserValues = {
    email: user.email,
    name: user.name,
    role: user.role,
    sectionId: user.sectionId === null ? "" : String(user.sectionId),
    bureauId: user.bureauId === null ? "" : String(user.bureauId),
  };
  const values = shownValues(state, stored);
  const headingId = `user-${user.id}-update-heading`;
  return (
    <form action={formAction} className="flex flex-col gap-4">
      <h3 id={headingId} className={headingClass.minor}>
        {t("updateHeading")}
      </h3>
      <p className={hintClass}>{t("updateHint")}</p>
      <LiveFormStatus state={state} pending={pending} text={text.message(state.message)} />
      <input type="hidden" name="userId" value={user.id} />
      <input type="hidden" name="change" value="update" />
      <div key={valuesKey(values)}>
        <UserFields prefix={`user-${user.id}`} values={values} errors={fieldErrorsOf(state)} scope={scope} />
      </div>
      <div>
        <SubmitButton>{t("update")}</SubmitButton>
      </div>
    </form>
  );
}

function PasswordResetForm({ user }: { user: EditableUser }) {
  const t = useTranslations("admin.users");
  const text = useAdminText("users");
  const [state, formAction, pending] = useActionState(changeUserAction, INITIAL_STATE);
  const headingId = `user-${user.id}-password-heading`;
  return (
    <form action={formAction} className="flex flex-col gap-4">
      <h3 id={headingId} className={headingClass.minor}>
        {t("passwordHeading")}
      </h3>
      <LiveFormStatus state={state} pending={pending} text={text.message(state.message)} />
      <input type="hidden" name="userId" value={user.id} />
      <input type="hidden" name="change" value="password" />
      <PasswordField
        id={`user-${user.id}-password`}
        label={t("fields.newPassword")}
        error={state.ok ? undefined : text.field(state.fieldErrors?.password)}
      />
      <div>
        <SubmitButton variant="secondary">{t("resetPassword")}</SubmitButton>
      </div>
    </form>
  );
}

function UserStatusForm({ user, isSelf }: { user: EditableUser; isSelf: boolean }) {
  const t = useTranslations("admin.users");
  const text = useAdminText("users");
  const [state, formAction, pending] = useActionState(changeUserAction, INITIAL_STATE);
  const headingId = `user-${user.id}-status-heading`;
  const canEnable = user.disabled || user.locked;
  return (
    <div role="group" aria-labelledby={headingId} className="flex flex-col gap-3">
      <h3 id={headingId} className={headingClass.minor}>
        {t("statusHeading")}
      </h3>
      <LiveFormStatus state={state} pending={pending} text={text.message(state.message)} focusOnSuccess />
      {!user.disabled &&
        (isSelf ? (
          <p className={hintClass}>{t("selfNote")}</p>
        ) : (
          <form action={formAction} className="flex flex-col gap-2">
            <p id={`user-${user.id}-disable-hint`} className={hintClass}>
              {t("disableHint")}
            </p>
            <input type="hidden" name="userId" value={user.id} />
            <input type="hidden" name="change" value="disable" />
            <div>
              <SubmitButton variant="secondary" describedBy={`user-${user.id}-disable-hint`}>
                {t("disable")}
              </SubmitButton>
            </div>
          </form>
        ))}
      {canEnable && (
        <form action={formAction} className="flex flex-col gap-2">
          <p id={`user-${user.id}-enable-hint`} className={hintClass}>
            {t("enableHint")}
          </p>
          <input type="hidden" name="userId" value={user.id} />
          <input type="hidden" name="change" value="enable" />
          <div>
            <SubmitButton variant="secondary" describedBy={`user-${user.id}-enable-hint`}>
              {t("enable")}
            </SubmitButton>
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
