import { getLocale, getTranslations } from "next-intl/server";
import { Fragment } from "react";
import { AdminTable } from "@/components/staff/admin-table";
import { Badge, type BadgeStyle } from "@/components/ui/badge";
import { Field, fieldClass, labelClass } from "@/components/ui/field";
import { FilterForm } from "@/components/ui/filter-form";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { AUDIT_PAGE_SIZE, type AuditFilter, type AuditRow, auditFilterSchema, listAudit } from "@/lib/audit/list-audit";
import { getPathname, Link } from "@/lib/i18n/navigation";
import { enterLocale, titleFromCatalog } from "@/lib/i18n/page-locale";
import { messageOr } from "@/lib/i18n/runtime-key";
import { readPage } from "@/lib/read/page-data";
import { formatDateTime } from "@/lib/wareki";

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

const preClass =
  "max-w-md rounded-8 border border-solid-gray-420 bg-solid-gray-50 p-2 font-mono text-sm whitespace-pre-wrap break-all text-solid-gray-900";

const pretty = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value, null, 2));

/** A row's recorded change, before → after, folded away: most rows are read by their summary alone. */
async function AuditDetails({ row }: { row: AuditRow }) {
  const t = await getTranslations("admin.audit");
  const before = pretty(row.before);
  const after = pretty(row.after);
  if (before === null && after === null) return t("noDetails");
  return (
    <details>
      <summary className="cursor-pointer font-bold whitespace-nowrap text-key-900">
        {t("showDetails")}
        <span className="sr-only">{t("detailsOf", { id: row.id })}</span>
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
        {row.item && row.entityId !== null && (
          <p className="text-sm break-all text-solid-gray-800">{t("entityId", { id: row.entityId })}</p>
        )}
        {row.requestId && (
          <p className="text-sm break-all text-solid-gray-800">{t("requestId", { id: row.requestId })}</p>
        )}
      </div>
    </details>
  );
}

export default async function AuditPage({ params, searchParams }: PageProps<"/[locale]/staff/audit">) {
  await enterLocale(params);
  const filter = parseFilter(await searchParams);
  const { total, rows } = await readPage("/staff/audit", listAudit, filter);
  const [t, tr, locale] = await Promise.all([
    getTranslations("admin.audit"),
    getTranslations("admin.roles"),
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

      <Section headingId="audit-filter-heading" title={t("filterHeading")}>
        <FilterForm action={action} label={t("filterHeading")} applyLabel={t("apply")} clearLabel={t("clear")}>
          <div className="grid gap-4 sm:grid-cols-2">
            <Field id="audit-user" label={t("fields.user")} hint={t("fields.userHint")}>
              {(control) => (
                <input
                  {...control}
                  name="user"
                  type="search"
                  maxLength={254}
                  autoComplete="off"
                  spellCheck={false}
                  defaultValue={filter.user ?? ""}
                  className={fieldClass}
                />
              )}
            </Field>
            <Field id="audit-item" label={t("fields.item")} className="self-end">
              {(control) => (
                <input
                  {...control}
                  name="item"
                  type="number"
                  inputMode="numeric"
                  min={1}
                  step={1}
                  defaultValue={filter.item ?? ""}
                  className={`${fieldClass} sm:max-w-48`}
                />
              )}
            </Field>
          </div>
          <fieldset className="flex flex-col gap-2">
            <legend className={labelClass}>{t("fields.period")}</legend>
            <div className="flex flex-wrap items-end gap-4">
              {(["from", "to"] as const).map((bound) => (
                <Fragment key={bound}>
                  {bound === "to" && (
                    <span aria-hidden="true" className="pb-2">
                      〜
                    </span>
                  )}
                  <Field id={`audit-${bound}`} label={t(`fields.${bound}`)}>
                    {(control) => (
                      <input
                        {...control}
                        name={bound}
                        type="date"
                        defaultValue={filter[bound] ?? ""}
                        className={fieldClass}
                      />
                    )}
                  </Field>
                </Fragment>
              ))}
            </div>
          </fieldset>
        </FilterForm>
      </Section>

      <Section headingId="audit-results-heading" title={t("resultHeading")}>
        <p className="font-bold">
          {rows.length > 0 ? t("range", { total, from: first, to: last }) : t("total", { total })}
        </p>
        <AdminTable
          list="audit"
          columns={[
            {
              key: "at",
              rowHeader: true,
              nowrap: true,
              cell: (r) => <time dateTime={r.at}>{formatDateTime(r.at, locale)}</time>,
            },
            {
              key: "actor",
              className: "min-w-48 break-all",
              cell: (r) => r.actor ?? t("noActor"),
            },
            { key: "role", nowrap: true, cell: (r) => roleLabel(r.actorRole) },
            {
              key: "action",
              className: "min-w-40",
              cell: (r) => {
                const label = actionLabel(r.action);
                return (
                  <>
                    {label && <span className="block font-bold">{label}</span>}
                    <code className="text-sm break-all text-solid-gray-800">{r.action}</code>
                  </>
                );
              },
            },
            {
              key: "target",
              className: "min-w-48",
              cell: (r) => (
                <>
                  {entityLabel(r.entityType)}
                  {r.item ? (
                    <span className="block font-bold">{t("itemLabel", r.item)}</span>
                  ) : (
                    r.entityId !== null && (
                      <span className="block font-mono text-sm break-all text-solid-gray-800">{r.entityId}</span>
                    )
                  )}
                </>
              ),
            },
            {
              key: "outcome",
              cell: (r) => (
                <Badge {...(OUTCOME_STYLE[r.outcome] ?? OUTCOME_STYLE.failed)}>
                  {t.has(`outcome.${r.outcome}`) ? t(`outcome.${r.outcome}`) : r.outcome}
                </Badge>
              ),
            },
            { key: "details", cell: (r) => <AuditDetails row={r} /> },
          ]}
          rows={rows}
          rowKey={(r) => r.id}
        />
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
      </Section>
    </div>
  );
}
