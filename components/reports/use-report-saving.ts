"use client";

import { useActionState, useCallback, useEffect, useRef, useState } from "react";
import { type ActionState, type FormValues, formValues, INITIAL_STATE } from "@/lib/actions/action-state";
import { saveReportAction } from "@/lib/actions/reports/save-report-action";
import type { ReportWithActuals, SavedReport } from "@/lib/reports/save-report";
import { dropKeptDraft, type KeptDraft, readKeptDraft, sameTyped, writeKeptDraft } from "./kept-draft";

export type SaveState = ActionState<SavedReport, ReportWithActuals>;

/** How long after the last change a draft is saved on its own. */
export const AUTOSAVE_DELAY_MS = 10_000;

/** The report version saves are based on. */
export interface SaveBase {
  reportId: string;
  version: string;
}

/** What the saving did last without being asked, for the polite status beside the buttons. */
export type SavingNotice =
  | { kind: "saved"; at: Date }
  | { kind: "failed"; at: Date }
  | { kind: "kept"; reason: "unreachable" | "unauthenticated"; at: Date }
  | { kind: "unkept"; at: Date };

/**
 * Saving the report form: 下書き保存 / 提出 through the form, a draft saved on its own
 * `AUTOSAVE_DELAY_MS` after the last change, and a copy in this browser of whatever the server
 * does not have yet. Saves run one after another and each is based on the version the previous
 * one wrote, so the person's own autosave never turns their next save into a conflict, while
 * someone else's version still does — and then autosaving stops.
 */
