import { useState } from "react";

/** The case's own link (its inputs are the URL query), and a button that copies it. */
export function ShareCase({ search, hydrated }: { search: string; hydrated: boolean }) {
  const [copied, setCopied] = useState<{ search: string; ok: boolean } | null>(null);
  if (search === "") return null;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setCopied({ search, ok: true });
    } catch {
      setCopied({ search, ok: false });
    }
  };
  return (
    <p className="share-case">
      <a href={`/testing${search}`}>Link to this case</a>
      {hydrated && (
        <button type="button" className="link-button" onClick={copy}>
          Copy link
        </button>
      )}
      <span role="status">{copied?.search === search ? (copied.ok ? "Link copied." : "Copying failed: copy the address bar instead.") : ""}</span>
    </p>
  );
}
