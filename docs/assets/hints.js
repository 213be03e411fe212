/* Progressive hints: under an exercise's editor, hint n+1 appears only once hint n has been
   opened. Without JavaScript every hint is shown, each one collapsed. The hints are Material
   `??? tip` blocks (<details>) inside <div class="exercise-hints">. */
(function () {
  "use strict";

  function setUp(group) {
    if (group.dataset.progressive) return;
    group.dataset.progressive = "1";
    var hints = Array.prototype.filter.call(group.children, function (el) {
      return el.tagName === "DETAILS";
    });
    hints.forEach(function (hint, i) {
      if (i > 0 && !hints[i - 1].open) hint.hidden = true;
      hint.addEventListener("toggle", function () {
        if (hint.open && hints[i + 1]) hints[i + 1].hidden = false;
      });
    });
  }

  function all() {
    document.querySelectorAll(".exercise-hints").forEach(setUp);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", all);
  } else {
    all();
  }
})();
