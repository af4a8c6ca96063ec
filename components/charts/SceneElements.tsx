import { useId } from "react";
import type { Scene } from "@/lib/scene/types";
import { type GroupProps, type MarkContext, renderMark } from "./scene-marks";
import { sceneRootProps } from "./scene-root";

export type { GroupProps };

/**
 * A scene as React elements, for marks a component gives props to (the flow diagram's boxes take
 * handlers and state): the same SVG `SceneSvg` writes as markup, which every other chart uses.
 */
export function SceneElements({ scene, className, testId, groupProps }: { scene: Scene; className?: string; testId?: string; groupProps: GroupProps }) {
  const id = useId();
  const counter: MarkContext = { next: 0, groupProps };
  return (
    <svg {...sceneRootProps(scene, id, className, testId)}>
      <title id={`${id}-title`}>{scene.title}</title>
      <desc id={`${id}-desc`}>{scene.description}</desc>
      {scene.marks.map((mark, index) => renderMark(mark, index, counter))}
    </svg>
  );
}
