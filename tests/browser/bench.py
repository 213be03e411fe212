"""Benchmark (not a test): `make bench`, or `python -m tests.browser.bench [--runs N]`.

Timed through a **real local HTTPS server**, not through Playwright's request routing (which
adds a cost to every request and squeezes the ratios toward 1):

* a small HTTPS server on 127.0.0.1, in its own process, answers by Host header: the site's
  host from the built site, ``cdn.jsdelivr.net`` from ``node_modules`` (the same mapping as
  the browser tests, tests/browser/harness.py); anything else gets a 404 and is reported;
* its certificate is self-signed, made at run time (``openssl`` CLI, or Python's
  ``cryptography`` if present);
* Chromium runs with ``--host-resolver-rules=MAP * 127.0.0.1:PORT --ignore-certificate-errors``,
  so pages ask for their real addresses and no request is intercepted.

In one run it prints, and writes to bench-results/bench.json:

* the time of a bare ``loadPyodide()`` on a blank page (the same pinned pyodide.js): the floor;
* per page: bytes downloaded, gzip-compressed (level 6, as a CDN would send them), by origin
  and by package, and the ratio to the target (a page without an editor: 120 KB, the practice
  exam and the progress page 150 KB, tests/browser/harness.py; Practice page: Pyodide's own
  files, what the bare page downloads, + 500 KB);
* per Practice page: the time from navigation to "Pyodide kernel ready." and its ratio to the
  bare time (target 1.25): each page load is paired with a bare load just before it, and the
  ratio is the median of those pairs (the machine's load may drift during a run); and where
  that time went: first contentful paint (Pyodide starts then, overrides/main.html),
  DOMContentLoaded, Pyodide up (``loadPyodide()`` resolved), PMT's set-up done ("ready"),
  docs/assets/speed.js's work done ("warm": the grader imported; the verdicts are timed from
  then on, as a learner clicks after reading the statement);
* per exercise: the time from a Validate click on the reference solution to the verdict (its
  first success on the page: PMT then also reveals the solution and its notes), and
  its ratio to the warm-up floor, the median verdict of the warm-up exercises (whose Python
  takes about 1.5 ms: their verdict is PMT's own cost) in the same run (targets: every
  exercise <= 2.0x, the median <= 1.5x);
* with ``--phone``: the ready and verdict timings again with Chromium's CPU throttled 4x
  (DevTools' mid-tier mobile preset, ``Emulation.setCPUThrottlingRate`` on a CDP session,
  applied once the navigation has committed, so that it holds in the page's own renderer),
  bare loads included, under "phone" in the JSON. No target: what a learner on a mid-range
  phone waits for.

Times are read in the page (``performance.now()``), medians of ``--runs`` fresh browser
contexts (empty cache). The machine is shared: compare ratios within one run.
"""

import argparse
import gzip
import json
import mimetypes
import multiprocessing
import os
import shutil
import socket
import ssl
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from functools import lru_cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT / "tests"), str(ROOT / "exercises")]

from browser import harness, site_map  # noqa: E402
from conftest import build_site  # noqa: E402

PRACTICE_MARGIN = 500_000
READY_TARGET = 1.25
# Verdicts as a ratio to the warm-up floor, the median verdict of these exercises (issue 22).
FLOOR_EXERCISES = "warmup/"
VERDICT_MAX_RATIO = 2.0
VERDICT_MEDIAN_RATIO = 1.5
PHONE_CPU_RATE = 4

BARE_PATH = "__bench__/bare.html"
PYODIDE_JS = "https://cdn.jsdelivr.net/pyodide/v{version}/full/pyodide.js"
BARE_HTML = """<!doctype html><html><head><meta charset="utf-8"><title>bare</title>
<script src="{pyodide_js}"></script></head><body><script>
loadPyodide().then(() => {{ window.__pyReady = performance.now(); }});
</script></body></html>"""

# Records, in the page, when PMT logs "Pyodide kernel ready.", and when PMT stores the
# Pyodide that loadPyodide() resolved to (globalThis.pyodide, just before its own set-up).
READY_PROBE = """(() => {
  window.__pyReady = null;
  window.__pyUp = null;
  const log = console.log;
  console.log = function (...args) {
    if (window.__pyReady === null && args.some(a => typeof a === 'string' && a.includes('Pyodide kernel ready.')))
      window.__pyReady = performance.now();
    return log.apply(this, args);
  };
  let value;
  Object.defineProperty(window, 'pyodide', {
    configurable: true, enumerable: true,
    get() { return value; },
    set(v) { if (window.__pyUp === null && v) window.__pyUp = performance.now(); value = v; },
  });
})();"""

