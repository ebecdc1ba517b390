"use client";

import { useTranslations } from "next-intl";
import { ActionForm, panelFormClass } from "@/components/forms/action-form";
import {
  fieldsByName,
  HiddenFields,
  InputField,
  idOptions,
  idValue,
  SelectField,
  sectionOptionGroups,
} from "@/components/forms/form-fields";
import { hintClass } from "@/components/ui/field";
import { LiveFormStatus } from "@/components/ui/form-status";
import { headingClass } from "@/components/ui/heading";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionState } from "@/lib/actions/action-state";
import { changeUserAction, createUserAction } from "@/lib/actions/users/manage-user-actions";
import type { Organization } from "@/lib/items/load-organization";
import type { UserRow } from "@/lib/users/list-users";
import { useAdminForm, useAdminText } from "./admin-form";

const ROLES = ["admin", "editor", "council"] as const;

/** The sections and bureaus a user can be bound to. */
export type ScopeOptions = Pick<Organization, "sectionGroups" | "bureaus">;

/** An account as its edit panel starts from it; `locked` says whether sign-in is locked now. */
export type EditableUser = Pick<
  UserRow,
  "id" | "email" | "name" | "role" | "sectionId" | "bureauId" | "disabled" | "version"
> & {
  locked: boolean;
};

type UserValues = { email: string; name: string; role: string; sectionId: string; bureauId: string };

const SUBJECT = { email: "email", name: "name", role: "role", sectionId: "section", bureauId: "bureau" } as const;

const EMPTY_USER: UserValues = { email: "", name: "", role: "editor", sectionId: "", bureauId: "" };

/** What the fields show: the echo of a failed submission (a field not sent shows empty), otherwise the stored (or empty) values. */
function shownValues(state: ActionState, stored: UserValues): UserValues {
  if (state.ok || !state.values) return stored;
  const sent = state.values;
  return Object.fromEntries(Object.keys(stored).map((name) => [name, sent[name] ?? ""])) as UserValues;
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
  const id = (name: string) => `${prefix}-${name}`;
  const scopeHintId = id("scope-hint");
  // A field's id and label follow its subject ("section"); its name and error, the value ("sectionId").
  const frame = fieldsByName(values, (name) => ({
    id: id(SUBJECT[name]),
    label: t(SUBJECT[name]),
    error: text.field(errors[name]),
  }));
  const scoped = { describedBy: [scopeHintId], emptyLabel: tc("notSpecified") };
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <InputField {...frame("email")} type="email" autoComplete="off" spellCheck={false} required maxLength={254} />
      <InputField {...frame("name")} type="text" autoComplete="off" required maxLength={100} />
      <SelectField
        {...frame("role")}
        className="sm:col-span-2"
        controlClassName="sm:max-w-80"
        required
        options={ROLES.map((role) => ({ value: role, label: tr(role) }))}
      />
      <p id={scopeHintId} className={`${hintClass} sm:col-span-2`}>
        {t("scopeHint")}
      </p>
      <SelectField {...frame("sectionId")} {...scoped} groups={sectionOptionGroups(scope.sectionGroups)} />
      <SelectField {...frame("bureauId")} {...scoped} options={idOptions(scope.bureaus)} />
    </div>
  );
}

function PasswordField({ id, label, error }: { id: string; label: string; error: string | undefined }) {
  const t = useTranslations("admin.users.fields");
  return (
    <InputField
      id={id}
      label={label}
      hint={t("passwordHint")}
      error={error}
      controlClassName="sm:max-w-96"
      name="password"
      type="password"
      autoComplete="new-password"
      required
      minLength={12}
      maxLength={200}
    />
  );
}

