"use client";
import { type ReactNode, useState } from "react";
import type { Wording } from "@/lib/charts/wording";
import { useHydrated } from "./useHydrated";
import { WordingSwitch } from "./WordingSwitch";

/**
 * Wording for a chart on a static page, where the URL cannot carry it: kept in the component, with
 * its switch shown only once hydrated (without JavaScript the switch could do nothing).
 */
export function useLocalWording(): { wording: Wording; controls: ReactNode } {
  const [wording, setWording] = useState<Wording>("plain");
  const hydrated = useHydrated();
  const controls = hydrated && (
    <div className="controls">
      <WordingSwitch selected={wording} onChange={setWording} />
    </div>
  );
  return { wording, controls };
}
