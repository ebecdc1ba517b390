/** A page's title and its lead paragraph. */
export function PageHeader({ title, lead }: { title: string; lead: string }) {
  return (
    <header className="flex flex-col gap-3">
      <h1 className="text-3xl font-bold">{title}</h1>
      <p>{lead}</p>
    </header>
  );
}
