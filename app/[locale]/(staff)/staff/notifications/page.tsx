import { getTranslations } from "next-intl/server";
import { MailPreferenceForm, MarkReadForm } from "@/components/staff/inbox-forms";
import { Badge } from "@/components/ui/badge";
import { headingClass } from "@/components/ui/heading";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { Link } from "@/lib/i18n/navigation";
import { enterLocale, titleFromCatalog } from "@/lib/i18n/page-locale";
import { getInbox } from "@/lib/notifications/inbox";
import { readPage } from "@/lib/read/page-data";
import { formatDateTime } from "@/lib/wareki";

export const dynamic = "force-dynamic";

export const generateMetadata = titleFromCatalog("notifications.inbox");

export default async function NotificationsPage({ params }: PageProps<"/[locale]/staff/notifications">) {
  const locale = await enterLocale(params);
  const inbox = await readPage("/staff/notifications", getInbox);
  const t = await getTranslations("notifications.inbox");

  return (
    <div className="flex flex-col gap-8">
      <PageHeader title={t("title")} lead={t("lead")} />

      <Section
        headingId="inbox-heading"
        title={t("listHeading", { unread: inbox.unread })}
        className="flex flex-col gap-4"
      >
        {inbox.entries.length === 0 ? (
          <p className="rounded-8 border border-solid-gray-420 bg-solid-gray-50 p-4">{t("empty")}</p>
        ) : (
          <>
            {inbox.unread > 0 && <MarkReadForm />}
            <ul className="flex flex-col gap-3">
              {inbox.entries.map((entry) => (
                <li
                  key={entry.id}
                  className={`flex flex-col gap-2 rounded-12 border p-4 ${entry.readAt ? "border-solid-gray-420 bg-white" : "border-2 border-key-900 bg-key-50"}`}
                >
                  <div className="flex flex-wrap items-center gap-2">
                    {entry.readAt ? (
                      <Badge tone="neutral" symbol="✓">
                        {t("read")}
                      </Badge>
                    ) : (
                      <Badge tone="info" symbol="●">
                        {t("unread")}
                      </Badge>
                    )}
                    <p className="text-std-16N-170 text-solid-gray-800">{formatDateTime(entry.createdAt, locale)}</p>
                  </div>
                  <h3 className={headingClass.minor}>{entry.subject}</h3>
                  <p className="text-std-16N-170 break-words whitespace-pre-wrap">{entry.body}</p>
                  <div className="flex flex-wrap items-center gap-4">
                    {entry.link && (
                      <Link href={entry.link} className="text-key-900 underline underline-offset-4">
                        {t("open")}
                        <span className="sr-only">{t("targetSuffix", { subject: entry.subject })}</span>
                      </Link>
                    )}
                    {!entry.readAt && <MarkReadForm notificationId={entry.id} subject={entry.subject} />}
                  </div>
                </li>
              ))}
            </ul>
          </>
        )}
      </Section>

      <Section headingId="mail-heading" title={t("mailHeading")} lead={t("mailLead")}>
        <MailPreferenceForm optionalMail={inbox.optionalMail} />
      </Section>
    </div>
  );
}
