import { createNavigation } from "next-intl/navigation";
import { routing } from "./routing.ts";

/** Locale-aware Link and helpers: links keep the visitor's language. */
export const { Link, redirect, usePathname, useRouter, getPathname } = createNavigation(routing);
