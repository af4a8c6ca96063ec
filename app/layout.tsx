import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { HydrationMark } from "@/components/layout/HydrationMark";
import { SiteOriginProvider } from "@/components/layout/SiteOrigin";
import { PAGE_TEXT } from "@/lib/pages";
import { publicOrigin } from "@/lib/site-origin";
import { themeCss } from "@/lib/theme";
import "./globals.css";
import "./controls.css";
import "./charts-extra.css";
import "./answer-first.css";

export const metadata: Metadata = {
  // Social previews need absolute addresses; pages give paths (as the oEmbed link does) and this makes
  // them absolute, on the public origin (static pages read SITE_URL at build time, others at run time).
  metadataBase: new URL(publicOrigin()),
  title: { default: PAGE_TEXT["/"].title, template: "%s · HER2 Atlas" },
  description: PAGE_TEXT["/"].description,
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#111418" },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <head>
        <style>{themeCss()}</style>
      </head>
      <body>
        <HydrationMark />
        <SiteOriginProvider origin={publicOrigin()}>{children}</SiteOriginProvider>
      </body>
    </html>
  );
}
