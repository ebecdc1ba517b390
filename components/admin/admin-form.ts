import { useActionState } from "react";
import { useOutcomeText } from "@/components/ui/outcome-text";
import { type ActionState, INITIAL_STATE } from "@/lib/actions/action-state";

type MessageArea = "periods" | "users" | "itemEdit" | "achievement";
type FormAction = (prev: ActionState, formData: FormData) => Promise<ActionState>;

/** Outcome texts of the secretariat's forms: the area's own wording, then the admin field messages, then the shared errors. */
export function useAdminText(area: MessageArea) {
  return useOutcomeText(`admin.${area}.messages`, "adminErrors");
}

/**
 * The state of one of the secretariat's forms, its outcome texts, and what an `ActionForm` (or a
 * status beside several forms) needs of them.
 */
export function useAdminForm(area: MessageArea, action: FormAction) {
  const text = useAdminText(area);
  const [state, formAction, pending] = useActionState(action, INITIAL_STATE);
  return { text, state, form: { action: formAction, state, pending, text: text.message(state.message) } };
}

/**
 * A form on one item that guards against overwriting a parallel edit: the version to send (the
 * stored one, a newer one just saved, or the one a failed attempt sent), what that attempt sent,
 * and the form's props with the item's number and a reload link after a conflict.
 */
export function useItemForm(
  area: "itemEdit" | "achievement",
  action: FormAction,
  item: { number: number; version: number },
  reload: { href: string; label: string },
) {
  const { text, state, form } = useAdminForm(area, action);
  const sent = state.ok ? undefined : state.values;
  const saved = state.ok ? Number(state.values?.version ?? 0) : 0;
  return {
    text,
    state,
    sent,
    version: sent?.version ?? String(Math.max(item.version, saved)),
    form: { ...form, reload, hidden: { itemNumber: item.number } },
  };
}
