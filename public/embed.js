// HER2 Atlas embed helper: resizes iframes marked data-her2-atlas-embed to fit their content.
// It trusts a message only if it comes from the Atlas origin, from one of those iframes' windows,
// and has the expected type and a sane numeric height.
(() => {
  const script = document.currentScript;
  const atlasOrigin = script ? new URL(script.src).origin : null;
  window.addEventListener("message", (event) => {
    if (!atlasOrigin || event.origin !== atlasOrigin) return;
    const data = event.data;
    if (data?.type !== "her2-atlas:resize" || typeof data.height !== "number") return;
    if (!(data.height > 0 && data.height < 20000)) return;
    for (const frame of document.querySelectorAll("iframe[data-her2-atlas-embed]")) {
      if (frame.contentWindow === event.source) frame.style.height = `${Math.ceil(data.height)}px`;
    }
  });
  // An embed that loaded first has already reported, to no one: ask each to report again. One that
  // has not loaded yet (a lazy frame still holds this page's about:blank) reports when it does, now
  // that this listens; asking it now would only log an origin mismatch on the host's console.
  const hasLoaded = (frame) => {
    try {
      return frame.contentWindow?.location.href !== "about:blank";
    } catch {
      return true; // another origin's document: the embed itself
    }
  };
  for (const frame of document.querySelectorAll("iframe[data-her2-atlas-embed]")) {
    if (atlasOrigin && hasLoaded(frame)) frame.contentWindow?.postMessage({ type: "her2-atlas:measure" }, atlasOrigin);
  }
})();
