"""Where a verdict's time goes (issue 22, item 2): not a test, a measuring tool.

    .venv/bin/python -m tests.browser.profile_verdicts [--clicks 5] [--site DIR] [EXERCISE ...]

For each exercise (default: all), on its Practice page served as in `make bench` (a real local
HTTPS server, tests/browser/bench.py), with the reference solution in the editor:

* the Validate -> verdict time (median of ``--clicks`` clicks, after a first one timed
  apart: on a first success PMT also reveals the solution and its notes);
* the Python of each step of the run, timed inside Pyodide around awsgrader.sandbox's
  functions, which docs/assets/speed.js hands the steps to: ``env``, the editor (the
  learner's code and the public tests after it), the public tests again, the hidden tests
  (``secrets``); what is left of the verdict is PMT's own work (its JavaScript, its helpers,
  ``post``, the terminal), which is the same for every exercise: the warm-up floor;
* inside the hidden tests: the time spent in the learner's code (awsgrader's learner_call,
  the only way a grader calls it), the same clicks again with the watchdog never armed (the
  difference is what the watchdog costs), and one click under cProfile (the watchdog on),
  summed by what the functions do: building the expected values (the hidden tests' own
  functions and the exercise's oracles), formatting the calls for a message that a passing
  answer never shows (``short_repr``, ``format_call``), comparing (``check``), diagnosing
  (``diagnose.py``), with the 12 functions that take the most time themselves.

Prints a table and writes bench-results/profile.json. Times are read in the page; the machine
may be loaded: compare the parts of one exercise, and exercises within one run.
"""

import argparse
import json
import multiprocessing
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from . import bench
from .bench import ROOT, harness, site_map

INSTRUMENT = r'''
import cProfile, time
import awsgrader, awsgrader.checks, awsgrader.diagnose, awsgrader.sandbox as _sb, awsgrader.watchdog as _wd

_P = {"steps": [], "learner": 0.0, "profile": False, "profiler": None, "watchdog": True}
_orig = {"env": _sb.run_env, "section": _sb.run_section, "call": _wd.learner_call,
         "start": _wd.start_watchdog}

def _timed_env(*a, **k):
    t = time.perf_counter()
    try:
        return _orig["env"](*a, **k)
    finally:
        _P["steps"].append(("env", time.perf_counter() - t))

def _timed_section(step, *a, **k):
    t = time.perf_counter()
    try:
        if step == "secrets" and _P["profile"]:
            _P["profiler"] = cProfile.Profile()
            return _P["profiler"].runcall(_orig["section"], step, *a, **k)
        return _orig["section"](step, *a, **k)
    finally:
        _P["steps"].append((step, time.perf_counter() - t))

def _timed_call(fn, *a, **k):
    t = time.perf_counter()
    try:
        return _orig["call"](fn, *a, **k)
    finally:
        _P["learner"] += time.perf_counter() - t

def _start(*a, **k):
    if _P["watchdog"]:
        return _orig["start"](*a, **k)
    from awsgrader.syntax_help import install
    install()

_sb.run_env, _sb.run_section = _timed_env, _timed_section
for _m in (awsgrader, awsgrader.checks, awsgrader.diagnose, _wd):
    _m.learner_call = _timed_call
awsgrader.start_watchdog = _wd.start_watchdog = _start
'''

# Reads and resets what the last click recorded: {steps: {step: s}, learner_s}.
TAKE = r'''
def _take():
    steps = {}
    for name, s in _P["steps"]:
        steps[name] = steps.get(name, 0.0) + s
    out = {"steps": steps, "learner_s": _P["learner"]}
    _P["steps"], _P["learner"] = [], 0.0
    return json.dumps(out)
import json
_take()
'''

