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

/** What the box styles mean; each swatch is drawn with the diagram's own classes. */
export function FlowLegend() {
  return (
    <ul className="flow-legend">
      {ENTRIES.map(({ kind, label }) => (
        <li key={kind}>
          <svg width="30" height="18" aria-hidden="true" className="flow-legend-swatch">
            <g className={kind === "path" ? "flow-node kind-step is-path" : `flow-node kind-${kind}`}>
              <rect className="flow-box" x="2" y="2" width="26" height="14" rx={kind === "category" ? 7 : 3} />
            </g>
          </svg>
          {label}
        </li>
      ))}
    </ul>
  );
}
