/* Wide tables and diagrams on a narrow screen. The page itself never scrolls sideways: a
 * table or diagram wider than the screen scrolls inside its own frame. Each one that does:
 *  - can be reached and scrolled from the keyboard (tabindex="0"; axe-core's
 *    scrollable-region-focusable, found at 390 px on the API Gateway and Lightsail tables);
 *  - shows that it scrolls: a line above it says so, and a shadow marks the edge that has
 *    more (`[data-scrolls]` in extra.css; an attribute, not a class: Material styles only
 *    tables that have no class).
 * Checked again when the window changes size and when a page script draws a table (the
 * practice exam, the progress page) or a collapsed box opens. */
(function () {
  "use strict";
  var SELECTOR = ".md-typeset table:not([class]), .md-typeset .diagram-scroll";
  var HINT = "scroll-hint";
  var pending = false;

  function hintFor(el) {
    var prev = el.previousElementSibling;
    return prev && prev.classList.contains(HINT) ? prev : null;
  }

  function update() {
    pending = false;
    document.querySelectorAll(SELECTOR).forEach(function (el) {
      if (!el.getClientRects().length) return;  // not shown (a closed box): checked when opened
      var scrolls = el.scrollWidth > el.clientWidth + 1;
      var hint = hintFor(el);
      if (scrolls) el.setAttribute("data-scrolls", "sideways"); else el.removeAttribute("data-scrolls");
      if (scrolls) {
        if (!el.hasAttribute("tabindex")) {
          el.setAttribute("tabindex", "0");
          el.setAttribute("data-wide-tabindex", "");
        }
        if (!hint) {
          hint = document.createElement("p");
          hint.className = HINT;
          hint.setAttribute("aria-hidden", "true");  // the content itself is all there
          hint.textContent = "Scroll sideways to see the whole " + (el.tagName === "TABLE" ? "table" : "diagram") + " →";
          el.parentNode.insertBefore(hint, el);
        }
      } else {
        if (el.hasAttribute("data-wide-tabindex")) {
          el.removeAttribute("tabindex");
          el.removeAttribute("data-wide-tabindex");
        }
        if (hint) hint.remove();
      }
    });
  }

  function later() {
    if (!pending) { pending = true; requestAnimationFrame(update); }
  }

  function start() {
    update();
    window.addEventListener("resize", later);
    document.addEventListener("toggle", later, true);  // a <details> box opened
    new MutationObserver(function (mutations) {
      if (mutations.some(function (m) {
        return Array.prototype.some.call(m.addedNodes, function (n) {
          return n.nodeType === 1 && n.className !== HINT && (n.matches(SELECTOR) || n.querySelector(SELECTOR));
        });
      })) later();
    }).observe(document.body, { childList: true, subtree: true });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
