"""Benchmark (not a test): `make bench`, or `python -m tests.browser.bench [--runs N]`.

Prints a table and writes bench-results/bench.json:
* `mkdocs build` time;
* for a reading page and each Practice page: bytes downloaded, gzip-compressed (level 6, as a
  CDN or GitHub Pages would send them), by origin; for Practice pages, the time from navigation
  to PMT's "Pyodide kernel ready.";
* for each exercise, the time from a Validate click on the reference solution to the verdict.
Every figure is the median of ``--runs`` runs (default 5), each page load in a fresh browser
context (empty cache), served offline by the test harness.
"""

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT / "tests"), str(ROOT / "exercises")]

from browser import harness, site_map  # noqa: E402
from conftest import build_site  # noqa: E402


def median(values):
    return statistics.median(values) if values else float("nan")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--reading-page", default="lambda/")
    parser.add_argument("--out", default=str(ROOT / "bench-results" / "bench.json"))
    args = parser.parse_args(argv)
    os.environ["NO_MKDOCS_2_WARNING"] = "1"

    site = Path(tempfile.mkdtemp(prefix="bench-site-"))
    build_times = []
    for _ in range(args.runs):
        start = time.perf_counter()
        result = build_site(site)
        build_times.append(time.perf_counter() - start)
        if result.returncode:
            sys.exit(f"mkdocs build failed:\n{result.stderr[-3000:]}")

    ides = site_map.ides()
    practice = sorted({ide.page for ide in ides})
    pages = [args.reading_page] + practice
    results = {"runs": args.runs, "mkdocs_build_s": median(build_times), "pages": {}, "exercises": {}}

    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = harness.launch(playwright)
        for rel in pages:
            has_ide = rel in practice
            sizes, ready, verdict = defaultdict(list), [], defaultdict(list)
            for _ in range(args.runs):
                tab = harness.new_tab(browser, site, measure=True)
                start = time.perf_counter()
                harness.goto(tab, rel, wait_pyodide=has_ide)
                if has_ide:
                    ready.append(time.perf_counter() - start)
                tab.page.wait_for_load_state("networkidle")
                by_origin = defaultdict(int)
                for origin, size, _url in tab.network.served:
                    by_origin[origin] += size
                for origin, size in by_origin.items():
                    sizes[origin].append(size)
                if has_ide:
                    editors = harness.editor_ids(tab.page)
                    for ide in (i for i in ides if i.page == rel):
                        corr = ide.exercise().sections["corr"]
                        click = time.perf_counter()
                        out = harness.validate(tab.page, editors[ide.index], corr)
                        verdict[ide.exercise_id].append(time.perf_counter() - click)
                        if not harness.passed(out):
                            print(f"warning: {ide.exercise_id} reference did not validate", file=sys.stderr)
                tab.close()
            results["pages"][rel] = {
                "gzip_bytes_by_origin": {o: int(median(v)) for o, v in sizes.items()},
                "gzip_bytes_total": int(sum(median(v) for v in sizes.values())),
                "pyodide_ready_s": median(ready) if ready else None,
            }
            for ex_id, times in verdict.items():
                results["exercises"][ex_id] = {"page": rel, "validate_to_verdict_s": median(times)}
        browser.close()

    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print_table(results)
    print(f"\nJSON: {out}")


def print_table(r):
    print(f"Medians of {r['runs']} runs.  mkdocs build: {r['mkdocs_build_s']:.2f} s\n")
    origins = sorted({o for p in r["pages"].values() for o in p["gzip_bytes_by_origin"]})
    head = f"{'page':<22}" + "".join(f"{o.split('//')[1][:24]:>26}" for o in origins)
    print(head + f"{'total':>10}{'Pyodide ready':>15}")
    for rel, p in r["pages"].items():
        cells = "".join(f"{p['gzip_bytes_by_origin'].get(o, 0) / 1e6:>23.2f} MB" for o in origins)
        ready = f"{p['pyodide_ready_s']:.2f} s" if p["pyodide_ready_s"] is not None else "-"
        print(f"{rel or '/':<22}{cells}{p['gzip_bytes_total'] / 1e6:>7.2f} MB{ready:>15}")
    print(f"\n{'exercise':<34}{'Validate -> verdict':>20}")
    for ex_id, e in r["exercises"].items():
        print(f"{ex_id:<34}{e['validate_to_verdict_s']:>18.2f} s")


if __name__ == "__main__":
    main()
