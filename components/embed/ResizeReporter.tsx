"use client";
import { useEffect } from "react";
import { MEASURE_MESSAGE_TYPE, RESIZE_MESSAGE_TYPE } from "@/lib/embed";

/**
 * Tells the embedding page how tall the content is, whenever it changes, and again when the page's
 * embed script asks (it may start listening after the first report). Nothing else is sent.
 * It measures the body's own box, not the document's scrollHeight: scrollHeight is never less than
 * the iframe's viewport, so an iframe started taller than its content could never shrink.
 */
export function ResizeReporter() {
  useEffect(() => {
    if (window.parent === window) return;
    const report = () => window.parent.postMessage({ type: RESIZE_MESSAGE_TYPE, height: Math.ceil(document.body.getBoundingClientRect().height) }, "*");
    const observer = new ResizeObserver(report);
    observer.observe(document.body);
    const onAsked = (event: MessageEvent) => {
      if (event.source === window.parent && event.data?.type === MEASURE_MESSAGE_TYPE) report();
    };
    window.addEventListener("message", onAsked);
    report();
    return () => {
      observer.disconnect();
      window.removeEventListener("message", onAsked);
    };
  }, []);
  return null;
}
