"use client";
import { createContext, useContext } from "react";
import type { Wording } from "@/lib/charts/wording";
import { Disclosure, type DisclosureProps } from "./Disclosure";

/**
 * The page's wording, for the blocks that answer to it: "plain" shows the answer, "details" opens the
 * tables, notes, definitions and methods as well. A page without a wording switch reads "plain".
 */
export const WordingContext = createContext<Wording>("plain");

/** A disclosure that the "details" wording opens (the reader can still open or close it). */
export function WordingDisclosure(props: Omit<DisclosureProps, "open">) {
  const wording = useContext(WordingContext);
  return <Disclosure {...props} open={wording === "details"} />;
}

export function useWording(): Wording {
  return useContext(WordingContext);
}
