import type { ReactNode } from "react";

// The empty page of the same Next and React versions: npm run bench's Lighthouse floor.
export default function Layout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <head>
        <title>Empty</title>
      </head>
      <body>{children}</body>
    </html>
  );
}
