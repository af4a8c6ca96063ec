"use client";
import { createContext, type ReactNode, useContext } from "react";

/**
 * The public origin (lib/site-origin), handed down from the server: the browser's own address may be
 * a preview, a proxy's internal name or a local copy, and a snippet or citation must name the site.
 */
const SiteOriginContext = createContext("");

export function SiteOriginProvider({ origin, children }: { origin: string; children: ReactNode }) {
  return <SiteOriginContext value={origin}>{children}</SiteOriginContext>;
}

export function useSiteOrigin(): string {
  return useContext(SiteOriginContext);
}
