/* Speed on Practice pages (issue 10), four small changes to how PMT runs an IDE; the browser
   tests (every verdict, every message) run with them.

   1. The grader package is installed as soon as Python is ready, while the learner reads,
      instead of on their first Run or Validate. PMT installs a python_lib only when the code
      imports a module missing from sys.modules; this does what PMT's installer does (fetch
      <site_url>/<lib>.zip, unpack it into <lib>/, import it in a hidden scope), earlier, so
      PMT then finds it imported and skips that step. If the learner clicks first, PMT installs
      it itself, as before.

   2. PMT waits 200 ms after clearing an IDE's terminal on every run ("so that the user always
      sees a change"), out of a verdict that should come within 300 ms of the click: 20 ms
      (more than a frame at 60 Hz) still lets the cleared terminal show.

   3. Between the sections of a run (the exercise's set-up, the learner's code, the tests...),
      PMT runs dozens of small Python helpers of its own (redirecting print, listing imports,
      storing the editor's text), compiled again on every run (about 60 ms a verdict) and
      run under the exercise's watchdog, which makes Python slower (30 to 50 ms). The
      helpers PMT runs through its own functions named below go to awsgrader.pmt.run_helper
      instead, which does what pyodide.runPython does, compiled once and with the watchdog
      paused. Anything else, every section included, runs as before. They are recognised by
      the caller's name in the JS stack: if a PMT version renamed them, nothing would change
      but speed.

   5. (issue 18, not speed) The sections of a run go to awsgrader.sandbox, which keeps the
      learner's names and the grader's apart: `env` runs in a namespace of its own after the
      names of earlier runs are forgotten, the learner's code runs in Python's __main__ as
      ever, and the tests (the editor's, the public ones, the hidden ones) in a namespace where
      the grader's names always win. PMT runs the editor's text and the public tests with
      pyodide.runPython(code), the hidden tests with runPythonAsync(code), and env with
      runPythonAsync(code, {filename: "<env>"}); the IDE's runPythonCodeWithOptionsIfNoStdErr
      (wrapped below) says which step a code is. If the grader package is not loaded yet
      when a run starts, the whole run goes to PMT as it always did.

   4. A learner's first Validate on a page took about twice as long as the next ones (450
      against 220 ms): it imported the grader's fact sheet and syntax help, and PMT's helpers
      imported pydoc and argparse. Those imports now happen once Python is ready, while the
      learner reads (about 150 ms of idle time). The list is a hint, not a contract: a module
      nobody imports any more only costs that idle time.

   6. (issue 22) Part of what made the first Validate of a page slower than the next was
      PMT's helper texts (3.) compiled for the first time (about 30 ms). The ones that do
      not depend on the run are compiled while the learner reads, taken from PMT's own
      snippet module (pyodideFeatureCode, the function PMT builds them with), so the cache
      of 3. holds them, to the character, before the first click. The page is then marked
      data-python-warm (the bench waits for it).

   7. (issue 22) Each run, PMT also awaits three times "await __builtins__.auto_run.loop_async()"
      (the coroutines that @auto_run collected: none on this site) and runs the exercise's
      `post` section through runPythonAsync. An awaited Python coroutine goes through
      Pyodide's event loop, a trip through the browser's task queue each time: 5 to 30 ms
      apiece, 20 to 50 ms a verdict, for nothing to wait for. With no coroutine collected,
      the first is done at once (it would do nothing); a `post` without `await` runs with
      runPython, which runs the same code in the same namespace without the trip.

   8. (issue 22) Before each section PMT lists the modules its text imports
      (pyodide.code.find_imports: a parse of the whole text, 5 to 15 ms for hidden tests,
      3 or 4 times a run); the same text gives the same list, so awsgrader.pmt keeps it. */
