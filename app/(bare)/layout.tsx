import type { ReactNode } from "react";

/** Embeds (inside other sites) and the presentation: the content alone, without the site's chrome. */
export default function BareLayout({ children }: { children: ReactNode }) {
  return (
    <main id="main" className="bare">
      {children}
    </main>
  );
}
