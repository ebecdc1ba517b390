"use client";

import { createContext, type ReactNode, useActionState, useContext, useEffect, useRef } from "react";
import { FormStatus } from "@/components/ui/form-status";
import { useOutcomeText } from "@/components/ui/outcome-text";
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

  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on each new state, to move focus to its message
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
        <FormStatus ref={messageRef} ok={state.ok} text={text}>
          {state.message && reload.after.includes(state.message) && (
            <p>
              <a href={reload.href} className="text-key-900 underline underline-offset-4">
                {reload.label}
              </a>
            </p>
          )}
        </FormStatus>
      )}
      {children}
    </WorkspaceContext.Provider>
  );
}

/**
 * The usual workspace of a list page: the outcome names the entry it was about (「target：message」)
 * in the words of `domain` (a catalog namespace with the success messages and `reload`), and after
 * a conflict, a state changed meanwhile or a vanished entry the page offers to reload.
 */
export function TargetedWorkspace({
  actions,
  domain,
  reloadHref,
  children,
}: {
  actions: Record<string, FormAction>;
  domain: string;
  reloadHref: string;
  children: ReactNode;
}) {
  const text = useOutcomeText(domain);
  const describe = (state: WorkspaceState) => {
    const message = text.message(state.message);
    return state.target ? `${state.target}：${message}` : message;
  };
  return (
    <ActionWorkspace
      actions={actions}
      describe={describe}
      reload={{ href: reloadHref, label: text.message("reload"), after: ["conflict", "invalid_state", "not_found"] }}
    >
      {children}
    </ActionWorkspace>
  );
}