(function () {
  "use strict";
  if (!window.CONFIG || !document.querySelector(".py_mk_ide")) return;

  var BLINK_MS = 20;
  var pool = CONFIG.CLASSES_POOL || {};
  var ideClass = pool.Ide;
  // The IDE class registers itself in the pool when its module runs (after this script);
  // the constructor then sets `this.delay = 200`, which this accessor answers instead.
  // The step PMT is running (see 5.): {code, step} while an IDE runs one, else null.
  var running = null;

  Object.defineProperty(pool, "Ide", {
    configurable: true, enumerable: true,
    get: function () { return ideClass; },
    set: function (cls) {
      ideClass = cls;
      Object.defineProperty(cls.prototype, "delay", {
        configurable: true,
        get: function () { return BLINK_MS; },
        set: function () {},
      });
      var runStep = cls.prototype.runPythonCodeWithOptionsIfNoStdErr;
      if (typeof runStep === "function") {
        cls.prototype.runPythonCodeWithOptionsIfNoStdErr = async function (code, runtime, step) {
          running = {code: code, step: step};
          try {
            return await runStep.apply(this, arguments);
          } finally {
            running = null;
          }
        };
      }
      // (issue 21, not speed) Each Validate's outcome, for the spaced review (review.js): an
      // exercise failed at least twice before it was solved comes back a week later.
      // `counted`: the failure used an attempt (a hidden test failed), read from PMT's own
      // counter of attempts left, before and after.
      var outcome = cls.prototype.handleValidationOutcome;
      if (typeof outcome === "function") {
        cls.prototype.handleValidationOutcome = function (runtime) {
          var before = this.data && this.data.attempts_left;
          var result = outcome.apply(this, arguments);
          try {
            var after = this.data && this.data.attempts_left;
            document.dispatchEvent(new CustomEvent("aws-compute-by-doing:validation", {detail: {
              editor: this.id, success: !(runtime && runtime.stopped),
              counted: typeof before === "number" && typeof after === "number" && after < before,
            }}));
          } catch (e) { /* the review is a bonus: never break a verdict */ }
          return result;
        };
      }
    },
  });

  // Imports in a function, so that no name is left in the learner's namespace.
  function importQuietly(modules) {
    pyodide.runPython("def _speed_js_import():\n    import " + modules.join(", ")
                      + "\n_speed_js_import()\ndel _speed_js_import");
  }

  function installLibs() {
    var root = String(CONFIG.siteUrl || "").replace(/\/$/, "");
    var libs = Array.from(CONFIG.pythonLibs || []);
    return Promise.all(libs.map(function (lib) {
      var loaded = pyodide.runPython("import sys\n'" + lib + "' in sys.modules");
      if (loaded) return null;
      return fetch(root + "/" + lib + ".zip")
        .then(function (response) {
          if (!response.ok) throw new Error(response.status + " " + response.url);
          return response.arrayBuffer();
        })
        .then(function (zip) {
          if (pyodide.runPython("import sys\n'" + lib + "' in sys.modules")) return;
          pyodide.unpackArchive(zip, "zip", {extractDir: lib});
          importQuietly([lib]);
        });
    })).catch(function () { /* PMT installs it on the first run, as it always did */ });
  }

  var PMT_HELPERS = /(?:^|\s)(?:at )?(pyodideFeatureRunCode|pyodideFeatureSetupRedirections|storeUserCodeInPython)[ @]/;

  function pmtHelperCall() {
    // The frames just above this wrapper: PMT calls runPython straight from these functions.
    var frames = String(new Error().stack || "").split("\n").slice(0, 5);
    return frames.some(function (line) { return PMT_HELPERS.test(line); });
  }

  var STEPS = {editorCode: "editor", publicTests: "public", secretTests: "secrets"};
  var AUTO_RUN_ASYNC = "await __builtins__.auto_run.loop_async()";
  var AUTO_RUN_PENDING = "len(__builtins__.auto_run.coros)";

  var pmt = null;   // awsgrader.pmt, once the grader package is there

  function fasterPmtHelpers() {
    var runHelper, sandbox;
    try {
      pmt = pyodide.pyimport("awsgrader.pmt");
      runHelper = pmt.run_helper;
      sandbox = pyodide.pyimport("awsgrader.sandbox");
    } catch (error) {
      return;   // no grader package: PMT's helpers and sections run as they always did
    }
    try {
      pmt.cache_find_imports();   // (8.)
    } catch (error) { /* PMT lists the imports itself, as it always did */ }
    var sandboxRun = false;   // did this run's env go to the sandbox? (see 5.)

    function section(code, options) {
      if (options !== undefined || !sandboxRun || !running || running.code !== code) return null;
      return STEPS[running.step] || null;
    }

    var runPython = pyodide.runPython;
    pyodide.runPython = function (code, options) {
      var step = section(code, options);
      if (step) return sandbox.run_section(step, code, pyodide.globals);
      if (options !== undefined || !pmtHelperCall()) return runPython.call(this, code, options);
      return runHelper(code, pyodide.globals);
    };

    var runPythonAsync = pyodide.runPythonAsync;
    pyodide.runPythonAsync = async function (code, options) {
      if (options && options.filename === "<env>" && Object.keys(options).length === 1) {
        sandboxRun = true;
        return sandbox.run_env(code, pyodide.globals, "<env>");
      }
      var step = section(code, options);
      if (step) return sandbox.run_section(step, code, pyodide.globals);
      // (7.) The exercise's `post` section, when it awaits nothing: run as it is, at once.
      if (sandboxRun && options && options.filename === "<post>"
          && Object.keys(options).length === 1 && !/\bawait\b/.test(code)) {
        return runPython.call(this, code, options);
      }
      // (7.) PMT's "run the async functions decorated with @auto_run", when there are none.
      if (options === undefined && code === AUTO_RUN_ASYNC
          && runHelper(AUTO_RUN_PENDING, pyodide.globals) === 0) {
        return undefined;
      }
      return runPythonAsync.call(this, code, options);
    };
  }

  // What the first run of a page imports (see 4.).
  var FIRST_RUN_IMPORTS = ["awsgrader.facts", "awsgrader.syntax_help", "awsgrader.codefacts",
                           "awsgrader.apigw", "awsgrader.events", "pydoc", "argparse"];

  function importAhead() {
    try {
      importQuietly(FIRST_RUN_IMPORTS);
    } catch (error) { /* the run imports them itself, as it always did */ }
  }

  // PMT's helper texts that do not depend on the run (see 6.), by their names in PMT's
  // snippet module.
  var FIXED_HELPERS = ["autoRun", "setupStdIO", "teardownStdIO", "autoRunCleaner", "ioStuff",
                       "version", "localStorageRelays", "copyFromServer", "exclusionsTools",
                       "mermaidDrawer", "refresher", "upDownLoader", "alreadyImported"];

  function compileAhead() {
    // The module PMT's own scripts import (its import map resolves the name): loaded already.
    return import("0-generic-python-snippets-pyodide").then(function (snippets) {
      var texts = [];
      FIXED_HELPERS.forEach(function (name) {
        try { texts.push(snippets.pyodideFeatureCode(name)); } catch (e) { /* renamed */ }
      });
      if (pmt) pmt.precompile(texts);
    }).catch(function () { /* a first run compiles them, as it always did */ })
      .then(function () {
        // All of speed.js's work ahead is done (the bench waits for this before timing).
        document.documentElement.setAttribute("data-python-warm", "");
      });
  }

  var timer = setInterval(function () {
    if (CONFIG.pyodideIsReady && window.pyodide) {
      clearInterval(timer);
      installLibs().then(fasterPmtHelpers).then(function () {
        setTimeout(function () {
          importAhead();
          setTimeout(compileAhead, 0);
        }, 0);
      });
    }
  }, 50);
})();
