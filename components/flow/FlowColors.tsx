import { flowColorCss } from "@/lib/charts/flow/style";

/** The flow palette, defined once in lib/her2/flow-style; React hoists and dedupes it into <head>. */
export function FlowColors() {
  return (
    <style href="flow-colors" precedence="default">
      {flowColorCss()}
    </style>
  );
}
