import { getTranslations } from "next-intl/server";
import { CreateUserForm, type EditableUser, UserEditPanel } from "@/components/admin/user-forms";
import { ForbiddenNotice } from "@/components/auth/forbidden-notice";
import { Badge, type BadgeStyles } from "@/components/ui/badge";
import { headingClass } from "@/components/ui/heading";
import { PageHeader } from "@/components/ui/page-header";
import { ScrollTable, Th } from "@/components/ui/scroll-table";
import { getActor } from "@/lib/auth/session";
import { enterLocale, titleFromCatalog } from "@/lib/i18n/page-locale";
import { read, readPage } from "@/lib/read/page-data";
import { listUserScopes, listUsers } from "@/lib/users/list-users";
import { formatJapaneseDateTime } from "@/lib/wareki";

export const dynamic = "force-dynamic";

export const generateMetadata = titleFromCatalog("admin.users");

const STATE_STYLE: BadgeStyles<"active" | "disabled" | "locked"> = {
  active: { tone: "success", symbol: "✓" },
  disabled: { tone: "muted", symbol: "■" },
  locked: { tone: "danger", symbol: "!" },
};

const thClass = "border-b-2 border-solid-gray-800 px-3 py-2 font-bold whitespace-nowrap";
const tdClass = "border-b border-solid-gray-420 px-3 py-3 align-top";

export default async function UsersPage({ params }: PageProps<"/[locale]/staff/users">) {
  await enterLocale(params);
  const listed = await readPage("/staff/users", listUsers);
  if (!listed.ok) return <ForbiddenNotice />;
  const users = listed.data;
  const [t, tr, tc, scope, actor] = await Promise.all([
    getTranslations("admin.users"),
    getTranslations("admin.roles"),
    getTranslations("admin.common"),
    read(listUserScopes),
    getActor(),
  ]);
  const now = Date.now();
  const rows = users.map((u) => {
    const locked = !u.disabled && u.lockedUntil !== null && new Date(u.lockedUntil).getTime() > now;
    const state = u.disabled ? "disabled" : locked ? "locked" : "active";
    const editable: EditableUser = {
      id: u.id,
      email: u.email,
      name: u.name,
      role: u.role,
      sectionId: u.sectionId,
      bureauId: u.bureauId,
      disabled: u.disabled,
      locked,
    };
    return { ...u, locked, state, editable } as const;
  });

  return (
    <div className="flex flex-col gap-8">
      <PageHeader title={t("title")} lead={t("lead")} />

      <section aria-labelledby="users-list-heading" className="flex flex-col gap-4">
        <h2 id="users-list-heading" className={headingClass.section}>
          {t("listHeading")}
        </h2>
        {rows.length === 0 ? (
          <p className="rounded-8 border border-solid-gray-420 bg-solid-gray-50 p-4">{t("empty")}</p>
        ) : (
          <>
            <p className="text-sm text-solid-gray-800">{tc("scrollHint")}</p>
            <ScrollTable caption={t("tableCaption", { count: rows.length })} label={t("scrollLabel")}>
              <thead>
                <tr>
                  <Th scope="col" className={`${thClass} text-left`}>
                    {t("columns.email")}
                  </Th>
                  <Th scope="col" className={`${thClass} text-left`}>
                    {t("columns.name")}
                  </Th>
                  <Th scope="col" className={`${thClass} text-left`}>
                    {t("columns.role")}
                  </Th>
                  <Th scope="col" className={`${thClass} text-left`}>
                    {t("columns.scope")}
                  </Th>
                  <Th scope="col" className={`${thClass} text-left`}>
                    {t("columns.state")}
                  </Th>
                  <Th scope="col" className={`${thClass} text-left`}>
                    {t("columns.lastLogin")}
                  </Th>
                </tr>
              </thead>
              <tbody>
                {rows.map((u) => {
                  return (
                    <tr key={u.id}>
                      <Th scope="row" className={`${tdClass} text-left font-normal break-all`}>
                        {u.email}
                      </Th>
                      <td className={tdClass}>{u.name}</td>
                      <td className={`${tdClass} whitespace-nowrap`}>{tr(u.role)}</td>
                      <td className={tdClass}>
                        {u.section ?? (u.bureau ? t("bureauScope", { bureau: u.bureau }) : t("noScope"))}
                      </td>
                      <td className={tdClass}>
                        <Badge {...STATE_STYLE[u.state]}>{t(`state.${u.state}`)}</Badge>
                        {u.locked && u.lockedUntil && (
                          <span className="mt-1 block text-sm text-solid-gray-800">
                            {t("lockedUntil", { date: formatJapaneseDateTime(u.lockedUntil) })}
                          </span>
                        )}
                      </td>
                      <td className={`${tdClass} whitespace-nowrap`}>
                        {u.lastLoginAt ? (
                          <time dateTime={u.lastLoginAt}>{formatJapaneseDateTime(u.lastLoginAt)}</time>
                        ) : (
                          t("neverSignedIn")
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </ScrollTable>
          </>
        )}
      </section>

      <section aria-labelledby="users-create-heading" className="flex flex-col gap-4">
        <h2 id="users-create-heading" className={headingClass.section}>
          {t("createHeading")}
        </h2>
        <CreateUserForm scope={scope} />
      </section>

      {rows.length > 0 && (
        <section aria-labelledby="users-edit-heading" className="flex flex-col gap-4">
          <h2 id="users-edit-heading" className={headingClass.section}>
            {t("editHeading")}
          </h2>
          <ul className="flex flex-col gap-3">
            {rows.map((u) => (
              <li key={u.id}>
                <UserEditPanel user={u.editable} scope={scope} isSelf={actor?.id === u.id} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
