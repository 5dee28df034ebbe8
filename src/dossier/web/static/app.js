// dossier: timeline zoom. Loaded as a static file (the CSP forbids inline script) and writes only
// text and numbers to the page: never HTML built from data.
(function () {
  "use strict";

  // Each level: a name, the vertical space per day between dated groups, and its cap.
  var LEVELS = [
    { name: "overview", pxPerDay: 0, maxGap: 0 },
    { name: "compact", pxPerDay: 2, maxGap: 60 },
    { name: "detail", pxPerDay: 6, maxGap: 140 },
    { name: "evidence", pxPerDay: 12, maxGap: 260 },
    { name: "all evidence", pxPerDay: 20, maxGap: 400 }
  ];
  var STORAGE_KEY = "dossier.timeline.zoom";

  function readLevel(timeline) {
    var stored = null;
    try { stored = window.localStorage.getItem(STORAGE_KEY); } catch (e) { stored = null; }
    var level = parseInt(stored === null ? timeline.getAttribute("data-zoom") : stored, 10);
    return isNaN(level) ? 2 : Math.max(0, Math.min(LEVELS.length - 1, level));
  }

  function layout(timeline, level) {
    var spec = LEVELS[level];
    var days = timeline.querySelectorAll("li.day[data-day]");
    var previous = null;
    for (var i = 0; i < days.length; i++) {
      var day = parseInt(days[i].getAttribute("data-day"), 10);
      var gap = previous === null ? 0 : Math.max(0, day - previous - 1);
      days[i].style.marginTop = Math.min(gap * spec.pxPerDay, spec.maxGap) + (previous === null || gap === 0 ? 0 : 16) + "px";
      previous = day;
    }
  }

  function init() {
    var timeline = document.getElementById("timeline");
    if (!timeline) { return; }
    var zoomIn = document.getElementById("zoom-in");
    var zoomOut = document.getElementById("zoom-out");
    var output = document.getElementById("zoom-level");
    var level = readLevel(timeline);

    function apply(next) {
      level = Math.max(0, Math.min(LEVELS.length - 1, next));
      timeline.setAttribute("data-zoom", String(level));
      layout(timeline, level);
      if (output) { output.textContent = LEVELS[level].name + " (" + (level + 1) + "/" + LEVELS.length + ")"; }
      if (zoomIn) { zoomIn.disabled = level === LEVELS.length - 1; }
      if (zoomOut) { zoomOut.disabled = level === 0; }
      try { window.localStorage.setItem(STORAGE_KEY, String(level)); } catch (e) { /* private mode */ }
    }

    if (zoomIn) { zoomIn.addEventListener("click", function () { apply(level + 1); }); }
    if (zoomOut) { zoomOut.addEventListener("click", function () { apply(level - 1); }); }
    document.addEventListener("keydown", function (event) {
      var target = event.target;
      var tag = target && target.tagName ? target.tagName.toLowerCase() : "";
      if (tag === "input" || tag === "select" || tag === "textarea" || event.ctrlKey || event.metaKey || event.altKey) {
        return;
      }
      if (event.key === "+" || event.key === "=") { apply(level + 1); event.preventDefault(); }
      else if (event.key === "-" || event.key === "_") { apply(level - 1); event.preventDefault(); }
    });
    apply(level);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
}());
