import type { ReactNode } from "react";
import { type PresentTheme, presentDeclarations } from "@/lib/present-theme";

/** A presentation window in its theme (the slides and the speaker notes alike), named for a screen reader by `title`. */
export function PresentRoot({ theme, title, children }: { theme: PresentTheme; title: string; children: ReactNode }) {
  return (
    <div className={`present-root present-${theme}`}>
      <style>{`.present-${theme}{${presentDeclarations(theme)}}`}</style>
      <h1 className="sr-only">{title}</h1>
      {children}
    </div>
  );
}
