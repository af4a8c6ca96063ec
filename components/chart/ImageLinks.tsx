"use client";
import { useState } from "react";
import { useHydrated } from "@/components/layout/useHydrated";
import { imageUrl } from "@/lib/export/image-url";
import { ImageLinksView } from "./ShareViews";

/** Image downloads for slides (the same URLs work pasted into a deck) and, once the page runs, a copy-to-clipboard button. */
export function ImageLinks({ imagePath, title }: { imagePath: string; title: string }) {
  const hydrated = useHydrated();
  const [status, setStatus] = useState("");
  const base = imagePath.split("?")[0];
  const url = (format: "svg" | "png", extra: string) => imageUrl(imagePath, format, extra);
  async function copyPng() {
    try {
      const blob = await (await fetch(url("png", "size=slide"))).blob();
      await navigator.clipboard.write([new ClipboardItem({ "image/png": blob })]);
      setStatus("Copied the image.");
    } catch {
      setStatus("Your browser did not allow copying; use the PNG link instead.");
    }
  }
  return (
    <ImageLinksView
      imagePath={imagePath}
      title={title}
      copy={
        hydrated && (
          <>
            <button type="button" className="button secondary small" onClick={copyPng} aria-describedby={`${base}-copy-status`}>
              Copy image
            </button>
            <span id={`${base}-copy-status`} role="status" className="muted">
              {status}
            </span>
          </>
        )
      }
    />
  );
}