export function useReportSaving({
  draftKey,
  initialBase,
  canAutosave,
}: {
  /** where the browser copy is kept (null: no open period, nothing to keep) */
  draftKey: string | null;
  initialBase: SaveBase;
  /** whether the report's state lets a draft be saved on its own (no report, draft, returned) */
  canAutosave: boolean;
}) {
  const formRef = useRef<HTMLFormElement>(null);
  const baseRef = useRef(initialBase);
  const [base, setBase] = useState(initialBase);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  // What the server has, to tell whether the form holds anything unsaved.
  const serverValues = useRef<FormValues | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // Autosaving stops after a conflict (someone else's version) and when the session ended.
  const stopped = useRef(false);
  const canAutosaveRef = useRef(canAutosave);
  const [dirty, setDirty] = useState(false);
  const [notice, setNotice] = useState<SavingNotice | null>(null);
  const [offer, setOffer] = useState<KeptDraft | null>(null);
  // An autosave's outcome, and the form's own state it came after (a later 保存 takes over the view).
  const [autoOutcome, setAutoOutcome] = useState<{ state: SaveState; after: SaveState } | null>(null);
  const manualStateRef = useRef<SaveState>(INITIAL_STATE);

  useEffect(() => {
    canAutosaveRef.current = canAutosave;
    if (!canAutosave) clearTimeout(timer.current);
  }, [canAutosave]);

  const currentValues = useCallback(
    (): FormValues | null => (formRef.current ? formValues(new FormData(formRef.current)) : null),
    [],
  );

  const keep = useCallback(
    (values: FormValues): boolean =>
      draftKey !== null &&
      writeKeptDraft(draftKey, {
        baseReportId: baseRef.current.reportId,
        baseVersion: baseRef.current.version,
        keptAt: new Date().toISOString(),
        values,
      }),
    [draftKey],
  );

  /** After a save: what the browser keeps, what the status says, whether autosaving goes on. */
  const settle = useCallback(
    (result: SaveState, sent: FormValues, auto: boolean) => {
      const now = new Date();
      // An autosave's form stays as it is, and may have changed while the save was on its way.
      const current = (auto ? currentValues() : null) ?? sent;
      if (result.ok && result.result) {
        baseRef.current = { reportId: String(result.result.reportId), version: String(result.result.version) };
        setBase(baseRef.current);
        serverValues.current = sent;
        stopped.current = false;
        if (sameTyped(current, sent)) {
          if (draftKey) dropKeptDraft(draftKey);
          setDirty(false);
        } else keep(current);
        setNotice(auto ? { kind: "saved", at: now } : null);
      } else if (result.message === "unreachable" || result.message === "unauthenticated") {
        // No retries without a session: each would be refused and audited.
        if (result.message === "unauthenticated") stopped.current = true;
        // A 保存 says so in its own message on top; beside the buttons only what that message cannot.
        if (!keep(current)) setNotice({ kind: "unkept", at: now });
        else setNotice(auto ? { kind: "kept", reason: result.message, at: now } : null);
      } else {
        if (result.message === "conflict") stopped.current = true;
        keep(current);
        setNotice(auto && result.message !== "conflict" ? { kind: "failed", at: now } : null);
      }
      if (auto) setAutoOutcome({ state: result, after: manualStateRef.current });
    },
    [currentValues, draftKey, keep],
  );

  /** One save after the other, each on the version the last one wrote; a failed request is kept, not thrown. */
  const send = useCallback(
    (formData: FormData, auto: boolean): Promise<SaveState> => {
      const run = queue.current.then(async () => {
        formData.set("baseReportId", baseRef.current.reportId);
        formData.set("baseVersion", baseRef.current.version);
        const sent = formValues(formData);
        let result: SaveState;
        try {
          result = await saveReportAction(INITIAL_STATE, formData);
        } catch {
          // The request never got an answer the form can read: offline, or the server is down.
          result = { ok: false, message: "unreachable", values: sent };
        }
        settle(result, sent, auto);
        return result;
      });
      queue.current = run;
      return run;
    },
    [settle],
  );

  const [state, formAction] = useActionState((_prev: SaveState, formData: FormData) => {
    clearTimeout(timer.current);
    return send(formData, false);
  }, INITIAL_STATE);
  useEffect(() => {
    manualStateRef.current = state;
  }, [state]);

  const autosave = useCallback(() => {
    const values = currentValues();
    if (!values || stopped.current || !canAutosaveRef.current) return;
    if (serverValues.current && sameTyped(values, serverValues.current)) return;
    const data = new FormData(formRef.current!);
    data.set("intent", "draft");
    void send(data, true);
  }, [currentValues, send]);

  /** Called on every change of the form: keeps the copy and (re)starts the autosave's wait. */
  const changed = useCallback(() => {
    const values = currentValues();
    if (!values) return;
    const unsaved = !serverValues.current || !sameTyped(values, serverValues.current);
    setDirty(unsaved);
    clearTimeout(timer.current);
    if (!unsaved) {
      if (draftKey) dropKeptDraft(draftKey);
      return;
    }
    keep(values);
    if (canAutosaveRef.current && !stopped.current) timer.current = setTimeout(autosave, AUTOSAVE_DELAY_MS);
  }, [autosave, currentValues, draftKey, keep]);

  // On arrival: what the server has, and a copy from earlier that differs from it.
  useEffect(() => {
    const values = currentValues();
    if (!values) return;
    serverValues.current = values;
    if (!draftKey) return;
    const kept = readKeptDraft(draftKey);
    if (kept && !sameTyped(kept.values, values)) setOffer(kept);
    else dropKeptDraft(draftKey);
  }, [currentValues, draftKey]);

  useEffect(() => () => clearTimeout(timer.current), []);

  /** Takes the copy back: its text into the form, and its version as the base, so a newer one shows as a conflict. */
  const restore = useCallback((): KeptDraft | null => {
    if (!offer) return null;
    baseRef.current = { reportId: offer.baseReportId, version: offer.baseVersion };
    setBase(baseRef.current);
    setOffer(null);
    return offer;
  }, [offer]);

  const discard = useCallback(() => {
    if (draftKey) dropKeptDraft(draftKey);
    setOffer(null);
  }, [draftKey]);

  // What the form shows: an autosave's outcome until the person saves again.
  const latest = autoOutcome && autoOutcome.after === state ? autoOutcome.state : state;

  return { formRef, state, latest, formAction, base, dirty, notice, offer, changed, restore, discard };
}
