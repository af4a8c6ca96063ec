import { Group } from "@visx/group";
import { ICON_ARRAY } from "@/lib/charts/layout";

/** "Out of 100 people": `filled` icons in the subtype's colour, the rest hollow. A fixed-ratio picture. */
export function IconArray({ filled, color, title, description }: { filled: number; color: string; title: string; description: string }) {
  const { columns, rows, cell, radius } = ICON_ARRAY;
  const size = columns * cell;
  return (
    <svg viewBox={`0 0 ${size} ${rows * cell}`} className="icon-array" role="img" aria-label={`${title}. ${description}`} data-testid="icon-array" data-filled={filled}>
      <Group>
        {Array.from({ length: columns * rows }, (_, i) => {
          const cx = (i % columns) * cell + cell / 2;
          const cy = Math.floor(i / columns) * cell + cell / 2;
          const on = i < filled;
          return <circle key={i} cx={cx} cy={cy} r={radius} fill={on ? color : "none"} stroke={on ? color : "var(--muted)"} strokeWidth={1.5} />;
        })}
      </Group>
    </svg>
  );
}
