"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useId, useRef, useState } from "react";
import { HiddenFields, InputField, SelectField } from "@/components/forms/form-fields";
import { describedBy, Field, FieldError, fieldClass, hintClass, labelClass } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { valuesKey } from "@/components/ui/form-values";
import { headingClass } from "@/components/ui/heading";
import { PendingNote, SubmitButton } from "@/components/ui/submit-button";
import { INITIAL_STATE } from "@/lib/actions/action-state";
import { submitVoiceAction } from "@/lib/actions/voices/submit-voice-action";
import { hasMessage } from "@/lib/i18n/runtime-key";
import { AGE_GROUPS, HONEYPOT_FIELD, VOICE_NAME_LIMIT, VOICE_TEXT_LIMIT } from "@/lib/voices/rules";

// White, not the grey panel: the error colour keeps its contrast (4.5:1) only on white.
const formClass = "flex flex-col gap-4 rounded-12 border border-solid-gray-420 bg-white p-4";
const LIMITS = { limit: VOICE_TEXT_LIMIT, nameLimit: VOICE_NAME_LIMIT };
/** How long the counter waits after the last keystroke before a screen reader hears it. */
const ANNOUNCE_DELAY_MS = 1000;

/**
 * The text of a voice with a character counter under it: the count is visible at once and read
 * out politely once typing pauses, not at every keystroke. Typing past the limit is allowed (a
 * pasted text is not cut off silently); the counter says by how much, and the service refuses it.
 */
function BodyField({ id, defaultValue, error }: { id: string; defaultValue: string; error?: string }) {
  const t = useTranslations("voices.form");
  const [length, setLength] = useState(defaultValue.length);
  const [announced, setAnnounced] = useState("");
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const remaining = VOICE_TEXT_LIMIT - length;
  const text = remaining >= 0 ? t("counter", { count: remaining }) : t("counterOver", { count: -remaining });
  const counterId = `${id}-counter`;
  return (
    <Field
      id={id}
      label={t("body")}
      labelExtra={<span className={hintClass}>{t("required")}</span>}
      hint={t("bodyHint", LIMITS)}
      error={error}
      describedBy={[counterId]}
    >
      {(control) => (
        <>
          <textarea
            {...control}
            name="body"
            rows={6}
            required
            defaultValue={defaultValue}
            className={fieldClass}
            onChange={(event) => {
              const next = event.currentTarget.value.length;
              setLength(next);
              clearTimeout(timer.current);
              timer.current = setTimeout(() => {
                const left = VOICE_TEXT_LIMIT - next;
                setAnnounced(left >= 0 ? t("counter", { count: left }) : t("counterOver", { count: -left }));
              }, ANNOUNCE_DELAY_MS);
            }}
          />
          <p id={counterId} className={remaining >= 0 ? hintClass : "text-std-16B-170 text-error-1"}>
            {text}
          </p>
          <p aria-live="polite" className="sr-only">
            {announced}
          </p>
        </>
      )}
    </Field>
  );
}

/** A checkbox with its label beside it and an optional hint. */
function Checkbox({
  id,
  name,
  label,
  hint,
  checked,
  disabled,
  onChange,
}: {
  id: string;
  name: string;
  label: string;
  hint?: string;
  checked: boolean;
  disabled?: boolean;
  onChange?: (checked: boolean) => void;
}) {
  const hintId = `${id}-hint`;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="flex min-h-11 items-center gap-2">
        <input
          id={id}
          type="checkbox"
          name={name}
          defaultChecked={checked}
          disabled={disabled}
          onChange={onChange && ((event) => onChange(event.currentTarget.checked))}
          aria-describedby={describedBy(hint && hintId)}
          className="size-5 shrink-0"
        />
        {label}
      </label>
      {hint && (
        <p id={hintId} className={hintClass}>
          {hint}
        </p>
      )}
    </div>
  );
}

/**
 * The two consents. The name can be published only with the voice, so its box is off and disabled
 * while the voice's is not ticked (the service decides the same without the script).
 */
function PublishChoices({
  id,
  legend,
  error,
  mayPublish,
  nameMayPublish,
}: {
  id: string;
  legend: string;
  error?: string;
  mayPublish: { label: string; hint: string; checked: boolean };
  nameMayPublish: { label: string; checked: boolean };
}) {
  const [publishing, setPublishing] = useState(mayPublish.checked);
  return (
    <fieldset className="flex flex-col gap-1">
      <legend className={labelClass}>{legend}</legend>
      <FieldError id={`${id}-publish-error`}>{error}</FieldError>
      <Checkbox id={`${id}-may-publish`} name="mayPublish" {...mayPublish} onChange={setPublishing} />
      <Checkbox
        // Re-mounted when the voice's box changes, so a disabled name box is also unticked.
        key={String(publishing)}
        id={`${id}-name-may-publish`}
        name="nameMayPublish"
        label={nameMayPublish.label}
        checked={publishing && nameMayPublish.checked}
        disabled={!publishing}
      />
    </fieldset>
  );
}

