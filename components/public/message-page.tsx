import { headingClass } from "@/components/ui/heading";
import { Link } from "@/lib/i18n/navigation";

/**
 * A page that only says one thing (not found, not allowed): its heading, the message and a link
 * on. Without hooks, so that both a client error page and a server component can render it.
 */
export function MessagePage({
  title,
  heading,
  message,
  messageClassName,
  back,
}: {
  /** the document's title, where the page sets none through its metadata */
  title?: string;
  heading: string;
  message: string;
  messageClassName: string;
  back: { href: string; label: string; className: string };
}) {
  return (
    <div className="flex flex-col gap-6">
      {title && <title>{title}</title>}
      <h1 className={headingClass.page}>{heading}</h1>
      <p className={messageClassName}>{message}</p>
      <p>
        <Link href={back.href} className={back.className}>
          {back.label}
        </Link>
      </p>
    </div>
  );
}