# Where a page's time went, read once it is ready: seconds from navigation start.
PHASES = """() => {
  const nav = performance.getEntriesByType('navigation')[0] || {};
  const fcp = performance.getEntriesByName('first-contentful-paint')[0];
  const s = t => (t === null || t === undefined) ? null : t / 1000;
  return {first_contentful_paint_s: s(fcp ? fcp.startTime : null),
          dom_content_loaded_s: s(nav.domContentLoadedEventEnd || null),
          pyodide_up_s: s(window.__pyUp), ready_s: s(window.__pyReady)};
}"""


def median(values):
    return statistics.median(values) if values else None


def pyodide_version():
    return json.loads((harness.NODE_MODULES / "pyodide" / "package.json").read_text())["version"]


# ---- The server ------------------------------------------------------------------------------

def make_certificate(folder):
    cert, key = Path(folder) / "cert.pem", Path(folder) / "key.pem"
    if shutil.which("openssl"):
        subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                        "-subj", "/CN=localhost", "-keyout", str(key), "-out", str(cert)],
                       check=True, capture_output=True)
        return cert, key
    try:
        import datetime

        from cryptography import x509
        from cryptography.hazmat.primitives import hashes, serialization
        from cryptography.hazmat.primitives.asymmetric import rsa
        from cryptography.x509.oid import NameOID
    except ImportError:
        sys.exit("make bench needs the `openssl` command or Python's `cryptography` package")
    private = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = datetime.datetime.now(datetime.timezone.utc)
    certificate = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
                   .public_key(private.public_key()).serial_number(x509.random_serial_number())
                   .not_valid_before(now).not_valid_after(now + datetime.timedelta(days=1))
                   .sign(private, hashes.SHA256()))
    cert.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key.write_bytes(private.private_bytes(serialization.Encoding.PEM,
                                          serialization.PrivateFormat.TraditionalOpenSSL,
                                          serialization.NoEncryption()))
    return cert, key


def resolve(url, site_dir):
    """(file, body or None) for a URL, as the browser tests answer it; LookupError if none."""
    base = harness.site_url()
    if url.startswith(base):
        rel = urlsplit(url).path[len(urlsplit(base).path):]
        if rel == BARE_PATH:
            html = BARE_HTML.format(pyodide_js=PYODIDE_JS.format(version=pyodide_version()))
            return Path("bare.html"), html.encode()
        file = Path(site_dir) / rel
        if file.is_dir() or rel.endswith("/") or rel == "":
            file = file / "index.html"
        if not file.is_file():
            raise LookupError(f"not in the site: {url}")
        if file.name == "3-terminalRunner-term.js":   # see harness.py: jquery.terminal 2.43.0
            text = harness._TERMINAL_SRI.sub(r"\1", file.read_text(encoding="utf-8"))
            return file, text.encode()
        return file, None
    if url.startswith(harness.CDN):
        file = harness.cdn_file(url)
        if not file.is_file():
            raise LookupError(f"not in node_modules: {url}")
        return file, None
    raise LookupError(f"outside the site and the pinned CDN: {url}")


def serve(site_dir, cert, key, port_queue):
    """The HTTPS server's process: answers by Host header until killed."""

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self):  # noqa: N802 - http.server's name
            host = self.headers.get("Host", "").split(":")[0]
            url = f"https://{host}{self.path}"
            try:
                file, body = resolve(url, site_dir)
            except LookupError as exc:
                data = str(exc).encode()
                self.send_response(404)
                self.send_header("Content-Type", "text/plain")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)
                return
            if body is None:
                body = file.read_bytes()
            self.send_response(200)
            self.send_header("Content-Type", mimetypes.guess_type(file.name)[0] or "application/octet-stream")
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Access-Control-Allow-Origin", "*")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    port_queue.put(server.server_address[1])
    server.serve_forever()


# ---- Measuring ---------------------------------------------------------------------------

