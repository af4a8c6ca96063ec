/**
 * The outcomes chart's categories: who is alive with surgery alone, the extra women alive thanks to
 * each treatment, those a treatment's harm costs, and who died of breast cancer or of other causes. One colour each (≥3:1 on both
 * page backgrounds, WCAG 1.4.11), as CSS custom properties on the page and inline in images.
 */
import { type ColorMode, paletteCss } from "../theme";

export const OUTCOME_CATEGORIES = ["surgery", "radio", "horm", "generation", "traz", "bis", "harm", "breast", "other"] as const;
export type OutcomeCategory = (typeof OUTCOME_CATEGORIES)[number];

export const OUTCOME_STYLES: Record<OutcomeCategory, { label: string; color: Record<ColorMode, string> }> = {
  surgery: { label: "Alive with surgery alone", color: { light: "#1f6e43", dark: "#5fd08f" } },
  radio: { label: "Extra alive with radiotherapy", color: { light: "#6a3d9a", dark: "#c0a5e8" } },
  horm: { label: "Extra alive with hormone therapy", color: { light: "#00758f", dark: "#52c7de" } },
  generation: { label: "Extra alive with chemotherapy", color: { light: "#a24e00", dark: "#f5a35c" } },
  traz: { label: "Extra alive with trastuzumab", color: { light: "#b0305c", dark: "#f48fb6" } },
  bis: { label: "Extra alive with a bisphosphonate", color: { light: "#6b6b00", dark: "#d4d45a" } },
  // Deaths from other causes that a treatment's harm adds (chemotherapy, radiation to the heart).
  harm: { label: "Alive with surgery alone, died of a treatment’s harm", color: { light: "#9b2226", dark: "#ff8577" } },
  breast: { label: "Died of breast cancer", color: { light: "#3d4550", dark: "#aeb6c0" } },
  other: { label: "Died of other causes", color: { light: "#7b848f", dark: "#6f7782" } },
};

export function outcomeColorVar(category: OutcomeCategory): string {
  return `var(--outcome-${category})`;
}

export function outcomeColorCss(): string {
  return paletteCss("outcome", OUTCOME_CATEGORIES, (id, mode) => OUTCOME_STYLES[id].color[mode]);
}
