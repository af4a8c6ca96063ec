"use client";
import { usePathname } from "next/navigation";
import { useLayoutEffect, useRef } from "react";
import type { PageLink } from "@/lib/pages";
import "./site-nav.css";

/** The site navigation; marks the current page for screen readers and sighted users alike. */
export function SiteNav({ items }: { items: readonly PageLink[] }) {
  const pathname = usePathname();
  const nav = useRef<HTMLElement>(null);
  // On a phone the links scroll sideways (site-nav.css): bring the current page's link into view, by
  // scrolling the bar alone (scrollIntoView could also move the page from a #fragment it opened at).
  const currentIndex = items.findIndex((item) => item.href === pathname);
  useLayoutEffect(() => {
    const bar = nav.current;
    const current = bar?.querySelectorAll("a")[currentIndex];
    if (!bar || !current || bar.scrollWidth <= bar.clientWidth) return;
    // Past the faded edge (about 40 px) counts as out of view.
    const hidden = current.getBoundingClientRect().right - (bar.getBoundingClientRect().right - 40);
    if (hidden > 0) bar.scrollLeft += hidden;
  }, [currentIndex]);
  return (
    <nav className="site-nav" aria-label="Main" ref={nav}>
      <ul>
        {items.map((item) => (
          <li key={item.href}>
            <a href={item.href} aria-current={pathname === item.href ? "page" : undefined}>
              {item.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
