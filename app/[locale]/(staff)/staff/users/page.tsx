import { getTranslations } from "next-intl/server";
import { CreateUserForm, type EditableUser, UserEditPanel } from "@/components/admin/user-forms";
import { AdminTable } from "@/components/staff/admin-table";
import { Badge, type BadgeStyles } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { getActor } from "@/lib/auth/session";
import { enterLocale, titleFromCatalog } from "@/lib/i18n/page-locale";
import { read, readPage } from "@/lib/read/page-data";
import { listUserScopes, listUsers } from "@/lib/users/list-users";
import { formatDateTime } from "@/lib/wareki";

export const dynamic = "force-dynamic";

export const generateMetadata = titleFromCatalog("admin.users");

const STATE_STYLE: BadgeStyles<"active" | "disabled" | "locked"> = {
  active: { tone: "success", symbol: "✓" },
  disabled: { tone: "muted", symbol: "■" },
  locked: { tone: "danger", symbol: "!" },
};

export default async function UsersPage({ params }: PageProps<"/[locale]/staff/users">) {
  const locale = await enterLocale(params);
  const users = await readPage("/staff/users", listUsers);
  const [t, tr, scope, actor] = await Promise.all([
    getTranslations("admin.users"),
    getTranslations("admin.roles"),
    read(listUserScopes),
    getActor(),
  ]);
  const rows = users.map((u) => {
    const locked = !u.disabled && u.signInRestriction !== null;
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
      version: u.version,
    };
    return { ...u, locked, state, editable } as const;
  });

  return (
    <div className="flex flex-col gap-8">
      <PageHeader title={t("title")} lead={t("lead")} />

      <Section headingId="users-list-heading" title={t("listHeading")}>
        <AdminTable
          list="users"
          columns={[
            { key: "email", rowHeader: true, className: "break-all", cell: (u) => u.email },
            { key: "name", cell: (u) => u.name },
            { key: "role", nowrap: true, cell: (u) => tr(u.role) },
            {
              key: "scope",
              cell: (u) => u.section ?? (u.bureau ? t("bureauScope", { bureau: u.bureau }) : t("noScope")),
            },
            {
              key: "state",
              cell: (u) => (
                <>
                  <Badge {...STATE_STYLE[u.state]}>{t(`state.${u.state}`)}</Badge>
                  {u.locked && u.signInRestriction && (
                    <span className="mt-1 block text-sm text-solid-gray-800">
                      {t(u.signInRestriction.backoff ? "restrictedBackoff" : "restrictedAddresses", {
                        count: u.signInRestriction.lockedAddresses,
                        date: formatDateTime(u.signInRestriction.until, locale),
                      })}
                    </span>
                  )}
                </>
              ),
            },
            {
              key: "lastLogin",
              nowrap: true,
              cell: (u) =>
                u.lastLoginAt ? (
                  <time dateTime={u.lastLoginAt}>{formatDateTime(u.lastLoginAt, locale)}</time>
                ) : (
                  t("neverSignedIn")
                ),
            },
          ]}
          rows={rows}
          rowKey={(u) => u.id}
        />
      </Section>

      <Section headingId="users-create-heading" title={t("createHeading")}>
        <CreateUserForm scope={scope} />
      </Section>

      {rows.length > 0 && (
        <Section headingId="users-edit-heading" title={t("editHeading")}>
          <ul className="flex flex-col gap-3">
            {rows.map((u) => (
              <li key={u.id}>
                <UserEditPanel user={u.editable} scope={scope} isSelf={actor?.id === u.id} />
              </li>
            ))}
          </ul>
        </Section>
      )}
    </div>
  );
}
