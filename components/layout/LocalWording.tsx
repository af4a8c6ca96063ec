"use client";
import { createContext, type ReactNode, useContext, useState } from "react";
import type { Wording } from "@/lib/charts/wording";
import { useHydrated } from "./useHydrated";
import { useWording, WordingContext } from "./WordingContext";
import { WordingSwitch } from "./WordingSwitch";

const SetWording = createContext<((wording: Wording) => void) | null>(null);

/**
 * Wording for a chart on a static page, where the URL cannot carry it: kept in the browser. The
 * server renders the chart in both wordings (`ByWording`) and this shows one, so the chart itself
 * ships no script; only this state and its switch do.
 */
export function LocalWording({ children }: { children: ReactNode }) {
  const [wording, setWording] = useState<Wording>("plain");
  return (
    <WordingContext value={wording}>
      <SetWording value={setWording}>{children}</SetWording>
    </WordingContext>
  );
}

/** The switch, shown only once hydrated: without JavaScript it could do nothing. */
export function LocalWordingSwitch() {
  const wording = useWording();
  const setWording = useContext(SetWording);
  const hydrated = useHydrated();
  if (!hydrated || !setWording) return null;
  return (
    <div className="controls">
      <WordingSwitch selected={wording} onChange={setWording} />
    </div>
  );
}

/** One of two server-rendered versions of a block, by the wording in force. */
export function ByWording({ plain, details }: { plain: ReactNode; details: ReactNode }) {
  return useWording() === "details" ? details : plain;
}