# cProfile of the last profiled click, summed by what the functions do.
CATEGORIES = r'''
def _categories(learner_names):
    import json, pstats
    stats = pstats.Stats(_P["profiler"]).stats
    _P["profiler"] = None
    total = sum(tt for (_, _, tt, _, _) in stats.values())
    def cum(pred):
        # cumulative time of the outermost calls only (a function called inside another that
        # matches is not counted twice)
        keys = {k for k in stats if pred(k)}
        out = 0.0
        for k in keys:
            cc, nc, tt, ct, callers = stats[k]
            outside = sum(v[3] for c, v in callers.items() if c not in keys)
            out += outside if callers else ct
        return out
    file = lambda k: k[0]
    name = lambda k: k[2]
    learner = cum(lambda k: file(k) == "<exec>" and name(k) in learner_names)
    label = cum(lambda k: name(k) in ("short_repr", "format_call", "_label", "label"))
    diagnose = cum(lambda k: file(k).endswith("diagnose.py") and name(k) not in ("learner_call",))
    top = sorted(stats.items(), key=lambda kv: -kv[1][2])[:12]
    return json.dumps({
        "profiled_total_s": total,
        "learner_code_s": learner,
        "message_formatting_s": label,
        "diagnosis_s": diagnose,
        "by_file_s": _by_file(stats),
        "top_tottime": [[f"{k[0].rsplit('/', 1)[-1]}:{k[1]}:{k[2]}", v[0], round(v[2], 5), round(v[3], 5)]
                        for k, v in top],
    })

def _by_file(stats):
    out = {}
    for k, v in stats.items():
        f = k[0].rsplit("/", 1)[-1]
        out[f] = out.get(f, 0.0) + v[2]
    return dict(sorted(out.items(), key=lambda kv: -kv[1])[:10])
'''


def median(values):
    return statistics.median(values) if values else None


def click(page, editor, code):
    elapsed, out = bench.validate_time(page, editor, code)
    if not harness.passed(out):
        print(f"warning: the reference did not validate:\n{out}", file=sys.stderr)
    parts = json.loads(page.evaluate("() => pyodide.runPython('_take()')"))
    return elapsed, parts


def profile_page(browser, rel, ides, clicks):
    context, _ = bench.new_context(browser)
    page = context.new_page()
    bench.goto(page, harness.page_url(rel))
    bench.wait_ready(page)
    bench.wait_warm(page)   # speed.js's work, done while a learner reads the statement
    page.evaluate("code => pyodide.runPython(code)", INSTRUMENT + TAKE + CATEGORIES)
    editors = harness.editor_ids(page)
    results = {}
    for ide in (i for i in ides if i.page == rel):
        ex = ide.exercise()
        corr, editor = ex.sections["corr"], editors[ide.index]
        first = click(page, editor, corr)   # the first success also reveals the solution
        normal = [click(page, editor, corr) for _ in range(clicks)]
        page.evaluate("() => pyodide.runPython('_P[\"watchdog\"] = False')")
        unwatched = [click(page, editor, corr) for _ in range(clicks)]
        page.evaluate("() => pyodide.runPython('_P[\"watchdog\"] = True; _P[\"profile\"] = True')")
        click(page, editor, corr)
        page.evaluate("() => pyodide.runPython('_P[\"profile\"] = False')")
        cats = json.loads(page.evaluate("names => pyodide.runPython("
                                        "'_categories(' + JSON.stringify(names) + ')')",
                                        ex.function_names()))

        def med(runs, key=None, step=None):
            if step:
                return median([p["steps"].get(step, 0.0) for _, p in runs])
            if key:
                return median([p[key] for _, p in runs])
            return median([t for t, _ in runs])

        steps = {s: med(normal, step=s) for s in ("env", "editor", "public", "secrets")}
        results[ide.exercise_id] = {
            "page": rel,
            "verdict_s": med(normal),
            "first_verdict_s": first[0],
            "python_steps_s": steps,
            "python_s": sum(v for v in steps.values() if v),
            "pmt_and_rest_s": med(normal) - sum(v for v in steps.values() if v),
            "secrets_learner_s": med(normal, key="learner_s"),
            "verdict_without_watchdog_s": med(unwatched),
            "python_steps_without_watchdog_s": {s: med(unwatched, step=s)
                                                for s in ("env", "editor", "public", "secrets")},
            "secrets_learner_without_watchdog_s": med(unwatched, key="learner_s"),
            "secrets_profile": cats,
        }
        print(f"  profiled {ide.exercise_id}", file=sys.stderr)
    context.close()
    return results


