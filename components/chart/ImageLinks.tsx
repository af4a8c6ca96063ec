"use client";
import { useState } from "react";
import { imageUrl } from "@/lib/export/image-url";

/** Image downloads for slides (the same URLs work pasted into a deck) and a copy-to-clipboard button. */
export function ImageLinks({ imagePath, title }: { imagePath: string; title: string }) {
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
    <span className="image-links">
      Image:{" "}
      <a href={url("svg", "size=slide")} download>
        SVG
      </a>{" "}
      ·{" "}
      <a href={url("png", "size=slide")} download>
        PNG 16:9
      </a>{" "}
      ·{" "}
      <a href={url("png", "size=square")} download>
        PNG square
      </a>{" "}
      ·{" "}
      <a href={url("png", "size=slide&theme=dark")} download>
        PNG dark
      </a>{" "}
      <button type="button" className="button secondary small" onClick={copyPng} aria-describedby={`${base}-copy-status`}>
        Copy image
      </button>
      <span id={`${base}-copy-status`} role="status" className="muted">
        {status}
      </span>
      <span className="sr-only"> ({title})</span>
    </span>
  );
}
