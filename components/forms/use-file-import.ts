"use client";

import {
  type FormEvent,
  startTransition,
  useActionState,
  useEffect,
  useRef,
  useState,
  useSyncExternalStore,
} from "react";
import { type ActionState, failureState, INITIAL_STATE } from "@/lib/actions/action-state";
import { ServiceError } from "@/lib/auth/errors";

export type ImportOp = "preview" | "apply";

/** A server action of a file import: 内容を確認 (`preview`) or 取り込む (`apply`). */
export type ImportAction<T> = (prev: ActionState, formData: FormData) => Promise<ActionState<T>>;

/** The last 内容を確認 (kept while 取り込む runs on it) and the last 取り込む since. */
export interface FileImportState<P, R> {
  op: ImportOp | null;
  preview: ActionState<P> | null;
  applied: ActionState<R> | null;
}

const subscribeNothing = () => () => {};

/** An action called from the page; a request that got no readable answer changed nothing. */
async function call<T>(action: ImportAction<T>, formData: FormData): Promise<ActionState<T>> {
  try {
    return await action(INITIAL_STATE, formData);
  } catch {
    // Offline, the server down, or a body over the server's limit.
    return { ok: false, message: "unknown" };
  }
}

/**
 * The steps of a file import: 内容を確認 then 取り込む, both from one form submitted by script, so
 * that 取り込む sends the very file that was checked (the server compares the two by hash) and
 * React does not reset the file input after each step.
 */
export function useFileImport<P, R>({
  maxBytes,
  previewAction,
  applyAction,
}: {
  /** what a file may weigh: a larger one is refused here, before it is sent */
  maxBytes: number;
  previewAction: ImportAction<P>;
  applyAction: ImportAction<R>;
}) {
  const [running, setRunning] = useState<ImportOp>("preview");
  // The chosen file changed since it was checked: 取り込む waits for a new check.
  const [stale, setStale] = useState(false);
  const resultRef = useRef<HTMLDivElement>(null);
  // The form is sent by script: its buttons wait for the page to be hydrated.
  const hydrated = useSyncExternalStore(
    subscribeNothing,
    () => true,
    () => false,
  );

  const [state, dispatch, pending] = useActionState(
    async (prev: FileImportState<P, R>, formData: FormData): Promise<FileImportState<P, R>> => {
      if (formData.get("op") === "apply")
        return { op: "apply", preview: prev.preview, applied: await call(applyAction, formData) };
      const file = formData.get("file");
      if (file instanceof File && file.size > maxBytes) {
        const limitMb = String(maxBytes / 1024 / 1024);
        return {
          op: "preview",
          preview: failureState(new ServiceError("invalid_file", { reason: "too_large", params: { limitMb } })),
          applied: null,
        };
      }
      return { op: "preview", preview: await call(previewAction, formData), applied: null };
    },
    { op: null, preview: null, applied: null },
  );

  // Each outcome takes the focus, so that it is read out and the person starts from it.
  useEffect(() => {
    if (state.op) resultRef.current?.focus();
  }, [state]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    const op: ImportOp = data.get("op") === "apply" ? "apply" : "preview";
    setRunning(op);
    if (op === "preview") setStale(false);
    startTransition(() => dispatch(data));
  };

  const preview = state.preview?.ok ? state.preview.result : undefined;
  return {
    state,
    pending,
    running,
    stale,
    hydrated,
    resultRef,
    submit,
    /** The file input changed: a shown preview no longer describes it. */
    fileChanged: () => setStale(preview !== undefined),
    preview,
    applied: state.applied?.ok ? state.applied.result : undefined,
    /** The outcome of the step that ran last. */
    last: state.op === "apply" ? state.applied : state.preview,
  };
}
