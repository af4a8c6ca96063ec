import { limitNotices } from "@/lib/charts/url-state";

/** Visible notices about the URL (e.g. a setting that was not recognised and fell back to default). */
export function Notices({ notices }: { notices: readonly string[] }) {
  if (notices.length === 0) return null;
  return (
    <div className="notice" role="status" data-testid="url-notice">
      {limitNotices(notices).map((notice) => (
        <p key={notice}>{notice}</p>
      ))}
    </div>
  );
}