@lru_cache(maxsize=None)
def gzip_size(url, site_dir):
    try:
        file, body = resolve(url, site_dir)
    except LookupError:
        return 0
    return len(gzip.compress(body if body is not None else file.read_bytes(), 6))


def package_of(url):
    """What a downloaded file belongs to: an npm package or pyodide on the CDN, a part of the
    site (the page, Material, PMT, the search index, the grader package, the site's assets)."""
    parts = urlsplit(url)
    path = parts.path
    if parts.netloc == "cdn.jsdelivr.net":
        if path.startswith("/pyodide/"):
            return "pyodide"
        return path.split("/")[2].rsplit("@", 1)[0]
    rel = path[len(urlsplit(harness.site_url()).path):]
    if rel.endswith(".html") or rel.endswith("/") or rel == "":
        return "page (html)"
    if rel.startswith("search/"):
        return "search index"
    if rel.startswith(("assets/javascripts", "assets/stylesheets")):
        return "Material"
    if rel.startswith(("js-libs/", "js-per-pages/", "js-scripts/", "pyodide-css/")):
        return "PMT"
    if rel.endswith(".zip"):
        return "grader package"
    return "site assets"


class Recorder:
    def __init__(self):
        self.urls = []

    def __call__(self, request):
        self.urls.append(request.url)


def new_context(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, service_workers="block")
    context.add_init_script(READY_PROBE)
    recorder = Recorder()
    context.on("requestfinished", recorder)
    return context, recorder


# docs/assets/speed.js's work once Python is ready (the grader package installed, PMT's helpers
# compiled once, what a first run imports imported), done while the learner reads the statement.
WARM = """() => document.documentElement.hasAttribute("data-python-warm") && performance.now()"""


def wait_warm(page, timeout=60_000):
    """Seconds from navigation until speed.js has done its work (it then marks the page
    ``data-python-warm``: the grader installed, the imports and PMT's fixed helpers of a
    first run done ahead). A learner reads
    the statement first: clicking Validate before that point, as this bench did until issue
    22, made the first exercise of each page pay for it (warm-up request_cost 380 ms against
    180 ms for the other warm-ups)."""
    return page.wait_for_function(WARM, timeout=timeout, polling=50).json_value() / 1000


def wait_ready(page, timeout=120_000):
    return page.wait_for_function(
        "() => window.__pyReady || (window.CONFIG && CONFIG.pyodideIsReady && performance.now())",
        timeout=timeout, polling=10).json_value() / 1000


def weigh(urls, site_dir):
    by_origin, by_package = defaultdict(int), defaultdict(int)
    for url in urls:
        if not url.startswith("https://"):
            continue
        size = gzip_size(url, str(site_dir))
        by_origin["{0.scheme}://{0.netloc}".format(urlsplit(url))] += size
        by_package[package_of(url)] += size
    return dict(by_origin), dict(by_package)


def validate_time(page, editor_id, code, timeout=60_000):
    """Seconds from the Validate click to the verdict (the same end as harness.validate),
    read in the page; and the terminal's text.

    The code is put in the editor and the page drawn (two animation frames) before the
    click: a learner's code is on the screen long before they click. (Until issue 22 the
    click came in the same task as the new text, so the first verdict of each exercise also
    paid for the editor and the page laying out the solution's lines.)"""
    page.evaluate("""async ([id, code]) => {
        ace.edit(id).setValue(code, 1);
        $('#term_' + id).terminal().clear();
        await new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)));
        await new Promise(done => setTimeout(done, 0));
    }""", [editor_id, code])
    page.evaluate("""id => {
        window.__clickAt = performance.now();
        document.querySelector('#global_' + id + ' button[btn_kind=check]').click();
    }""", editor_id)
    elapsed = page.wait_for_function("""id => {
        const term = $('#term_' + id).terminal();
        const out = document.querySelector('#term_' + id + ' .terminal-output');
        return !term.paused() && out && out.innerText.trim().length > 0
            && (performance.now() - window.__clickAt);
    }""", arg=editor_id, timeout=timeout, polling=5).json_value() / 1000
    return elapsed, harness.terminal_text(page, editor_id)


