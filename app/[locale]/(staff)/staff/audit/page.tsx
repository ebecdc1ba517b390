import { getLocale, getTranslations } from "next-intl/server";
import { ForbiddenNotice } from "@/components/auth/forbidden-notice";
import { Badge, type BadgeStyle } from "@/components/ui/badge";
import { fieldClass, labelClass } from "@/components/ui/field";
import { headingClass } from "@/components/ui/heading";
import { PageHeader } from "@/components/ui/page-header";
import { ScrollTable, Th } from "@/components/ui/scroll-table";
import { AUDIT_PAGE_SIZE, type AuditFilter, auditFilterSchema, listAudit } from "@/lib/audit/list-audit";
import { getPathname, Link } from "@/lib/i18n/navigation";
import { enterLocale, titleFromCatalog } from "@/lib/i18n/page-locale";
import { messageOr } from "@/lib/i18n/runtime-key";
import { readPage } from "@/lib/read/page-data";
import { formatJapaneseDateTime } from "@/lib/wareki";

export const dynamic = "force-dynamic";

export const generateMetadata = titleFromCatalog("admin.audit");

type SearchParams = Record<string, string | string[] | undefined>;

/** The filter from the query string; anything malformed is dropped rather than failing the page. */
function parseFilter(searchParams: SearchParams): AuditFilter {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const raw = {
    user: first(searchParams.user),
    item: first(searchParams.item),
    from: first(searchParams.from),
    to: first(searchParams.to),
    page: first(searchParams.page),
  };
  const parsed = auditFilterSchema.safeParse(raw);
  return parsed.success ? parsed.data : auditFilterSchema.parse({ ...raw, user: undefined });
}

/** Query for a page of the same filter, for the pagination links. */
function pageQuery(filter: AuditFilter, page: number): Record<string, string> {
  const query: Record<string, string> = {};
  if (filter.user) query.user = filter.user;
  if (filter.item) query.item = String(filter.item);
  if (filter.from) query.from = filter.from;
  if (filter.to) query.to = filter.to;
  if (page > 1) query.page = String(page);
  return query;
}

const OUTCOME_STYLE: Record<string, BadgeStyle> = {
  ok: { tone: "success", symbol: "✓" },
  denied: { tone: "danger", symbol: "✕" },
  failed: { tone: "caution", symbol: "!" },
};

const thClass = "border-b-2 border-solid-gray-800 px-3 py-2 font-bold whitespace-nowrap";
const tdClass = "border-b border-solid-gray-420 px-3 py-3 align-top";
const preClass =
  "max-w-md rounded-8 border border-solid-gray-420 bg-solid-gray-50 p-2 font-mono text-sm whitespace-pre-wrap break-all text-solid-gray-900";

const pretty = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value, null, 2));

