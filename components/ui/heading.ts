/**
 * The one heading scale (DADS "std" type tokens), by a heading's role rather than its level: the
 * level follows the document outline, the size follows these four steps.
 */
export const headingClass = {
  /** a page's title (h1) */
  page: "text-std-28B-150 text-solid-gray-900 md:text-std-32B-150",
  /** a section of a page */
  section: "text-std-24B-150 text-solid-gray-900",
  /** a part of a section, a card's title */
  subsection: "text-std-20B-150 text-solid-gray-900",
  /** a small group inside a card or form */
  minor: "text-std-18B-160 text-solid-gray-900",
} as const;
