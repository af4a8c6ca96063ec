"use client";
import { createContext, useContext, type ReactNode } from "react";
import type { TherapyRow } from "@/lib/datasets/schemas";

const TherapiesContext = createContext<readonly TherapyRow[]>([]);

/** The FDA approvals dataset, handed down from the server page to every result card. */
export function TherapiesProvider({ therapies, children }: { therapies: readonly TherapyRow[]; children: ReactNode }) {
  return <TherapiesContext.Provider value={therapies}>{children}</TherapiesContext.Provider>;
}

export function useTherapies(): readonly TherapyRow[] {
  return useContext(TherapiesContext);
}
