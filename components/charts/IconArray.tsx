import { Group } from "@visx/group";
import { useId } from "react";
import { iconArrayCells } from "@/lib/charts/compare";
import { ICON_ARRAY } from "@/lib/charts/layout";

/** "Out of 100 people": `filled` icons in the subtype's colour, the rest hollow. A fixed-ratio picture. */
export function IconArray({ filled, color, title, description }: { filled: number; color: string; title: string; description: string }) {
  const { columns, rows, cell, radius } = ICON_ARRAY;
  const id = useId();
  return (
    <svg
      viewBox={`0 0 ${columns * cell} ${rows * cell}`}
      className="icon-array"
      role="img"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-desc`}
      data-testid="icon-array"
      data-filled={filled}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      <Group>
        {iconArrayCells(filled).map(({ cx, cy, on }, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a cell of the fixed 10 × 10 grid is its position
          <circle key={i} cx={cx} cy={cy} r={radius} fill={on ? color : "none"} stroke={on ? color : "var(--muted)"} strokeWidth={1.5} />
        ))}
      </Group>
    </svg>
  );
}
