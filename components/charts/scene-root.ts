import type { Scene } from "@/lib/scene/types";

/**
 * The page's <svg> for a scene: its size and its accessible name, the title and description
 * elements its ids point at (`id` from the component's useId). Both page renderers start here.
 */
export function sceneRootProps(scene: Scene, id: string, className?: string, testId?: string) {
  return {
    className,
    "data-testid": testId,
    width: scene.width,
    height: scene.height,
    viewBox: scene.viewBox ? `0 0 ${scene.viewBox.width} ${scene.viewBox.height}` : undefined,
    ...(scene.role === "img"
      ? { role: "img", "aria-labelledby": `${id}-title`, "aria-describedby": `${id}-desc` }
      : { role: "graphics-document", "aria-roledescription": scene.roleDescription, "aria-labelledby": `${id}-title ${id}-desc` }),
  };
}
