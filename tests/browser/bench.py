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
  and by package, and the ratio to the target (reading page: 300 KB; Practice page: Pyodide's
  own files, what the bare page downloads, + 500 KB);
* per Practice page: the time from navigation to "Pyodide kernel ready." and its ratio to the
  bare time (target 1.25): each page load is paired with a bare load just before it, and the
  ratio is the median of those pairs (the machine's load may drift during a run);
* per exercise: the time from a Validate click on the reference solution to the verdict
  (targets: 300 ms median, 600 ms max).

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

READING_TARGET = 300_000
PRACTICE_MARGIN = 500_000
READY_TARGET = 1.25
VERDICT_MEDIAN_TARGET = 0.300
VERDICT_MAX_TARGET = 0.600

BARE_PATH = "__bench__/bare.html"
PYODIDE_JS = "https://cdn.jsdelivr.net/pyodide/v{version}/full/pyodide.js"
BARE_HTML = """<!doctype html><html><head><meta charset="utf-8"><title>bare</title>
<script src="{pyodide_js}"></script></head><body><script>
loadPyodide().then(() => {{ window.__pyReady = performance.now(); }});
</script></body></html>"""

# Records, in the page, when PMT logs "Pyodide kernel ready.".
READY_PROBE = """(() => {
  window.__pyReady = null;
  const log = console.log;
  console.log = function (...args) {
    if (window.__pyReady === null && args.some(a => typeof a === 'string' && a.includes('Pyodide kernel ready.')))
      window.__pyReady = performance.now();
    return log.apply(this, args);
  };
})();"""


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
    read in the page; and the terminal's text."""
    page.evaluate("""([id, code]) => {
        ace.edit(id).setValue(code, 1);
        $('#term_' + id).terminal().clear();
        window.__clickAt = performance.now();
        document.querySelector('#global_' + id + ' button[btn_kind=check]').click();
    }""", [editor_id, code])
    elapsed = page.wait_for_function("""id => {
        const term = $('#term_' + id).terminal();
        const out = document.querySelector('#term_' + id + ' .terminal-output');
        return !term.paused() && out && out.innerText.trim().length > 0
            && (performance.now() - window.__clickAt);
    }""", arg=editor_id, timeout=timeout, polling=5).json_value() / 1000
    return elapsed, harness.terminal_text(page, editor_id)


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


def load_bare(browser, site):
    context, recorder = new_context(browser)
    page = context.new_page()
    page.goto(harness.site_url() + BARE_PATH)
    elapsed = wait_ready(page)
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
        totals, origins, packages, ready, pairs, verdict = [], [], [], [], [], defaultdict(list)
        for _ in range(runs if has_ide else 1):   # bytes do not vary: one load of a reading page
            if has_ide:
                bare_s, _ = load_bare(browser, site)
                bare_times.append(bare_s)
            context, recorder = new_context(browser)
            page = context.new_page()
            page.goto(harness.page_url(rel), wait_until="load", timeout=120_000)
            if has_ide:
                ready.append(wait_ready(page))
                pairs.append(ready[-1] / bare_s)
            page.wait_for_load_state("networkidle")
            by_origin, by_package = weigh(recorder.urls, site)
            totals.append(sum(by_origin.values()))
            origins.append(by_origin)
            packages.append(by_package)
            missing = [u for u in recorder.urls if u.startswith("https://") and gzip_size(u, str(site)) == 0]
            if missing:
                print(f"warning: {rel}: not served: {missing}", file=sys.stderr)
            if has_ide:
                editors = harness.editor_ids(page)
                for ide in (i for i in ides if i.page == rel):
                    corr = ide.exercise().sections["corr"]
                    elapsed, out = validate_time(page, editors[ide.index], corr)
                    verdict[ide.exercise_id].append(elapsed)
                    if not harness.passed(out):
                        print(f"warning: {ide.exercise_id}: the reference did not validate:\n{out}",
                              file=sys.stderr)
            context.close()
        pick = totals.index(sorted(totals)[len(totals) // 2])   # the median load's breakdown
        total = totals[pick]
        target = bare_bytes + PRACTICE_MARGIN if has_ide else READING_TARGET
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
        results["pages"][rel] = entry
        for ex_id, times in verdict.items():
            results["exercises"][ex_id] = {"page": rel, "validate_to_verdict_s": median(times),
                                           "runs_s": times}
        print(f"  measured {rel or '/'}", file=sys.stderr)
    results["bare"]["load_pyodide_s"] = median(bare_times)
    results["bare"]["runs_s"] = bare_times


def summarize(r):
    pages = r["pages"].values()
    reading = [p for p in pages if p["kind"] == "reading"]
    practice = [p for p in pages if p["kind"] == "practice"]
    verdicts = [e["validate_to_verdict_s"] for e in r["exercises"].values()]
    r["summary"] = {
        "reading_max_gzip_bytes": max((p["gzip_bytes_total"] for p in reading), default=None),
        "practice_max_bytes_ratio_to_target": max((p["bytes_ratio_to_target"] for p in practice), default=None),
        "ready_max_ratio_to_bare": max((p["ready_ratio_to_bare"] for p in practice), default=None),
        "ready_median_ratio_to_bare": median([p["ready_ratio_to_bare"] for p in practice]),
        "verdict_median_s": median(verdicts),
        "verdict_max_s": max(verdicts, default=None),
    }
    s = r["summary"]
    s["targets_met"] = {
        "reading_<=300KB": s["reading_max_gzip_bytes"] is None or s["reading_max_gzip_bytes"] <= READING_TARGET,
        "practice_<=pyodide+500KB": s["practice_max_bytes_ratio_to_target"] is None
        or s["practice_max_bytes_ratio_to_target"] <= 1,
        "ready_<=1.25x_bare": s["ready_max_ratio_to_bare"] is None or s["ready_max_ratio_to_bare"] <= READY_TARGET,
        "verdict_median_<=300ms": s["verdict_median_s"] is None or s["verdict_median_s"] <= VERDICT_MEDIAN_TARGET,
        "verdict_max_<=600ms": s["verdict_max_s"] is None or s["verdict_max_s"] <= VERDICT_MAX_TARGET,
    }


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
    print(f"\n{'exercise':<36}{'Validate -> verdict':>20}")
    for ex_id, e in r["exercises"].items():
        print(f"{ex_id:<36}{e['validate_to_verdict_s'] * 1000:>17.0f} ms")
    s = r["summary"]
    print("\nSummary: " + json.dumps({k: v for k, v in s.items() if k != "targets_met"}))
    print("Targets: " + ", ".join(f"{k} {'OK' if ok else 'MISSED'}" for k, ok in s["targets_met"].items()))


if __name__ == "__main__":
    main()