def goto(page, url, throttle=None, timeout=120_000):
    """Open ``url``; with ``throttle``, slow the page's CPU down that many times once the
    navigation has committed (the document is the new one, in its own renderer process) and
    before it is parsed much. Returns the CDP session (None without throttling)."""
    if not throttle:
        page.goto(url, wait_until="load", timeout=timeout)
        return None
    cdp = page.context.new_cdp_session(page)
    page.goto(url, wait_until="commit", timeout=timeout)
    cdp.send("Emulation.setCPUThrottlingRate", {"rate": throttle})
    page.wait_for_load_state("load", timeout=timeout * throttle)
    return cdp


def launch(playwright, port):
    args = harness.CHROMIUM_ARGS + [f"--host-resolver-rules=MAP * 127.0.0.1:{port}",
                                    "--ignore-certificate-errors"]
    return playwright.chromium.launch(executable_path=harness.chromium_path(), args=args)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--site", help="a built site to measure (default: build one now)")
    parser.add_argument("--pages", nargs="*", help="only these pages (e.g. lambda/ lambda/practice/)")
    parser.add_argument("--out", default=str(ROOT / "bench-results" / "bench.json"))
    parser.add_argument("--phone", action="store_true",
                        help=f"also time the Practice pages with the CPU throttled {PHONE_CPU_RATE}x")
    parser.add_argument("--phone-runs", type=int, help="fresh contexts per page with --phone "
                        "(default: --runs)")
    args = parser.parse_args(argv)
    os.environ["NO_MKDOCS_2_WARNING"] = "1"

    results = {"runs": args.runs, "load_average_at_start": os.getloadavg(), "pages": {}, "exercises": {}}
    if args.site:
        site = Path(args.site).resolve()
    else:
        site = Path(tempfile.mkdtemp(prefix="bench-site-"))
        start = time.perf_counter()
        result = build_site(site)
        results["mkdocs_build_s"] = time.perf_counter() - start
        if result.returncode:
            sys.exit(f"mkdocs build failed:\n{result.stderr[-3000:]}")
    results["site"] = str(site)

    ides = site_map.ides()
    practice = sorted({ide.page for ide in ides})
    pages = args.pages or site_map.built_pages(site)

    certs = tempfile.mkdtemp(prefix="bench-cert-")
    cert, key = make_certificate(certs)
    ports = multiprocessing.Queue()
    server = multiprocessing.Process(target=serve, args=(str(site), str(cert), str(key), ports), daemon=True)
    server.start()
    port = ports.get(timeout=30)

    from playwright.sync_api import sync_playwright

    try:
        with sync_playwright() as playwright:
            browser = launch(playwright, port)
            measure(browser, site, pages, practice, ides, args.runs, results)
            if args.phone:
                phone_pages = [rel for rel in pages if rel in practice]
                results["phone"] = measure_phone(browser, site, phone_pages, ides,
                                                 args.phone_runs or args.runs)
            browser.close()
    finally:
        server.terminate()
        server.join(5)
        shutil.rmtree(certs, ignore_errors=True)

    results["load_average_at_end"] = os.getloadavg()
    summarize(results)
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print_table(results)
    print(f"\nJSON: {out}")


def load_bare(browser, site, throttle=None):
    context, recorder = new_context(browser)
    page = context.new_page()
    goto(page, harness.site_url() + BARE_PATH, throttle)
    elapsed = wait_ready(page, timeout=120_000 * (throttle or 1))
    page.wait_for_load_state("networkidle")
    sizes = weigh(recorder.urls, site)
    context.close()
    return elapsed, sizes


