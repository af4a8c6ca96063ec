"use client";
import { type ReactNode, Suspense, useEffect, useRef, useState } from "react";

/**
 * Renders its children once the <details> around it has been opened (or at once if it already is):
 * with lazy children, code most readers never need loads on the first opening, not with the page.
 */
export function WhenOpened({ fallback, children }: { fallback: ReactNode; children: ReactNode }) {
  const anchor = useRef<HTMLDivElement>(null);
  const [opened, setOpened] = useState(false);
  useEffect(() => {
    const details = anchor.current?.closest("details");
    if (!details || details.open) {
      setOpened(true);
      return;
    }
    const onToggle = () => details.open && setOpened(true);
    details.addEventListener("toggle", onToggle);
    return () => details.removeEventListener("toggle", onToggle);
  }, []);
  return <div ref={anchor}>{opened && <Suspense fallback={fallback}>{children}</Suspense>}</div>;
}
