import { useId } from "react";
import { escapeXml, pageMarksToSvg } from "@/lib/scene/svg";
import type { Scene } from "@/lib/scene/types";
import { sceneRootProps } from "./scene-root";

/**
 * The page renderer: a scene as an <svg> in the page, colours left as the theme's CSS variables so
 * the page follows the reader's scheme. Each mark with a datum is focusable (one Tab stop per chart:
 * `ExplorableChart` moves focus between them) and carries its tooltip's place for that island.
 * No hooks beyond an id: server components render it, and so do client components.
 *
 * The marks go in as markup (lib/scene/svg's `pageMarksToSvg`), not as React elements: nothing
 * but the DOM reads them (ExplorableChart listens on the chart's box), so React need not send
 * each one in the page's payload nor walk each one when it hydrates, the bulk of a chart page's
 * main-thread work on a phone. Marks that take handlers (the flow diagram's boxes) are drawn as
 * React elements by `SceneElements`, with the same attributes.
 */
export function SceneSvg({ scene, className, testId }: { scene: Scene; className?: string; testId?: string }) {
  const id = useId();
  const heading = `<title id="${escapeXml(`${id}-title`)}">${escapeXml(scene.title)}</title><desc id="${escapeXml(`${id}-desc`)}">${escapeXml(scene.description)}</desc>`;
  return (
    // biome-ignore lint/security/noDangerouslySetInnerHtml: every text and attribute value is escaped by lib/scene/svg (tested with markup in the data)
    <svg {...sceneRootProps(scene, id, className, testId)} dangerouslySetInnerHTML={{ __html: heading + pageMarksToSvg(scene.marks) }} />
  );
}
