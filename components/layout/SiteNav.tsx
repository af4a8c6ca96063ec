"use client";
import { usePathname } from "next/navigation";
import type { PageLink } from "@/lib/pages";

/** The site navigation; marks the current page for screen readers and sighted users alike. */
export function SiteNav({ items }: { items: readonly PageLink[] }) {
  const pathname = usePathname();
  return (
    <nav className="site-nav" aria-label="Main">
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
