"use client";

import { createContext, useActionState, useContext, useEffect, useRef, type ReactNode } from "react";
import { useFormStatus } from "react-dom";
import type { ActionState } from "@/lib/actions/action-state";

/** The last result on the page, with which form (`op`) and which entry (`target`, for the message) it came from. */
export type WorkspaceState = ActionState & { op?: string; target?: string };

type FormAction = (prev: ActionState, formData: FormData) => Promise<ActionState>;

const INITIAL: WorkspaceState = { ok: false };

const WorkspaceContext = createContext<{ state: WorkspaceState; action: (formData: FormData) => void } | null>(null);

/** The page's shared state and the action every form inside an <ActionWorkspace> submits to. */
export function useWorkspace() {
  const value = useContext(WorkspaceContext);
  if (!value) throw new Error("Workspace forms must be inside <ActionWorkspace>");
  return value;
}

/** The warning sign beside an error, so that it never rests on colour alone. */
export function ErrorIcon() {
  return (
    <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" className="mt-1 size-5 shrink-0 fill-current">
      <path d="M12 2 1 21h22L12 2Zm1 15h-2v-2h2v2Zm0-4h-2V9h2v4Z" />
    </svg>
  );
}

/**
 * One state for a page of small forms (one per entry, chosen by the hidden `op`
 * field): after a change the page re-renders and the entry moves or disappears,
 * so the outcome lives above the forms, shown at the top and focused.
 */
export function ActionWorkspace({
  actions,
  describe,
  reload,
  children,
}: {
  actions: Record<string, FormAction>;
  /** the outcome in words, or null to show nothing */
  describe: (state: WorkspaceState) => string | null;
  /** a link to reload the page, offered after the listed outcomes */
  reload: { href: string; label: string; after: readonly string[] };
  children: ReactNode;
}) {
  const [state, action] = useActionState(async (prev: WorkspaceState, formData: FormData): Promise<WorkspaceState> => {
    const op = String(formData.get("op") ?? "");
    const target = String(formData.get("target") ?? "");
    const run = actions[op];
    if (!run) return { ok: false, message: "invalid", op, target };
    return { ...(await run(prev, formData)), op, target };
  }, INITIAL);
  const messageRef = useRef<HTMLDivElement>(null);
  const mounted = useRef(false);

  useEffect(() => {
    if (!mounted.current) {
      mounted.current = true;
      return;
    }
    messageRef.current?.focus();
  }, [state]);

  const text = state.message ? describe(state) : null;
  return (
    <WorkspaceContext.Provider value={{ state, action }}>
      {text && (
        <div
          ref={messageRef}
          tabIndex={-1}
          role={state.ok ? "status" : "alert"}
          className={`flex flex-col gap-2 rounded-8 border-2 p-4 text-std-16N-170 text-solid-gray-900 ${
            state.ok ? "border-green-1000 bg-green-50" : "border-error-1 bg-white"
          }`}
        >
          <p className={`flex gap-2 text-std-16B-170 ${state.ok ? "text-green-1100" : "text-error-1"}`}>
            {state.ok ? <span aria-hidden="true">✓</span> : <ErrorIcon />}
            <span>{text}</span>
          </p>
          {state.message && reload.after.includes(state.message) && (
            <p>
              <a href={reload.href} className="text-key-900 underline underline-offset-4">{reload.label}</a>
            </p>
          )}
        </div>
      )}
      {children}
    </WorkspaceContext.Provider>
  );
}

/** "処理中…" beside a form's buttons while it submits. */
export function PendingNote({ label }: { label: string }) {
  const { pending } = useFormStatus();
  return pending ? (
    <p role="status" className="self-center text-std-16N-170 text-solid-gray-900">
      {label}
    </p>
  ) : null;
}

/** A submit button that cannot be pressed twice while its form submits. */
export function SubmitButton(props: { name?: string; value?: string; describedBy?: string; className: string; children: ReactNode }) {
  const { name, value, describedBy, className, children } = props;
  const { pending } = useFormStatus();
  return (
    <button type="submit" name={name} value={value} disabled={pending} aria-describedby={describedBy} className={className}>
      {children}
    </button>
  );
}
