"use client";

import { useEffect, useRef } from "react";
import { buttonClass } from "@/components/ui/button";
import { headingClass } from "@/components/ui/heading";

export interface ErrorNoticeText {
  title: string;
  heading: string;
  body: string;
  retry: string;
  backHome: string;
}

/** What a person sees when a page fails unexpectedly: what happened, what to do, and a way back. */
export function ErrorNotice({
  text,
  reference,
  retry,
  homeHref,
}: {
  text: ErrorNoticeText;
  reference: string | null;
  retry: () => void;
  homeHref: string;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  // Screen-reader and keyboard users land on the message, not somewhere in the old page.
  useEffect(() => heading.current?.focus(), []);
  return (
    <div role="alert" className="flex flex-col gap-6">
      <title>{text.title}</title>
      <h1 ref={heading} tabIndex={-1} className={headingClass.page}>
        {text.heading}
      </h1>
      <p className="text-std-16N-175">{text.body}</p>
      {reference && <p className="text-std-16N-175 text-solid-gray-800">{reference}</p>}
      <div className="flex flex-wrap gap-4">
        <button type="button" onClick={retry} className={buttonClass.primary}>
          {text.retry}
        </button>
        {/* A plain link: after a failure the client router's state may be what failed. */}
        <a href={homeHref} className="inline-flex min-h-11 items-center text-std-16N-175">
          {text.backHome}
        </a>
      </div>
    </div>
  );
}
