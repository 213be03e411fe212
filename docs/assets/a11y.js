/* Accessibility fixes for the widgets pyodide-mkdocs-theme (PMT) and Material build at run
   time. axe-core (run by the browser tests, light and dark) found, on PMT's own markup:
   - icon-only buttons with no accessible name (IDE buttons, header buttons, quiz buttons):
     they carry their purpose in `data-tip-txt` or in their tooltip text, so that text becomes
     their `aria-label`, and the icon inside becomes decorative (`alt=""`);
   - decorative SVG check marks with role="img" in quiz answers: hidden from assistive tech
     (the answer's text and its checkbox say everything);
   - a positive `tabindex` on the terminal's hidden textarea (jquery.terminal): 0 keeps it
     focusable in document order;
   - Material's search dialog without a name.
   The fixes run on page load and on every node PMT or Material adds later. */
(function () {
  "use strict";

  function plainText(html) {
    var div = document.createElement("div");
    div.innerHTML = String(html).replace(/<br\s*\/?>/gi, " ");
    return div.textContent.replace(/\s+/g, " ").trim();
  }

  function buttonLabel(button) {
    if (button.hasAttribute("data-tip-txt")) {
      return plainText(button.getAttribute("data-tip-txt"));
    }
    var tip = button.querySelector(".tooltiptext");
    if (tip) return plainText(tip.innerHTML);
    if (button.title) return button.title;
    var kind = button.getAttribute("btn_kind");
    return kind ? kind.charAt(0).toUpperCase() + kind.slice(1) : "";
  }

  function fixButton(button) {
    if (!button.hasAttribute("aria-label")) {
      var label = buttonLabel(button);
      if (label) {
        button.setAttribute("aria-label", label);
        button.setAttribute("data-a11y-label", "");
      }
    }
    button.querySelectorAll("img:not([alt])").forEach(function (img) {
      img.setAttribute("alt", "");
    });
    button.querySelectorAll("svg:not([aria-hidden])").forEach(function (svg) {
      svg.setAttribute("aria-hidden", "true");
    });
  }

  function fix(root) {
    if (!root || !root.querySelectorAll) return;
    var scope = [root].concat(Array.prototype.slice.call(root.querySelectorAll("*")));
    scope.forEach(function (el) {
      if (el.tagName === "BUTTON") {
        fixButton(el);
      } else if (el.tagName === "svg" && el.matches("svg.qcm[role=img]")) {
        el.setAttribute("aria-hidden", "true");
      } else if (el.tabIndex > 0 && el.hasAttribute("tabindex")) {
        el.setAttribute("tabindex", "0");
      } else if (el.matches(".md-search[role=dialog]:not([aria-label])")) {
        el.setAttribute("aria-label", "Search");
      }
    });
  }

  function start() {
    fix(document.body);
    new MutationObserver(function (mutations) {
      mutations.forEach(function (m) {
        if (m.type === "attributes") {
          if (m.target.tabIndex > 0) m.target.setAttribute("tabindex", "0");
          return;
        }
        m.addedNodes.forEach(function (node) {
          if (node.nodeType === 1) fix(node);
        });
        // A tooltip added inside a button after the button: label the button again.
        var button = m.target.closest && m.target.closest("button");
        if (button && button.hasAttribute("data-a11y-label")) {
          button.removeAttribute("aria-label");
          fixButton(button);
        }
      });
    }).observe(document.body, {
      childList: true, subtree: true, attributes: true, attributeFilter: ["tabindex"],
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
