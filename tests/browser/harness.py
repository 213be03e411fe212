"""Serve the built site to Debian's Chromium, offline, as a reader gets it.

* The pages are opened **at** the ``site_url`` of mkdocs.yml (PMT fetches its python_libs
  from that absolute address) and Playwright answers every request under it from the built
  folder: no server, no port.
* The CDN files the pages load are answered from ``node_modules``: ``npm ci`` installs exactly
  the versions the pages ask for (package.json + package-lock.json).
* Every other outside request is aborted and recorded, so a test can fail on it.

jquery.terminal@2.43.1, which PMT pins with an SRI hash, is not in the npm registry this
project can reach (2.43.0 and 2.44.1 are). The harness, and only the harness, serves 2.43.0
for it and drops that one ``integrity`` value from PMT's terminal script as it passes through;
the published site is untouched and still loads 2.43.1 from the CDN with its hash.
"""

import json
import mimetypes
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[2]
NODE_MODULES = ROOT / "node_modules"
CDN = "https://cdn.jsdelivr.net/"
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
    "--disable-default-apps", "--disable-quic",
]
# Versions the pages ask for that npm serves under another version (see the module doc).
SUBSTITUTES = {("jquery.terminal", "2.43.1"): "2.43.0"}
# Floating versions the pages ask for: the major version they accept.
FLOATING = {("mathjax", "3"): "3."}
_TERMINAL_SRI = re.compile(r'(jquery\.terminal@2\.43\.1/js/jquery\.terminal\.min\.js",)\s*integrity:\s*"[^"]+",')

mimetypes.add_type("application/wasm", ".wasm")
mimetypes.add_type("text/javascript", ".mjs")


def site_url():
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    match = re.search(r'^site_url:\s*!ENV\s*\[\s*SITE_URL\s*,\s*"([^"]+)"\s*\]', text, re.M)
    url = match.group(1) if match else re.search(r"^site_url:\s*(\S+)", text, re.M).group(1)
    return url if url.endswith("/") else url + "/"


def chromium_path():
    for candidate in (os.environ.get("CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser"):
        if candidate and Path(candidate).is_file():
            return candidate
    raise RuntimeError("No Chromium found: install Debian's `chromium` package or set CHROMIUM.")


def _package_file(package, version, path):
    folder = NODE_MODULES / package
    meta = json.loads((folder / "package.json").read_text(encoding="utf-8"))
    installed = meta["version"]
    wanted = SUBSTITUTES.get((package, version), version)
    floating = FLOATING.get((package, version))
    if not (installed == wanted or (floating and installed.startswith(floating))):
        raise LookupError(f"page asks for {package}@{version}, node_modules has {installed}")
    if not path:
        path = meta.get("jsdelivr") or meta.get("main") or "index.js"
        minified = re.sub(r"\.js$", ".min.js", path)
        if (folder / minified).is_file():
            path = minified
    return folder / path


def cdn_file(url):
    """The local file that stands for a CDN address, or raise LookupError."""
    path = urlsplit(url).path
    match = re.fullmatch(r"/pyodide/v([\d.]+)/full/(.+)", path)
    if match:
        return _package_file("pyodide", match.group(1), match.group(2))
    match = re.fullmatch(r"/npm/((?:@[^/]+/)?[^@/]+)@([^/]+)(?:/(.*))?", path)
    if match:
        return _package_file(*match.groups())
    raise LookupError(f"unknown CDN address {url}")


@dataclass
class Network:
    """What a page asked for: each outside request aborted, each missing file."""
    blocked: list = field(default_factory=list)
    missing: list = field(default_factory=list)
    cdn: list = field(default_factory=list)


def _fulfil_file(route, file, body=None):
    content_type = mimetypes.guess_type(file.name)[0] or "application/octet-stream"
    headers = {"content-type": content_type, "access-control-allow-origin": "*"}
    route.fulfill(status=200, headers=headers, body=body if body is not None else file.read_bytes())


def install_routes(context, site_dir, network):
    """Answer the site from ``site_dir`` and the CDN from node_modules; block the rest."""
    base = site_url()
    site_dir = Path(site_dir)

    def handle(route):
        url = route.request.url
        if url.startswith(base):
            rel = urlsplit(url).path[len(urlsplit(base).path):]
            file = site_dir / rel
            if file.is_dir() or rel.endswith("/") or rel == "":
                file = file / "index.html"
            if not file.is_file():
                network.missing.append(url)
                route.fulfill(status=404, body="not found")
                return
            body = None
            if file.name == "3-terminalRunner-term.js":
                text, count = _TERMINAL_SRI.subn(r"\1", file.read_text(encoding="utf-8"))
                if count != 1:
                    raise RuntimeError("PMT's terminal script changed: review the harness")
                body = text.encode()
            _fulfil_file(route, file, body)
        elif url.startswith(CDN):
            try:
                file = cdn_file(url)
            except LookupError as exc:
                network.blocked.append(f"{url} ({exc})")
                route.abort()
                return
            if not file.is_file():
                network.missing.append(url)
                route.fulfill(status=404, body="not found")
                return
            network.cdn.append(url)
            _fulfil_file(route, file)
        elif url.startswith(("data:", "blob:")):
            route.continue_()
        else:
            network.blocked.append(url)
            route.abort()

    context.route("**/*", handle)
