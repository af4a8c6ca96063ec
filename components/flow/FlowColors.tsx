import { PaletteStyle } from "@/components/charts/PaletteStyle";
import { flowColorCss } from "@/lib/charts/flow/style";

/** The flow palette, defined once in lib/charts/flow/style. */
export function FlowColors() {
  return <PaletteStyle href="flow-colors" css={flowColorCss()} />;
}