export default async function AuditPage({ params, searchParams }: PageProps<"/[locale]/staff/audit">) {
  await enterLocale(params);
  const filter = parseFilter(await searchParams);
  const listed = await readPage("/staff/audit", listAudit, filter);
  if (!listed.ok) return <ForbiddenNotice />;
  const { total, rows } = listed.data;
  const [t, tr, tc, locale] = await Promise.all([
    getTranslations("admin.audit"),
    getTranslations("admin.roles"),
    getTranslations("admin.common"),
    getLocale(),
  ]);
  const action = getPathname({ href: "/staff/audit", locale });
  const pages = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const first = (filter.page - 1) * AUDIT_PAGE_SIZE + 1;
  const last = first + rows.length - 1;

  const actionLabel = (key: string) => (/^[a-z_]+\.[a-z_]+$/.test(key) ? messageOr(t, `actions.${key}`, null) : null);
  const roleLabel = (role: string) => (/^[a-z_]+$/.test(role) ? messageOr(tr, role, role) : role);
  const entityLabel = (type: string) => (/^[A-Za-z]+$/.test(type) ? messageOr(t, `entities.${type}`, type) : type);

  return (
    <div className="flex flex-col gap-8">
      <PageHeader title={t("title")} lead={t("lead")} />

      <section aria-labelledby="audit-filter-heading" className="flex flex-col gap-4">
        <h2 id="audit-filter-heading" className={headingClass.section}>
          {t("filterHeading")}
        </h2>
        {/* A plain GET form: the filter lands in the URL, so a link reproduces the view. */}
        <form
          method="get"
          action={action}
          className="flex flex-col gap-4 rounded-12 border border-solid-gray-420 bg-solid-gray-50 p-4"
        >
          <div className="grid gap-4 sm:grid-cols-2">
            <div className="flex flex-col gap-1">
              <label htmlFor="audit-user" className={labelClass}>
                {t("fields.user")}
              </label>
              <p id="audit-user-hint" className="text-sm text-solid-gray-800">
                {t("fields.userHint")}
              </p>
              <input
                id="audit-user"
                name="user"
                type="search"
                maxLength={254}
                autoComplete="off"
                spellCheck={false}
                defaultValue={filter.user ?? ""}
                aria-describedby="audit-user-hint"
                className={fieldClass}
              />
            </div>
            <div className="flex flex-col gap-1 self-end">
              <label htmlFor="audit-item" className={labelClass}>
                {t("fields.item")}
              </label>
              <input
                id="audit-item"
                name="item"
                type="number"
                inputMode="numeric"
                min={1}
                step={1}
                defaultValue={filter.item ?? ""}
                className={`${fieldClass} sm:max-w-48`}
              />
            </div>
          </div>
          <fieldset className="flex flex-col gap-2">
            <legend className={labelClass}>{t("fields.period")}</legend>
            <div className="flex flex-wrap items-end gap-4">
              <div className="flex flex-col gap-1">
                <label htmlFor="audit-from" className="text-solid-gray-900">
                  {t("fields.from")}
                </label>
                <input
                  id="audit-from"
                  name="from"
                  type="date"
                  defaultValue={filter.from ?? ""}
                  className={fieldClass}
                />
              </div>
              <span aria-hidden="true" className="pb-2">
                〜
              </span>
              <div className="flex flex-col gap-1">
                <label htmlFor="audit-to" className="text-solid-gray-900">
                  {t("fields.to")}
                </label>
                <input id="audit-to" name="to" type="date" defaultValue={filter.to ?? ""} className={fieldClass} />
              </div>
            </div>
          </fieldset>
          <div className="flex flex-wrap items-center gap-4">
            <button type="submit" className="rounded-8 bg-key-900 px-6 py-3 font-bold text-white hover:bg-key-1000">
              {t("apply")}
            </button>
            <a href={action} className="text-key-900 underline underline-offset-4">
              {t("clear")}
            </a>
          </div>
        </form>
      </section>

      <section aria-labelledby="audit-results-heading" className="flex flex-col gap-4">
        <h2 id="audit-results-heading" className={headingClass.section}>
          {t("resultHeading")}
        </h2>
        <p className="font-bold">
          {rows.length > 0 ? t("range", { total, from: first, to: last }) : t("total", { total })}
        </p>
        {rows.length === 0 ? (
          <p className="rounded-8 border border-solid-gray-420 bg-solid-gray-50 p-4">{t("empty")}</p>
        ) : (
          <>
            <p className="text-sm text-solid-gray-800">{tc("scrollHint")}</p>
            <ScrollTable caption={t("tableCaption")} label={t("scrollLabel")}>
              <thead>
                <tr>
                  <Th scope="col" className={`${thClass} text-left`}>
                    {t("columns.at")}
                  </Th>
                  <Th scope="col" className={`${thClass} text-left`}>
                    {t("columns.actor")}
                  </Th>
                  <Th scope="col" className={`${thClass} text-left`}>
                    {t("columns.role")}
                  </Th>
                  <Th scope="col" className={`${thClass} text-left`}>
                    {t("columns.action")}
                  </Th>
                  <Th scope="col" className={`${thClass} text-left`}>
                    {t("columns.target")}
                  </Th>
                  <Th scope="col" className={`${thClass} text-left`}>
                    {t("columns.outcome")}
                  </Th>
                  <Th scope="col" className={`${thClass} text-left`}>
                    {t("columns.details")}
                  </Th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => {
                  const label = actionLabel(r.action);
                  const outcome = OUTCOME_STYLE[r.outcome] ?? OUTCOME_STYLE.failed;
                  const before = pretty(r.before);
                  const after = pretty(r.after);
                  return (
                    <tr key={r.id}>
                      <Th scope="row" className={`${tdClass} text-left font-normal whitespace-nowrap`}>
                        <time dateTime={r.at}>{formatJapaneseDateTime(r.at)}</time>
                      </Th>
                      <td className={`${tdClass} min-w-48 break-all`}>{r.actor ?? t("noActor")}</td>
                      <td className={`${tdClass} whitespace-nowrap`}>{roleLabel(r.actorRole)}</td>
                      <td className={`${tdClass} min-w-40`}>
                        {label && <span className="block font-bold">{label}</span>}
                        <code className="text-sm break-all text-solid-gray-800">{r.action}</code>
                      </td>
                      <td className={`${tdClass} min-w-32`}>
                        {entityLabel(r.entityType)}
                        {r.entityId !== null && (
                          <span className="block font-mono text-sm break-all text-solid-gray-800">{r.entityId}</span>
                        )}
                      </td>
                      <td className={tdClass}>
                        <Badge {...outcome}>
                          {t.has(`outcome.${r.outcome}`) ? t(`outcome.${r.outcome}`) : r.outcome}
                        </Badge>
                      </td>
                      <td className={tdClass}>
                        {before === null && after === null ? (
                          t("noDetails")
                        ) : (
                          <details>
                            <summary className="cursor-pointer font-bold whitespace-nowrap text-key-900">
                              {t("showDetails")}
                              <span className="sr-only">{t("detailsOf", { id: r.id })}</span>
                            </summary>
                            <div className="mt-2 flex flex-col gap-2">
                              <div>
                                <p className="text-sm font-bold">{t("before")}</p>
                                <pre className={preClass}>{before ?? t("noDetails")}</pre>
                              </div>
                              <p aria-hidden="true" className="font-bold">
                                ↓
                              </p>
                              <div>
                                <p className="text-sm font-bold">{t("after")}</p>
                                <pre className={preClass}>{after ?? t("noDetails")}</pre>
                              </div>
                              {r.requestId && (
                                <p className="text-sm break-all text-solid-gray-800">
                                  {t("requestId", { id: r.requestId })}
                                </p>
                              )}
                            </div>
                          </details>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </ScrollTable>
          </>
        )}
        {total > AUDIT_PAGE_SIZE && (
          <nav aria-label={t("pagination")} className="flex flex-wrap items-center gap-4">
            {filter.page > 1 ? (
              <Link
                href={{ pathname: "/staff/audit", query: pageQuery(filter, Math.min(filter.page - 1, pages)) }}
                rel="prev"
                className="rounded-8 border-2 border-key-900 px-4 py-2 font-bold text-key-900"
              >
                {t("prev")}
              </Link>
            ) : null}
            <p>{t("page", { page: filter.page, pages })}</p>
            {filter.page < pages ? (
              <Link
                href={{ pathname: "/staff/audit", query: pageQuery(filter, filter.page + 1) }}
                rel="next"
                className="rounded-8 border-2 border-key-900 px-4 py-2 font-bold text-key-900"
              >
                {t("next")}
              </Link>
            ) : null}
          </nav>
        )}
      </section>
    </div>
  );
}
