"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useId } from "react";
import { buttonClass } from "@/components/ui/button";
import { headingClass } from "@/components/ui/heading";
import type { KeptDraft } from "./kept-draft";
import type { SavingNotice } from "./use-report-saving";

/** HH:MM in the city's time, as the person's clock shows it. */
function useClock() {
  const format = useFormatter();
  return (at: Date | string) =>
    format.dateTime(new Date(at), { hour: "2-digit", minute: "2-digit", timeZone: "Asia/Tokyo" });
}

/** To the login page, which comes back to this form (where the kept text is offered back). */
export function LoginAgainLink({ href }: { href: string }) {
  const t = useTranslations("reportForm");
  return (
    <p>
      <a href={href} className="text-key-900 underline underline-offset-4">
        {t("loginAgain")}
      </a>
    </p>
  );
}

/**
 * What saving did without being asked, in a polite live region that stays in place: 「自動保存しました
 * HH:MM」, or that the text was kept in this browser because the server could not be reached or the
 * session ended.
 */
export function SavingStatus({ notice, loginHref }: { notice: SavingNotice | null; loginHref: string }) {
  const t = useTranslations("reportForm");
  const clock = useClock();
  const warning = notice !== null && notice.kind !== "saved";
  return (
    <div
      aria-live="polite"
      aria-atomic="true"
      className={
        warning
          ? "flex flex-col gap-2 rounded-8 border-2 border-error-1 bg-white p-3 text-std-16B-170 text-solid-gray-900"
          : "text-std-16N-170 text-solid-gray-800"
      }
    >
      {notice?.kind === "saved" && (
        <p>
          <span aria-hidden="true">✓ </span>
          {t("autosaved", { time: clock(notice.at) })}
        </p>
      )}
      {notice?.kind === "failed" && <p>{t("autosaveFailed", { time: clock(notice.at) })}</p>}
      {notice?.kind === "kept" && notice.reason === "unreachable" && (
        <p>{t("keptOffline", { time: clock(notice.at) })}</p>
      )}
      {notice?.kind === "kept" && notice.reason === "unauthenticated" && (
        <>
          <p>{t("keptSessionEnded")}</p>
          <LoginAgainLink href={loginHref} />
        </>
      )}
      {notice?.kind === "unkept" && <p>{t("notKept")}</p>}
    </div>
  );
}

/** Text this browser kept from an earlier visit, offered back: 復元する or 破棄する. */
export function KeptDraftOffer({
  kept,
  olderBase,
  onRestore,
  onDiscard,
}: {
  kept: KeptDraft;
  /** the report was saved (by someone) after this text was typed */
  olderBase: boolean;
  onRestore: () => void;
  onDiscard: () => void;
}) {
  const t = useTranslations("reportForm");
  const clock = useClock();
  const headingId = useId();
  return (
    <section
      aria-labelledby={headingId}
      className="flex flex-col gap-3 rounded-8 border-2 border-key-900 bg-key-50 p-4 text-std-16N-170"
    >
      <h2 id={headingId} className={headingClass.subsection}>
        {t("keptHeading", { time: clock(kept.keptAt) })}
      </h2>
      <p>{t("keptLead")}</p>
      {olderBase && <p className="font-bold">{t("keptOlderBase")}</p>}
      <div className="flex flex-wrap gap-4">
        <button type="button" className={buttonClass.primary} onClick={onRestore}>
          {t("restore")}
        </button>
        <button type="button" className={buttonClass.secondary} onClick={onDiscard}>
          {t("discard")}
        </button>
      </div>
    </section>
  );
}
