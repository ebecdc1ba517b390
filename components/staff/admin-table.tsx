import type { Messages } from "next-intl";
import { getTranslations } from "next-intl/server";
import { type Column, Table } from "@/components/ui/table";
import { messageOr } from "@/lib/i18n/runtime-key";

/** The secretariat's lists; each has the same catalog shape under admin.<list>. */
type AdminList = "audit" | "periods" | "users" | "items";

/** A column of an admin list; its header is the catalog's admin.<list>.columns.<key>. */
export type AdminColumn<L extends AdminList, T> = Omit<Column<T>, "header" | "key"> & {
  key: keyof Messages["admin"][L]["columns"] & string;
};

/**
 * An admin list as a table, its texts from the list's catalog: the caption (with the row count where
 * it states one), the region's name, the column headers and, where the list can be empty, the notice
 * instead of an empty table; above the table the hint that it scrolls sideways.
 */
export async function AdminTable<L extends AdminList, T>({
  list,
  columns,
  rows,
  rowKey,
}: {
  list: L;
  columns: AdminColumn<L, T>[];
  rows: readonly T[];
  rowKey: (row: T) => string | number;
}) {
  const t = await getTranslations("admin");
  // Typed as any of the lists: each key below is in all of them (the empty notice is checked at run time).
  const scope: AdminList = list;
  const empty = messageOr(t, `${scope}.empty`, null);
  if (rows.length === 0 && empty !== null) {
    return <p className="rounded-8 border border-solid-gray-420 bg-solid-gray-50 p-4">{empty}</p>;
  }
  return (
    <>
      <p className="text-sm text-solid-gray-800">{t("common.scrollHint")}</p>
      <Table<T>
        caption={t(`${scope}.tableCaption`, { count: rows.length })}
        label={t(`${scope}.scrollLabel`)}
        columns={columns.map((column) => ({
          ...column,
          header: messageOr(t, `${scope}.columns.${column.key}`, column.key),
        }))}
        rows={rows}
        rowKey={rowKey}
      />
    </>
  );
}