export function CreateUserForm({ scope }: { scope: ScopeOptions }) {
  const t = useTranslations("admin.users");
  const { text, state, form } = useAdminForm("users", createUserAction);
  const values = shownValues(state, EMPTY_USER);
  const errors = fieldErrorsOf(state);
  return (
    <ActionForm
      {...form}
      values={values}
      className={panelFormClass}
      // Never echoed: the password field is empty after every submission.
      after={
        <PasswordField id="new-user-password" label={t("fields.initialPassword")} error={text.field(errors.password)} />
      }
      submit={t("create")}
    >
      <UserFields prefix="new-user" values={values} errors={errors} scope={scope} />
    </ActionForm>
  );
}

/** A form of the edit panel that changes one thing of the user: its state, its heading and its hidden fields. */
function useUserChange(user: EditableUser, change: "update" | "password") {
  const t = useTranslations("admin.users");
  const { text, state, form } = useAdminForm("users", changeUserAction);
  const heading = (
    <h3 id={`user-${user.id}-${change}-heading`} className={headingClass.minor}>
      {t(`${change}Heading`)}
    </h3>
  );
  return { text, state, heading, form: { ...form, hidden: { userId: user.id, change } } };
}

function UpdateUserForm({ user, scope }: { user: EditableUser; scope: ScopeOptions }) {
  const t = useTranslations("admin.users");
  const { state, heading, form } = useUserChange(user, "update");
  const stored: UserValues = {
    email: user.email,
    name: user.name,
    role: user.role,
    sectionId: idValue(user.sectionId),
    bureauId: idValue(user.bureauId),
  };
  const values = shownValues(state, stored);
  const intro = (
    <>
      {heading}
      <p className={hintClass}>{t("updateHint")}</p>
    </>
  );
  return (
    // The version the server read when it drew the form; the save is refused when the user changed since.
    <ActionForm
      {...form}
      hidden={{ ...form.hidden, version: user.version }}
      intro={intro}
      values={values}
      submit={t("update")}
    >
      <UserFields prefix={`user-${user.id}`} values={values} errors={fieldErrorsOf(state)} scope={scope} />
    </ActionForm>
  );
}

function PasswordResetForm({ user }: { user: EditableUser }) {
  const t = useTranslations("admin.users");
  const { text, state, heading, form } = useUserChange(user, "password");
  return (
    <ActionForm {...form} intro={heading} submit={t("resetPassword")} submitVariant="secondary">
      <PasswordField
        id={`user-${user.id}-password`}
        label={t("fields.newPassword")}
        error={state.ok ? undefined : text.field(state.fieldErrors?.password)}
      />
    </ActionForm>
  );
}

/** Disabling or enabling an account: a hint and a button that the hint describes. */
function UserStatusChange({
  user,
  change,
  action,
}: {
  user: EditableUser;
  change: "disable" | "enable";
  action: (formData: FormData) => void;
}) {
  const t = useTranslations("admin.users");
  const hintId = `user-${user.id}-${change}-hint`;
  return (
    <form action={action} className="flex flex-col gap-2">
      <p id={hintId} className={hintClass}>
        {t(`${change}Hint`)}
      </p>
      <HiddenFields values={{ userId: user.id, change }} />
      <div>
        <SubmitButton variant="secondary" describedBy={hintId}>
          {t(change)}
        </SubmitButton>
      </div>
    </form>
  );
}

function UserStatusForm({ user, isSelf }: { user: EditableUser; isSelf: boolean }) {
  const t = useTranslations("admin.users");
  const { state, form } = useAdminForm("users", changeUserAction);
  const headingId = `user-${user.id}-status-heading`;
  const canEnable = user.disabled || user.locked;
  return (
    <div role="group" aria-labelledby={headingId} className="flex flex-col gap-3">
      <h3 id={headingId} className={headingClass.minor}>
        {t("statusHeading")}
      </h3>
      <LiveFormStatus state={state} pending={form.pending} text={form.text} focusOnSuccess />
      {!user.disabled &&
        (isSelf ? (
          <p className={hintClass}>{t("selfNote")}</p>
        ) : (
          <UserStatusChange user={user} change="disable" action={form.action} />
        ))}
      {canEnable && <UserStatusChange user={user} change="enable" action={form.action} />}
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
