// HER2 Atlas embed helper: resizes iframes marked data-her2-atlas-embed to fit their content.
// It trusts a message only if it comes from the Atlas origin, from one of those iframes' windows,
// and has the expected type and a sane numeric height.
(function () {
  var script = document.currentScript;
  var atlasOrigin = script ? new URL(script.src).origin : null;
  window.addEventListener("message", function (event) {
    if (!atlasOrigin || event.origin !== atlasOrigin) return;
    var data = event.data;
    if (!data || data.type !== "her2-atlas:resize" || typeof data.height !== "number") return;
    if (!(data.height > 0 && data.height < 20000)) return;
    var frames = document.querySelectorAll("iframe[data-her2-atlas-embed]");
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) frames[i].style.height = Math.ceil(data.height) + "px";
    }
  });
})();
