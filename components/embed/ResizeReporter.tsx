"use client";
import { useEffect } from "react";
import { RESIZE_MESSAGE_TYPE } from "@/lib/embed";

/** Tells the embedding page how tall the content is, whenever it changes. Nothing else is sent. */
export function ResizeReporter() {
  useEffect(() => {
    if (window.parent === window) return;
    const report = () => window.parent.postMessage({ type: RESIZE_MESSAGE_TYPE, height: document.documentElement.scrollHeight }, "*");
    const observer = new ResizeObserver(report);
    observer.observe(document.body);
    report();
    return () => observer.disconnect();
  }, []);
  return null;
}
