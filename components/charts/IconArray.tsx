import { iconArrayScene } from "@/lib/charts/icon-array-scene";
import { SceneSvg } from "./SceneSvg";

/** "Out of 100 people": `filled` icons in the subtype's colour, the rest hollow. A fixed-ratio picture. */
export function IconArray({ filled, color, title, description }: { filled: number; color: string; title: string; description: string }) {
  return <SceneSvg scene={iconArrayScene({ filled, title, description }, color)} className="icon-array" />;
}
