"use client";

import { Link, usePathname } from "@/lib/i18n/navigation";

export type NavItem = { href: string; label: string };

const within = (pathname: string, href: string) =>
  pathname === href || (href !== "/" && pathname.startsWith(`${href}/`));

/**
 * "page" only for the exact page; a detail page marks its section with "true" so screen readers
 * don't claim the section index is open. Only the closest section is marked: on /staff/voices,
 * 市民の声 and not the /staff home as well.
 */
function currentState(pathname: string, href: string, items: readonly NavItem[]): "page" | "true" | undefined {
  const closest = items
    .filter((item) => within(pathname, item.href))
    .reduce<string | null>((best, item) => (best === null || item.href.length > best.length ? item.href : best), null);
  if (closest !== href) return undefined;
  return pathname === href ? "page" : "true";
}

export function NavLinks({ label, items }: { label: string; items: readonly NavItem[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} className="no-print">
      <ul className="flex flex-wrap gap-1">
        {items.map((item) => {
          const current = currentState(pathname, item.href, items);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={current}
                className={`inline-flex min-h-11 items-center rounded-4 border-b-4 px-3 no-underline hover:underline ${
                  current
                    ? "border-key-900 text-std-16B-170 text-key-900"
                    : "border-transparent text-std-16N-170 text-solid-gray-800 hover:text-key-1000"
                }`}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
