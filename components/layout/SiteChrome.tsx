"use client";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";

/** Routes shown without the site's header and footer: embeds (inside other sites) and presentation mode. */
export function isBareRoute(pathname: string): boolean {
  return /^\/(embed|present)(\/|$)/.test(pathname);
}

/** The site's chrome around every page, except bare routes, which keep only their content. */
export function SiteChrome({ header, footer, children }: { header: ReactNode; footer: ReactNode; children: ReactNode }) {
  const bare = isBareRoute(usePathname() ?? "/");
  if (bare)
    return (
      <main id="main" className="bare">
        {children}
      </main>
    );
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      {header}
      <main id="main">{children}</main>
      {footer}
    </>
  );
}
