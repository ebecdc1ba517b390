"use client";

/** Opens the browser's print dialog; hidden on paper. */
export function PrintButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="no-print rounded-8 bg-key-900 px-6 py-3 font-bold text-white hover:bg-key-1000"
    >
      {label}
    </button>
  );
}