/**
 * 市民の声: a citizen's opinion or question on one item, from its public page, without an account.
 * After a failure everything typed comes back (the state's echo); after a success the form is
 * empty again and the 受付番号 is shown and focused.
 */
export function VoiceForm({ itemNumber }: { itemNumber: number }) {
  const t = useTranslations("voices.form");
  const te = useTranslations("voices.errors");
  const ta = useTranslations("voices.ageGroups");
  const tu = useTranslations("ui");
  const id = useId();
  const [state, formAction, pending] = useActionState(submitVoiceAction, INITIAL_STATE);
  const statusRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.message) statusRef.current?.focus();
  }, [state]);

  const echoed = state.ok ? {} : (state.values ?? {});
  const values = {
    body: echoed.body ?? "",
    name: echoed.name ?? "",
    ageGroup: echoed.ageGroup ?? "",
    mayPublish: echoed.mayPublish ?? "",
    nameMayPublish: echoed.nameMayPublish ?? "",
  };
  const errors = state.ok ? {} : (state.fieldErrors ?? {});
  const fieldText = (key: string | undefined) => {
    if (!key) return undefined;
    const full = `fields.${key}`;
    return hasMessage(te, full) ? te(full, LIMITS) : te("fields.invalid");
  };
  const message = (key: string | undefined) => {
    if (errors[HONEYPOT_FIELD]) return te("fields.robot");
    return key && hasMessage(te, key) ? te(key, LIMITS) : te("unknown");
  };
  const reference = state.ok ? state.result?.reference : undefined;
  // A new key after each success empties the fields (and the counter); after a failure the echo is shown.
  const fieldsKey = reference ?? valuesKey(values);

  return (
    <form action={formAction} className={formClass} aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} className={headingClass.subsection}>
        {t("heading")}
      </h3>
      <div className="flex flex-col gap-1">
        <p className="font-bold">{t("notesHeading")}</p>
        <ul className="list-disc pl-6">
          {(["read", "mask", "decision", "reply"] as const).map((key) => (
            <li key={key}>{t(`notes.${key}`)}</li>
          ))}
        </ul>
      </div>
      <div ref={statusRef} aria-live="polite" aria-atomic="true" tabIndex={-1}>
        {pending ? null : state.message ? (
          <FormStatus ok={state.ok} text={state.ok ? t("received") : message(state.message)} announce={false}>
            {reference && (
              <>
                <p className="text-lg font-bold">{t("reference", { reference })}</p>
                <p>{t("referenceNote")}</p>
              </>
            )}
          </FormStatus>
        ) : null}
      </div>
      <HiddenFields values={{ itemNumber }} />
      <div key={fieldsKey} className="flex flex-col gap-4">
        <BodyField id={`${id}-body`} defaultValue={values.body} error={fieldText(errors.body)} />
        <InputField
          id={`${id}-name`}
          label={t("name")}
          hint={t("nameHint", LIMITS)}
          error={fieldText(errors.name)}
          name="name"
          type="text"
          autoComplete="nickname"
          maxLength={VOICE_NAME_LIMIT}
          defaultValue={values.name}
          controlClassName="max-w-md"
        />
        <SelectField
          id={`${id}-age`}
          label={t("ageGroup")}
          error={fieldText(errors.ageGroup)}
          name="ageGroup"
          defaultValue={values.ageGroup}
          controlClassName="max-w-xs"
          emptyLabel={t("ageGroupEmpty")}
          options={AGE_GROUPS.map((code) => ({ value: code, label: ta(code) }))}
        />
        <PublishChoices
          id={id}
          legend={t("publishLegend")}
          error={fieldText(errors.mayPublish ?? errors.nameMayPublish)}
          mayPublish={{ label: t("mayPublish"), hint: t("mayPublishHint"), checked: values.mayPublish === "on" }}
          nameMayPublish={{ label: t("nameMayPublish"), checked: values.nameMayPublish === "on" }}
        />
        {/* The honeypot: people never see it; a form-filling robot fills it and is refused. */}
        <div aria-hidden="true" className="sr-only">
          <label htmlFor={`${id}-${HONEYPOT_FIELD}`}>{t("honeypot")}</label>
          <input
            id={`${id}-${HONEYPOT_FIELD}`}
            type="text"
            name={HONEYPOT_FIELD}
            tabIndex={-1}
            autoComplete="off"
            defaultValue=""
          />
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton>{t("submit")}</SubmitButton>
        <PendingNote label={tu("pending")} />
      </div>
    </form>
  );
}
