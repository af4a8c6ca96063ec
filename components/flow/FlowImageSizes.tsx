/** What each of the diagram's image sizes draws: the whole diagram cannot be read in a 16:9 box, so those draw less of it. */
export function FlowImageSizes() {
  return (
    <p className="muted" data-testid="flow-image-sizes">
      The 16:9 images draw the case&rsquo;s path alone, or without a case, where each IHC score leads; the square image draws the whole diagram.
    </p>
  );
}
