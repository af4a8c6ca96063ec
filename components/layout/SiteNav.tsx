"use client";
import { usePathname } from "next/navigation";

export interface NavItem {
  href: string;
  label: string;
}

/** The site navigation; marks the current page for screen readers and sighted users alike. */
export function SiteNav({ items }: { items: readonly NavItem[] }) {
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
