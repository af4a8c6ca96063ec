import type { Metadata } from "next";
import { imageUrl } from "@/lib/export/image-url";
import { cardName, PAGE_TEXT, type PagePath } from "@/lib/pages";
import { SITE_NAME } from "@/lib/release";
import { EXPORT_SIZES } from "@/lib/scene/frame";

/**
 * A page's title, description and social previews (Open Graph and Twitter's large card). Image
 * and page addresses stay paths, like the oEmbed discovery link: `metadataBase` in the root layout
 * makes them absolute. `image` is a chart's image path without extension (its query following the page's state) or,
 * by default, the page's card.
 */
export function pageMetadata(path: PagePath, options: { image?: string; extra?: Metadata } = {}): Metadata {
  const { title, description } = PAGE_TEXT[path];
  const image = options.image ? imageUrl(options.image, "png", "size=og") : `/api/cards/${cardName(path)}.png`;
  const { width, height } = EXPORT_SIZES.og;
  const images = [{ url: image, width, height, type: "image/png", alt: `${title}: ${description}` }];
  return {
    // The home page keeps the layout's default title, so it does not read "HER2 Atlas · HER2 Atlas".
    ...(path === "/" ? {} : { title }),
    description,
    openGraph: { type: "website", siteName: SITE_NAME, title, description, url: path, images },
    twitter: { card: "summary_large_image", title, description, images },
    ...options.extra,
  };
}
