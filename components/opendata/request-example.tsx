import { JaRuns } from "@/components/ui/ja";
/** A command to copy: wrapped rather than scrolled, so that it needs no scrolling region. */
export function RequestExample({ label, command }: { label: string; command: string }) {
  return (
    <figure className="flex flex-col gap-1">
      <figcaption className="text-sm">{label}</figcaption>
      <pre className="whitespace-pre-wrap break-all rounded-8 bg-solid-gray-50 p-3 text-sm">
        <code>
          <JaRuns text={command} />
        </code>
      </pre>
    </figure>
  );
}
