// @vitest-environment node
import { it } from "vitest";
import { chartImageScene } from "@/lib/charts/image-scene";
import { parseChartRequest } from "@/lib/export/charts";
import { placedText } from "./scene/placed-text";

it("sizes", () => {
  for (const size of ["slide", "square"]) {
    const request = parseChartRequest(`treatments.svg`, new URLSearchParams(`size=${size}`), "https://her2.example.org");
    if (!request.ok) throw new Error("x");
    const texts = placedText(chartImageScene(request.spec()));
    const bySize = new Map<string, string[]>();
    for (const t of texts) bySize.set(t.size.toFixed(1), [...(bySize.get(t.size.toFixed(1)) ?? []), t.text.slice(0, 18)]);
    console.log(`SIZE ${size}`, [...bySize].map(([s, list]) => `${s}: ${list.length} (${list.slice(0, 2).join(", ")})`).join(" | "));
  }
});
