"use client";
import { createContext, useContext, type ReactNode } from "react";
import type { Source, TherapyRow } from "@/lib/datasets/schemas";

interface CardData {
  therapies: readonly TherapyRow[];
  sources: readonly Source[];
}

const TherapiesContext = createContext<CardData>({ therapies: [], sources: [] });

/** The FDA approvals dataset and the sources it and the flow's text cite, from the server page to every result card. */
export function TherapiesProvider({ therapies, sources, children }: CardData & { children: ReactNode }) {
  return <TherapiesContext.Provider value={{ therapies, sources }}>{children}</TherapiesContext.Provider>;
}

export function useTherapies(): readonly TherapyRow[] {
  return useContext(TherapiesContext).therapies;
}

export function useSources(): readonly Source[] {
  return useContext(TherapiesContext).sources;
}
