import { SceneSwatch } from "@/components/charts/SceneSwatch";
import { flowSwatch } from "@/lib/charts/flow/scene";
import type { NodeKind } from "@/lib/her2/graph";

const ENTRIES: readonly { kind: NodeKind | "path"; label: string }[] = [
  { kind: "decision", label: "Question" },
  { kind: "step", label: "Test result or ISH group" },
  { kind: "action", label: "Lab action" },
  { kind: "pending", label: "Not final yet" },
  { kind: "status", label: "Final status" },
  { kind: "category", label: "Sub-group of HER2-negative (trials and drug labels, not an ASCO/CAP category)" },
  { kind: "path", label: "Your case's path" },
];

/** What the box styles mean; each swatch is painted from the diagram's own style table. */
export function FlowLegend() {
  return (
    <ul className="flow-legend">
      {ENTRIES.map(({ kind, label }) => (
        <li key={kind}>
          <SceneSwatch width={26} height={14} marks={flowSwatch(kind)} />
          {label}
        </li>
      ))}
    </ul>
  );
}
