import { createNavigation } from "next-intl/navigation";
import type { ComponentProps } from "react";
import { routing } from "./routing.ts";

const navigation = createNavigation(routing);

/** Locale-aware helpers: links and redirects keep the visitor's language. */
export const { redirect, usePathname, useRouter, getPathname } = navigation;

/**
 * The locale-aware link, without the router's prefetch by default: on a phone every link in view
 * (the menu alone has seven) cost a background request and its parsing on the main thread during
 * the first seconds, for pages the visitor mostly never opens. A link may still ask for it.
 */
export function Link({ prefetch = false, ...props }: ComponentProps<typeof navigation.Link>) {
  return <navigation.Link prefetch={prefetch} {...props} />;
}