def ms(value):
    return f"{value * 1000:.0f}" if value is not None else "-"


def print_table(results):
    floor = median([r["verdict_s"] for k, r in results.items() if k.startswith("warmup/")])
    print(f"{'exercise':<30}{'first':>6}{'verdict':>8}{'/floor':>7}{'env':>6}{'editor':>7}{'public':>7}"
          f"{'secrets':>8}{'learner':>8}{'rest':>6}{'no-wd':>7}{'sec no-wd':>10}  (ms)")
    for ex_id, r in sorted(results.items(), key=lambda kv: -kv[1]["verdict_s"]):
        st, nw = r["python_steps_s"], r["python_steps_without_watchdog_s"]
        ratio = f"{r['verdict_s'] / floor:.2f}" if floor else "-"
        print(f"{ex_id:<30}{ms(r['first_verdict_s']):>6}{ms(r['verdict_s']):>8}{ratio:>7}{ms(st['env']):>6}{ms(st['editor']):>7}"
              f"{ms(st['public']):>7}{ms(st['secrets']):>8}{ms(r['secrets_learner_s']):>8}"
              f"{ms(r['pmt_and_rest_s']):>6}{ms(r['verdict_without_watchdog_s']):>7}"
              f"{ms(nw['secrets']):>10}")
    print(f"\nwarm-up floor (median warm-up verdict): {ms(floor)} ms")
    for ex_id, r in sorted(results.items(), key=lambda kv: -kv[1]["verdict_s"])[:5]:
        p = r["secrets_profile"]
        print(f"\n{ex_id}: hidden tests under cProfile {ms(p['profiled_total_s'])} ms; learner code "
              f"{ms(p['learner_code_s'])}, message formatting {ms(p['message_formatting_s'])}, "
              f"diagnosis {ms(p['diagnosis_s'])}; by file: "
              + ", ".join(f"{f} {ms(s)}" for f, s in p["by_file_s"].items()))
        for name, calls, tottime, cumtime in p["top_tottime"]:
            print(f"    {name:<60}{calls:>8} calls {tottime * 1000:>8.1f} ms self {cumtime * 1000:>8.1f} ms cum")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("exercises", nargs="*", help="exercise ids (default: all)")
    parser.add_argument("--clicks", type=int, default=5)
    parser.add_argument("--site", help="a built site (default: build one now)")
    parser.add_argument("--out", default=str(ROOT / "bench-results" / "profile.json"))
    args = parser.parse_args(argv)
    os.environ["NO_MKDOCS_2_WARNING"] = "1"

    if args.site:
        site = Path(args.site).resolve()
    else:
        site = Path(tempfile.mkdtemp(prefix="profile-site-"))
        result = bench.build_site(site)
        if result.returncode:
            sys.exit(f"mkdocs build failed:\n{result.stderr[-3000:]}")
    ides = [i for i in site_map.ides() if not args.exercises or i.exercise_id in args.exercises]
    pages = sorted({i.page for i in ides})

    certs = tempfile.mkdtemp(prefix="profile-cert-")
    cert, key = bench.make_certificate(certs)
    ports = multiprocessing.Queue()
    server = multiprocessing.Process(target=bench.serve, args=(str(site), str(cert), str(key), ports),
                                     daemon=True)
    server.start()
    port = ports.get(timeout=30)
    from playwright.sync_api import sync_playwright

    results = {}
    load = [os.getloadavg()]
    started = time.perf_counter()
    try:
        with sync_playwright() as playwright:
            browser = bench.launch(playwright, port)
            for rel in pages:
                results.update(profile_page(browser, rel, ides, args.clicks))
            browser.close()
    finally:
        server.terminate()
        server.join(5)
        shutil.rmtree(certs, ignore_errors=True)
    load.append(os.getloadavg())
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({"clicks": args.clicks, "load_average": load,
                               "seconds": time.perf_counter() - started, "exercises": results},
                              indent=2) + "\n", encoding="utf-8")
    print(f"load average {load[0][0]:.2f} at start, {load[1][0]:.2f} at end")
    print_table(results)
    print(f"\nJSON: {out}")


if __name__ == "__main__":
    main()
