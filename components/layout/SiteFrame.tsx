import type { ReactNode } from "react";
import { DATA_VERSION } from "@/lib/datasets";
import { NAV_LINKS } from "@/lib/pages";
import { SiteNav } from "./SiteNav";

/** The site's chrome around a page: skip link, header with the navigation, the page as `main`, footer. */
export function SiteFrame({ children }: { children: ReactNode }) {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <div className="inner">
          <a className="brand" href="/">
            HER2 Atlas
          </a>
          <SiteNav items={NAV_LINKS} />
        </div>
      </header>
      {/* Focusable by script only, so the skip link moves focus here and the next Tab starts in the page, in every screen reader. */}
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <div className="inner">
          <p>
            HER2 Atlas is educational. Figures are population averages from the periods named beside them, not a prediction for any one person. Talk to your
            care team about your own situation.
          </p>
          <p>Data release {DATA_VERSION}. Every figure links to its source.</p>
        </div>
      </footer>
    </>
  );
}
