/* The editor's terminal (jquery.terminal, created by pyodide-mkdocs-theme) cuts long lines at
   the last character that fits, in the middle of a word ("include_free_" / "tier=False"),
   which is hard to read on a phone. jquery.terminal can wrap at word boundaries (`keepWords`)
   but PMT never asks for it, so every terminal it creates gets `keepWords: true` as the
   default of `echo`. This script is a classic one and runs before PMT's modules, so the
   wrapper is in place when jquery.terminal defines `$.fn.terminal` and PMT calls it. */
(function () {
  "use strict";
  var $ = window.jQuery;
  if (!$ || !$.fn) return;

  function withWordWrap(terminalPlugin) {
    return function () {
      var term = terminalPlugin.apply(this, arguments);
      if (term && typeof term.echo === "function" && !term.__keepWords) {
        var echo = term.echo;
        term.echo = function (arg, options) {
          return echo.call(this, arg, $.extend({ keepWords: true }, options || {}));
        };
        term.__keepWords = true;
      }
      return term;
    };
  }

  var wrapped = $.fn.terminal ? withWordWrap($.fn.terminal) : undefined;
  Object.defineProperty($.fn, "terminal", {
    configurable: true,
    enumerable: true,
    get: function () { return wrapped; },
    set: function (plugin) { wrapped = withWordWrap(plugin); },
  });
})();
