import { getFormatter, getTranslations } from "next-intl/server";
import { ColumnDictionary } from "@/components/opendata/column-dictionary";
import { RequestExample } from "@/components/opendata/request-example";
import { BulletList } from "@/components/public/bullet-list";
import { JaRuns, ja } from "@/components/ui/ja";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { enterLocale, titleFromCatalog } from "@/lib/i18n/page-locale";
import { getMunicipality } from "@/lib/municipality/get-municipality";
import { notifyConfig } from "@/lib/notifications/notify";
import { getDatasetRecords, getOpenDataUpdated } from "@/lib/opendata/datasets";
import { DATASET_NAMES } from "@/lib/opendata/dictionary";
import { columnsWithExamples, DATASET_FORMATS } from "@/lib/opendata/formats";
import { formatDateTime } from "@/lib/wareki";

// Served from cache: a change expires it at once on the instance that made it, and another
// instance's change shows within 10 s (CROSS_INSTANCE_SECONDS, lib/db/cached.ts).
export const revalidate = 10;

export const generateMetadata = titleFromCatalog("opendata");

/** CC BY 4.0 (any language version of its deed or legal code): the licence PDL1.0 is compatible with. */
const isCcBy4 = (url: string) => /creativecommons\.org\/licenses\/by\/4\.0/.test(url);

const datasetPath = (name: string, format: string) => `/api/v1/datasets/${name}.${format}`;