def measure(browser, site, pages, practice, ides, runs, results):
    # The floor: a blank page that loads the same pyodide.js and awaits loadPyodide(). It is
    # loaded again just before each Practice page load, and each page's ratio is the median of
    # those pairs, so that the machine's load drifting during the run does not skew it.
    bare_times, bare_sizes = [], []
    for _ in range(runs):
        elapsed, sizes = load_bare(browser, site)
        bare_times.append(elapsed)
        bare_sizes.append(sizes)
    bare_bytes = int(median([sum(o.values()) for o, _ in bare_sizes]))
    results["bare"] = {"gzip_bytes": bare_bytes, "gzip_bytes_by_package": bare_sizes[0][1]}

    for rel in pages:
        has_ide = rel in practice
        totals, origins, packages, ready, pairs, phases = [], [], [], [], [], []
        verdict = defaultdict(list)
        for _ in range(runs if has_ide else 1):   # bytes do not vary: one load of a reading page
            if has_ide:
                bare_s, _ = load_bare(browser, site)
                bare_times.append(bare_s)
            context, recorder = new_context(browser)
            page = context.new_page()
            goto(page, harness.page_url(rel))
            if has_ide:
                ready.append(wait_ready(page))
                pairs.append(ready[-1] / bare_s)
                phases.append(dict(page.evaluate(PHASES), warm_s=wait_warm(page)))
            page.wait_for_load_state("networkidle")
            by_origin, by_package = weigh(recorder.urls, site)
            totals.append(sum(by_origin.values()))
            origins.append(by_origin)
            packages.append(by_package)
            missing = [u for u in recorder.urls if u.startswith("https://") and gzip_size(u, str(site)) == 0]
            if missing:
                print(f"warning: {rel}: not served: {missing}", file=sys.stderr)
            if has_ide:
                for ex_id, elapsed in validate_all(page, rel, ides):
                    verdict[ex_id].append(elapsed)
            context.close()
        pick = totals.index(sorted(totals)[len(totals) // 2])   # the median load's breakdown
        total = totals[pick]
        target = bare_bytes + PRACTICE_MARGIN if has_ide else harness.weight_target(rel)
        entry = {
            "kind": "practice" if has_ide else "reading",
            "gzip_bytes_total": total,
            "gzip_bytes_by_origin": origins[pick],
            "gzip_bytes_by_package": dict(sorted(packages[pick].items(), key=lambda kv: -kv[1])),
            "bytes_target": target,
            "bytes_ratio_to_target": total / target,
        }
        if has_ide:
            entry["ready_s"] = median(ready)
            entry["ready_runs_s"] = ready
            entry["ready_ratio_to_bare"] = median(pairs)
            entry["ready_ratio_runs"] = pairs
            entry["phases_s"] = median_phases(phases)
        results["pages"][rel] = entry
        for ex_id, times in verdict.items():
            results["exercises"][ex_id] = {"page": rel, "validate_to_verdict_s": median(times),
                                           "runs_s": times}
        print(f"  measured {rel or '/'}", file=sys.stderr)
    results["bare"]["load_pyodide_s"] = median(bare_times)
    results["bare"]["runs_s"] = bare_times


def validate_all(page, rel, ides, timeout=60_000):
    """(exercise id, seconds to the verdict) for each exercise of the page, in page order."""
    editors = harness.editor_ids(page)
    out = []
    for ide in (i for i in ides if i.page == rel):
        corr = ide.exercise().sections["corr"]
        elapsed, text = validate_time(page, editors[ide.index], corr, timeout=timeout)
        out.append((ide.exercise_id, elapsed))
        if not harness.passed(text):
            print(f"warning: {ide.exercise_id}: the reference did not validate:\n{text}", file=sys.stderr)
    return out


def median_phases(phases):
    keys = phases[0].keys() if phases else ()
    return {k: median([p[k] for p in phases if p[k] is not None]) for k in keys}


def measure_phone(browser, site, pages, ides, runs, rate=PHONE_CPU_RATE):
    """The ready and verdict timings of the Practice pages with the CPU throttled ``rate``
    times, each page load paired with a throttled bare load just before it."""
    out = {"cpu_throttling_rate": rate, "runs": runs, "bare": {}, "pages": {}, "exercises": {}}
    bare_times = []
    for rel in pages:
        ready, pairs, phases, verdict = [], [], [], defaultdict(list)
        for _ in range(runs):
            bare_s, _ = load_bare(browser, site, rate)
            bare_times.append(bare_s)
            context, _ = new_context(browser)
            page = context.new_page()
            goto(page, harness.page_url(rel), rate)
            ready.append(wait_ready(page, timeout=120_000 * rate))
            pairs.append(ready[-1] / bare_s)
            phases.append(dict(page.evaluate(PHASES), warm_s=wait_warm(page, 60_000 * rate)))
            for ex_id, elapsed in validate_all(page, rel, ides, timeout=60_000 * rate):
                verdict[ex_id].append(elapsed)
            context.close()
        out["pages"][rel] = {"ready_s": median(ready), "ready_runs_s": ready,
                             "ready_ratio_to_bare": median(pairs), "ready_ratio_runs": pairs,
                             "phases_s": median_phases(phases)}
        for ex_id, times in verdict.items():
            out["exercises"][ex_id] = {"page": rel, "validate_to_verdict_s": median(times),
                                       "runs_s": times}
        print(f"  measured {rel} (CPU {rate}x slower)", file=sys.stderr)
    out["bare"] = {"load_pyodide_s": median(bare_times), "runs_s": bare_times}
    add_verdict_ratios(out["exercises"])
    out["summary"] = verdict_summary(out["exercises"])
    out["summary"].update({
        "bare_load_pyodide_s": out["bare"]["load_pyodide_s"],
        "ready_median_s": median([p["ready_s"] for p in out["pages"].values()]),
        "ready_max_s": max((p["ready_s"] for p in out["pages"].values()), default=None),
        "ready_median_ratio_to_bare": median([p["ready_ratio_to_bare"] for p in out["pages"].values()]),
    })
    return out


def add_verdict_ratios(exercises):
    """Each exercise's verdict over the warm-up floor (the median warm-up verdict)."""
    floor = median([e["validate_to_verdict_s"] for k, e in exercises.items()
                    if k.startswith(FLOOR_EXERCISES)])
    for e in exercises.values():
        e["ratio_to_warmup_floor"] = e["validate_to_verdict_s"] / floor if floor else None
    return floor


def verdict_summary(exercises):
    floor = median([e["validate_to_verdict_s"] for k, e in exercises.items()
                    if k.startswith(FLOOR_EXERCISES)])
    ratios = [e["ratio_to_warmup_floor"] for e in exercises.values() if e.get("ratio_to_warmup_floor")]
    service = [e for k, e in exercises.items() if not k.startswith(FLOOR_EXERCISES)]
    verdicts = [e["validate_to_verdict_s"] for e in exercises.values()]
    worst = max(exercises.items(), key=lambda kv: kv[1]["validate_to_verdict_s"], default=(None, None))[0]
    return {
        "verdict_floor_s": floor,
        "verdict_median_s": median(verdicts),
        "verdict_max_s": max(verdicts, default=None),
        "verdict_slowest": worst,
        "verdict_median_ratio_to_floor": median(ratios),
        "verdict_max_ratio_to_floor": max(ratios, default=None),
        "verdict_service_median_s": median([e["validate_to_verdict_s"] for e in service]),
        "verdict_service_median_ratio_to_floor": median([e["ratio_to_warmup_floor"] for e in service
                                                         if e.get("ratio_to_warmup_floor")]),
    }


def summarize(r):
    pages = r["pages"]
    reading = {rel: p for rel, p in pages.items() if p["kind"] == "reading"}
    bank = {rel: p for rel, p in reading.items() if rel in harness.BANK_PAGES}
    plain = {rel: p for rel, p in reading.items() if rel not in harness.BANK_PAGES}
    practice = [p for p in pages.values() if p["kind"] == "practice"]
    add_verdict_ratios(r["exercises"])
    r["summary"] = {
        "reading_max_gzip_bytes": max((p["gzip_bytes_total"] for p in plain.values()), default=None),
        "reading_min_gzip_bytes": min((p["gzip_bytes_total"] for p in plain.values()), default=None),
        "exam_progress_max_gzip_bytes": max((p["gzip_bytes_total"] for p in bank.values()), default=None),
        "practice_max_bytes_ratio_to_target": max((p["bytes_ratio_to_target"] for p in practice), default=None),
        "ready_max_ratio_to_bare": max((p["ready_ratio_to_bare"] for p in practice), default=None),
        "ready_median_ratio_to_bare": median([p["ready_ratio_to_bare"] for p in practice]),
        **verdict_summary(r["exercises"]),
    }
    s = r["summary"]

    def within(value, limit):
        return value is None or value <= limit

    s["targets_met"] = {
        f"no_editor_<={harness.READING_PAGE_MAX // 1000}KB": within(s["reading_max_gzip_bytes"], harness.READING_PAGE_MAX),
        f"exam_progress_<={harness.BANK_PAGE_MAX // 1000}KB": within(s["exam_progress_max_gzip_bytes"], harness.BANK_PAGE_MAX),
        "practice_<=pyodide+500KB": within(s["practice_max_bytes_ratio_to_target"], 1),
        "ready_<=1.25x_bare": within(s["ready_max_ratio_to_bare"], READY_TARGET),
        f"verdict_median_<={VERDICT_MEDIAN_RATIO}x_floor": within(s["verdict_median_ratio_to_floor"], VERDICT_MEDIAN_RATIO),
        f"verdict_each_<={VERDICT_MAX_RATIO}x_floor": within(s["verdict_max_ratio_to_floor"], VERDICT_MAX_RATIO),
    }


def print_phases(rel, ph, extra=""):
    def sec(key):
        return f"{ph[key]:.2f}" if ph.get(key) is not None else "-"
    print(f"{rel:<24}{sec('first_contentful_paint_s'):>8}{sec('dom_content_loaded_s'):>8}"
          f"{sec('pyodide_up_s'):>11}{sec('ready_s'):>8}{sec('warm_s'):>8}{extra}")


def kb(n):
    return f"{n / 1000:,.0f} KB"


def print_table(r):
    bare = r["bare"]
    print(f"Medians of {r['runs']} fresh contexts; load average at start "
          f"{r['load_average_at_start'][0]:.2f}, at end {r['load_average_at_end'][0]:.2f}." + (f"  mkdocs build: {r['mkdocs_build_s']:.2f} s" if "mkdocs_build_s" in r else ""))
    print(f"Bare loadPyodide(): {bare['load_pyodide_s']:.2f} s, {kb(bare['gzip_bytes'])} gzip "
          f"(Practice target: {kb(bare['gzip_bytes'] + PRACTICE_MARGIN)})\n")
    print(f"{'page':<24}{'site':>10}{'CDN':>11}{'total':>11}{'/target':>9}{'ready':>9}{'/bare':>7}  biggest packages")
    for rel, p in r["pages"].items():
        site = sum(v for o, v in p["gzip_bytes_by_origin"].items() if "jsdelivr" not in o)
        cdn = p["gzip_bytes_total"] - site
        ready = f"{p['ready_s']:.2f} s" if "ready_s" in p else "-"
        ratio = f"{p['ready_ratio_to_bare']:.2f}" if "ready_s" in p else "-"
        top = ", ".join(f"{k} {kb(v)}" for k, v in list(p["gzip_bytes_by_package"].items())[:4])
        print(f"{rel or '/':<24}{kb(site):>10}{kb(cdn):>11}{kb(p['gzip_bytes_total']):>11}"
              f"{p['bytes_ratio_to_target']:>9.2f}{ready:>9}{ratio:>7}  {top}")
    print(f"\n{'Practice page':<24}{'FCP':>8}{'DCL':>8}{'Python up':>11}{'ready':>8}{'warm':>8}"
          "  (s from navigation)")
    for rel, p in r["pages"].items():
        if "phases_s" in p:
            print_phases(rel, p["phases_s"])
    phone = r.get("phone")
    print(f"\n{'exercise':<36}{'Validate -> verdict':>20}{'/floor':>8}"
          + (f"{'phone':>11}{'/floor':>8}" if phone else ""))
    for ex_id, e in r["exercises"].items():
        line = f"{ex_id:<36}{e['validate_to_verdict_s'] * 1000:>17.0f} ms{e['ratio_to_warmup_floor']:>8.2f}"
        if phone and ex_id in phone["exercises"]:
            p = phone["exercises"][ex_id]
            line += f"{p['validate_to_verdict_s'] * 1000:>8.0f} ms{p['ratio_to_warmup_floor']:>8.2f}"
        print(line)
    if phone:
        print(f"\nPhone (CPU {phone['cpu_throttling_rate']}x slower, medians of {phone['runs']}): "
              f"bare loadPyodide() {phone['bare']['load_pyodide_s']:.2f} s")
        print(f"{'Practice page':<24}{'FCP':>8}{'DCL':>8}{'Python up':>11}{'ready':>8}{'warm':>8}{'/bare':>7}")
        for rel, p in phone["pages"].items():
            print_phases(rel, p["phases_s"], f"{p['ready_ratio_to_bare']:>7.2f}")
        print("Phone summary: " + json.dumps(phone["summary"]))
    s = r["summary"]
    print("\nSummary: " + json.dumps({k: v for k, v in s.items() if k != "targets_met"}))
    print("Targets: " + ", ".join(f"{k} {'OK' if ok else 'MISSED'}" for k, ok in s["targets_met"].items()))


if __name__ == "__main__":
    main()
