import type { ComponentProps, ReactNode } from "react";
import { Link } from "@/lib/i18n/navigation";

type Href = ComponentProps<typeof Link>["href"];

/** A page's links to where it belongs (back to a list, to the public page), as a named navigation. */
export function LinkNav({ label, links }: { label: string; links: readonly { href: Href; text: ReactNode }[] }) {
  return (
    <nav aria-label={label}>
      <ul className="flex flex-wrap gap-x-6 gap-y-2">
        {links.map((link) => (
          <li key={String(link.href)}>
            <Link href={link.href} className="text-key-900 underline underline-offset-4">
              {link.text}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