export default async function OpenDataPage({ params }: PageProps<"/[locale]/opendata">) {
  const locale = await enterLocale(params);
  const [t, format, municipality, updated] = await Promise.all([
    getTranslations("opendata"),
    getFormatter(),
    getMunicipality(),
    getOpenDataUpdated(),
  ]);
  // The examples (the dictionary's and the requests') come from this portal's own data.
  const [items, reports, indicators, indicatorValues, summary, checks, changes, voices] = await Promise.all([
    getDatasetRecords("items", municipality),
    getDatasetRecords("reports", municipality),
    getDatasetRecords("indicators", municipality),
    getDatasetRecords("indicator-values", municipality),
    getDatasetRecords("summary", municipality),
    getDatasetRecords("checks", municipality),
    getDatasetRecords("changes", municipality),
    getDatasetRecords("voices", municipality),
  ]);
  const columns = columnsWithExamples({
    items,
    reports,
    indicators,
    "indicator-values": indicatorValues,
    summary,
    checks,
    changes,
    voices,
  });
  const sample = items.find((item) => item.section) ?? items[0];
  const updatedText =
    locale === "ja"
      ? formatDateTime(updated, locale)
      : format.dateTime(new Date(updated), { dateStyle: "long", timeStyle: "short", timeZone: "Asia/Tokyo" });
  // The portal's configured address (NEXTAUTH_URL), as the feeds and mails use it.
  const base = notifyConfig().baseUrl;
  const api = [
    {
      key: "items",
      path: "/api/v1/items",
      command: `curl -G '${base}/api/v1/items' --data-urlencode 'q=${sample?.section ?? ""}' --data-urlencode 'status=実施中'`,
    },
    { key: "item", path: "/api/v1/items/{number}", command: `curl '${base}/api/v1/items/${sample?.number ?? 1}'` },
    { key: "itemsCsv", path: "/api/v1/items.csv", command: `curl -o items.csv '${base}/api/v1/items.csv'` },
    { key: "summary", path: "/api/v1/summary", command: `curl '${base}/api/v1/summary?period=2025-first_half'` },
    {
      key: "datasets",
      path: "/api/v1/datasets/{name}.{csv|json|xlsx}",
      command: `curl -O '${base}/api/v1/datasets/reports.csv'\ncurl -i -H "If-None-Match: $ETAG" '${base}/api/v1/datasets/items.json'`,
    },
    {
      key: "feeds",
      path: "/feed.xml, /items/{number}/feed.xml, /departments/{code}/feed.xml",
      command: `curl '${base}/feed.xml'\ncurl '${base}/items/${sample?.number ?? 1}/feed.xml'\ncurl '${base}/departments/${sample?.bureauCode ?? "01"}/feed.xml'`,
    },
  ] as const;
  const toc = [
    ["licence", t("licence.heading")],
    ["updated", t("updated.heading")],
    ["datasets", t("datasets.heading")],
    ["formats", t("formats.heading")],
    ["api", t("api.heading")],
  ];
  const linkClass = "text-key-900 underline underline-offset-4";
  return (
    <div className="flex flex-col gap-10">
      <PageHeader title={t("title")} lead={t.rich("lead", { planName: municipality.planName, ja })} />
      <nav aria-labelledby="toc-heading" className="rounded-12 border border-solid-gray-420 p-4">
        <h2 id="toc-heading" className="font-bold">
          {t("toc")}
        </h2>
        <ul className="mt-2 list-disc pl-6">
          {toc.map(([id, label]) => (
            <li key={id}>
              <a href={`#${id}`} className={linkClass}>
                {label}
              </a>
            </li>
          ))}
        </ul>
      </nav>

      <Section headingId="licence" title={t("licence.heading")} className="flex flex-col gap-3">
        <p>{t.rich("licence.body", { licence: municipality.licenceName, name: municipality.name, ja })}</p>
        <p>
          <a href={municipality.licenceUrl} className={linkClass} rel="license">
            {t("licence.link", { licence: municipality.licenceName })}
          </a>
        </p>
        {isCcBy4(municipality.licenceUrl) && <p>{t("licence.compatible")}</p>}
      </Section>

      <Section headingId="updated" title={t("updated.heading")}>
        <p>{t("updated.body", { date: updatedText })}</p>
      </Section>

      <Section headingId="datasets" title={t("datasets.heading")} className="flex flex-col gap-10">
        {DATASET_NAMES.map((name) => {
          const title = t(`datasets.${name}.title`);
          return (
            <Section
              key={name}
              level={3}
              headingId={`dataset-${name}`}
              title={title}
              lead={<JaRuns text={t(`datasets.${name}.description`)} />}
              className="flex flex-col gap-4"
            >
              <ul aria-label={t("datasets.downloads", { dataset: title })} className="flex flex-wrap gap-3">
                {DATASET_FORMATS.map((f) => (
                  <li key={f}>
                    <a
                      href={datasetPath(name, f)}
                      className="inline-block rounded-8 border border-key-900 px-4 py-2 font-bold text-key-900 underline underline-offset-4"
                    >
                      {t("datasets.download", { dataset: title, format: t(`formatLabels.${f}`) })}
                    </a>
                  </li>
                ))}
              </ul>
              <ColumnDictionary
                caption={t("datasets.dictionary", { dataset: title })}
                columns={columns[name]}
                headers={{
                  label: t("datasets.columns.label"),
                  field: t("datasets.columns.field"),
                  type: t("datasets.columns.type"),
                  example: t("datasets.columns.example"),
                  description: t("datasets.columns.description"),
                }}
                typeLabel={(type) => t(`types.${type}`)}
                language={locale === "ja" ? "ja" : "en"}
              />
            </Section>
          );
        })}
      </Section>

      <Section headingId="formats" title={t("formats.heading")}>
        <BulletList
          lines={[t("formats.csv"), t("formats.inert"), t("formats.json"), t("formats.xlsx"), t("formats.values")]}
          quotesJapanese
        />
      </Section>

      <Section headingId="api" title={t("api.heading")} className="flex flex-col gap-6">
        <p>{t("api.lead")}</p>
        <p>{t("api.conditional")}</p>
        <p>{t("api.errors", { envelope: '{"error": {"code", "message"}}' })}</p>
        {api.map((endpoint) => (
          <Section
            key={endpoint.key}
            level={3}
            headingId={`api-${endpoint.key}`}
            title={<code className="break-words">GET {endpoint.path}</code>}
            className="flex flex-col gap-2"
          >
            <p>{t(`api.${endpoint.key}`)}</p>
            <RequestExample label={t("api.example")} command={endpoint.command} />
          </Section>
        ))}
      </Section>
    </div>
  );
}
