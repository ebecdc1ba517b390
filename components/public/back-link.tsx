import { Link } from "@/lib/i18n/navigation";

/** A page's way back to its list, as a one-link breadcrumb navigation. */
export function BackLink({ label, href, text }: { label: string; href: string; text: string }) {
  return (
    <nav aria-label={label}>
      <Link href={href} className="text-key-900 underline underline-offset-4">
        {text}
      </Link>
    </nav>
  );
}
