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
(2.43.0 and 2.43.1 differ only in small fixes to the terminal; the tests check the grading
and the messages the terminal shows, which do not depend on them.)

Test-only instrumentation, also harness-only: shadow roots are opened (so a test can look
inside any widget that draws into a closed one) and axe-core is injected from node_modules.
"""

import difflib
import gzip
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
    # (origin, gzip size) of every response the harness served, for the benchmark.
    served: list = field(default_factory=list)
    measure: bool = False


def _fulfil_file(route, file, body=None, network=None):
    content_type = mimetypes.guess_type(file.name)[0] or "application/octet-stream"
    headers = {"content-type": content_type, "access-control-allow-origin": "*"}
    body = body if body is not None else file.read_bytes()
    if network is not None and network.measure:
        origin = "{0.scheme}://{0.netloc}".format(urlsplit(route.request.url))
        network.served.append((origin, len(gzip.compress(body, 6)), route.request.url))
    route.fulfill(status=200, headers=headers, body=body)


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
            _fulfil_file(route, file, body, network)
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
            _fulfil_file(route, file, network=network)
        elif url.startswith(("data:", "blob:")):
            route.continue_()
        else:
            network.blocked.append(url)
            route.abort()

    context.route("**/*", handle)


# --------------------------------------------------------------------------------------------
# Weight (issue 22): shared by tests/browser/test_weight.py and the benchmark (bench.py).

# Gzip bytes (level 6) a page without an editor may download, everything included.
READING_PAGE_MAX = 120_000
# The practice exam, the progress page and the Review page also load the question bank
# (about 38 KB).
BANK_PAGES = ("exam/", "progress/", "review/")
BANK_PAGE_MAX = 150_000
# What only PMT's widgets use: a page without one must not ask for any of it.
EDITOR_MACHINERY = re.compile(
    r"cdn\.jsdelivr\.net/npm/(?:jquery|lodash|jquery\.terminal|ace-builds)@"
    r"|cdn\.jsdelivr\.net/pyodide/"
    r"|/(?:js-libs|js-per-pages|js-scripts)/"
    r"|/assets/(?:speed|terminal)\.js$")


def weight_target(rel):
    """The most gzip bytes the page ``rel`` (a page without an editor) may download."""
    return BANK_PAGE_MAX if rel in BANK_PAGES else READING_PAGE_MAX


# --------------------------------------------------------------------------------------------
# Driving pages: shared by the tests and the benchmark.

PYODIDE_READY = "Pyodide kernel ready."
AXE_JS = NODE_MODULES / "axe-core" / "axe.min.js"
# Widgets may draw in a *closed* shadow root: open it so a test can look inside.
OPEN_SHADOW_ROOTS = """(() => {
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) { return attach.call(this, {...init, mode: "open"}); };
})();"""


@dataclass
class Tab:
    """One page in its own browser context, with what it logged and requested."""
    context: object
    page: object
    network: Network
    console: list = field(default_factory=list)   # (type, text)
    errors: list = field(default_factory=list)    # console errors and uncaught exceptions

    def close(self):
        self.context.close()


def launch(playwright):
    return playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)


def new_tab(browser, site_dir, *, width=1280, height=900, color_scheme="light", measure=False):
    """A fresh context (empty cache and localStorage) routed to the built site, offline."""
    context = browser.new_context(viewport={"width": width, "height": height},
                                  color_scheme=color_scheme, service_workers="block")
    network = Network(measure=measure)
    install_routes(context, site_dir, network)
    context.add_init_script(OPEN_SHADOW_ROOTS)
    page = context.new_page()
    tab = Tab(context, page, network)

    def on_console(message):
        tab.console.append((message.type, message.text))
        if message.type == "error":
            location = message.location or {}
            where = location.get("url", "")
            tab.errors.append(f"console error: {message.text} ({where})")

    page.on("console", on_console)
    page.on("pageerror", lambda exc: tab.errors.append(f"uncaught exception: {exc}"))
    return tab


def page_url(rel):
    """The address of a built page: ``lambda/practice/`` -> site_url + that."""
    return site_url() + rel


def goto(tab, rel, *, wait_pyodide=False, timeout=90_000):
    page = tab.page
    if wait_pyodide:
        with page.expect_console_message(lambda m: PYODIDE_READY in m.text, timeout=timeout):
            page.goto(page_url(rel), wait_until="load", timeout=timeout)
    else:
        page.goto(page_url(rel), wait_until="load", timeout=timeout)
    return page


def settle(page):
    """Wait until the page's fonts are loaded, its finite CSS transitions and animations have
    finished (a button fading from its hover colours would be measured half-way by axe), and
    two animation frames have passed."""
    page.evaluate("""async () => {
        await document.fonts.ready;
        const finite = document.getAnimations().filter(
            a => a.effect && a.effect.getComputedTiming().iterations !== Infinity);
        await Promise.race([
            Promise.all(finite.map(a => a.finished.catch(() => null))),
            new Promise(r => setTimeout(r, 2000)),
        ]);
        await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
    }""")


# ---- IDEs ----------------------------------------------------------------------------------

def editor_ids(page):
    return page.eval_on_selector_all(".py_mk_ide [id^=editor_]", "els => els.map(e => e.id)")


def editor_text(page, editor_id):
    return page.evaluate("id => ace.edit(id).getValue()", editor_id)


def terminal_text(page, editor_id):
    """The IDE's terminal as a reader sees it (jquery.terminal uses no-break spaces)."""
    text = page.evaluate(
        "id => (document.querySelector('#term_' + id + ' .terminal-output') || {}).innerText || ''",
        editor_id)
    return text.replace("\xa0", " ")


def squash(text):
    """Text without whitespace: the terminal wraps long lines at its width."""
    return re.sub(r"\s+", "", text)


def validate(page, editor_id, code=None, *, timeout=60_000):
    """Put ``code`` in the editor (None: keep what is there), click Validate, return the
    terminal's text once the run is over.

    PMT pauses the IDE's terminal (jquery.terminal) for the whole run, prints the verdict,
    then resumes it: the run is over when the terminal is resumed and shows output again.
    """
    page.evaluate("""([id, code]) => {
        if (code !== null) ace.edit(id).setValue(code, 1);
        $('#term_' + id).terminal().clear();
    }""", [editor_id, code])
    page.click(f"#global_{editor_id} button[btn_kind=check]")
    page.wait_for_function("""id => {
        const term = $('#term_' + id).terminal();
        const out = document.querySelector('#term_' + id + ' .terminal-output');
        return !term.paused() && out && out.innerText.trim().length > 0;
    }""", arg=editor_id, timeout=timeout, polling=50)
    return terminal_text(page, editor_id)


def _normalized(text):
    """Squashed text with the elements of every ``{...}`` sorted: a set prints in another
    order in each Python process (string hashing is randomised)."""
    return re.sub(r"\{([^{}]*)\}", lambda m: "{" + ",".join(sorted(m.group(1).split(","))) + "}",
                  squash(text))


def message_shown(message, terminal, *, min_ratio=0.9):
    """Is the assertion ``message`` (as CPython raised it) shown in the ``terminal``?

    Exactly, up to line wrapping and set order; or, for a message that embeds a value that
    changes from run to run (a clock reading, an id), the terminal shows a text that starts
    like the message and matches at least ``min_ratio`` of it.
    """
    m, t = _normalized(message), _normalized(terminal)
    if m in t:
        return True
    start = t.find(m[:24])
    if start < 0:
        return False
    return difflib.SequenceMatcher(None, m, t[start:start + len(m)], autojunk=False).ratio() >= min_ratio


PASSED = "passed all the tests"
SECRETS_OK = "Secret tests: OK"


def passed(text):
    return SECRETS_OK in text and "Error" not in text


# ---- Pages ---------------------------------------------------------------------------------

def run_axe(page):
    """Serious and critical axe-core violations on the page, as short readable lines."""
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.add_script_tag(path=str(AXE_JS))
    violations = page.evaluate("""async () => {
        const result = await axe.run(document, {resultTypes: ['violations']});
        return result.violations
            .filter(v => v.impact === 'serious' || v.impact === 'critical')
            .map(v => ({id: v.id, impact: v.impact, help: v.help,
                        nodes: v.nodes.map(n => ({target: n.target.join(' '),
                                                  html: n.html.slice(0, 160),
                                                  summary: n.failureSummary}))}));
    }""")
    lines = []
    for v in violations:
        for node in v["nodes"]:
            lines.append(f"{v['impact']} {v['id']} ({v['help']}): {node['target']}\n"
                         f"    {node['html']}\n    {node['summary']}".replace("\n\n", "\n"))
    return lines


def set_dark(page):
    """Switch to the dark palette the way a reader does: the header's toggle."""
    if page.evaluate("() => document.body.getAttribute('data-md-color-scheme')") != "slate":
        page.click("form[data-md-component=palette] label:not([hidden])")
        page.wait_for_function(
            "() => document.body.getAttribute('data-md-color-scheme') === 'slate'")
    settle(page)


def set_light(page):
    """Back to the light palette, through the header's toggle."""
    if page.evaluate("() => document.body.getAttribute('data-md-color-scheme')") == "slate":
        page.click("form[data-md-component=palette] label:not([hidden])")
        page.wait_for_function(
            "() => document.body.getAttribute('data-md-color-scheme') !== 'slate'")
    settle(page)


def toc_fragments(page):
    """The fragments the page's table of contents links to (Material's secondary nav)."""
    return page.evaluate("""() => [...document.querySelectorAll('.md-nav--secondary a.md-nav__link')]
        .map(a => a.getAttribute('href')).filter(h => h && h.startsWith('#')).map(h => h.slice(1))""")


def wide_without_cue(page):
    """Elements of the page's text that scroll sideways but cannot be reached from the
    keyboard or do not say that they scroll (docs/assets/wide.js). The editor's own
    scrollbars are ACE's business."""
    return page.evaluate("""() => [...document.querySelectorAll('.md-typeset *')].filter(e => {
        if (e.closest('.py_mk_ide') || !e.getClientRects().length) return false;
        const s = getComputedStyle(e);
        if (!/auto|scroll/.test(s.overflowX) || e.scrollWidth <= e.clientWidth + 1) return false;
        const hint = e.previousElementSibling;
        return !(e.tabIndex >= 0 && e.getAttribute('data-scrolls') === 'sideways'
                 && hint && hint.classList.contains('scroll-hint') && hint.getClientRects().length);
    }).map(e => e.tagName.toLowerCase() + '.' + [...e.classList].join('.') + ' ' + e.scrollWidth + '/' + e.clientWidth)""")


def diagram_report(page):
    """Per diagram (drawn at build time, diagrams/hook.py): the inline SVGs shown in the
    current palette, their accessible names, and the lines of its text alternative."""
    return page.evaluate("""() => [...document.querySelectorAll('figure.diagram')].map((fig, i) => {
        const shown = [...fig.querySelectorAll('svg')].filter(s => s.getBoundingClientRect().width > 0);
        return {index: i, shown: shown.length,
                labels: shown.map(s => s.getAttribute('role') === 'img' ? s.getAttribute('aria-label') : ''),
                text: [...fig.querySelectorAll('.diagram-text li')].map(li => li.textContent)};
    })""")


def links_and_ids(page):
    """Every link's resolved address, and every id/name on the page as a reader gets it."""
    return page.evaluate("""() => ({
        links: [...document.querySelectorAll('a[href]')].map(a => a.href),
        ids: [...document.querySelectorAll('[id], a[name]')].map(e => e.id || e.getAttribute('name')),
    })""")


def sideways_overflow(page):
    """How many pixels the page scrolls sideways (0 is right)."""
    return page.evaluate(
        "() => document.scrollingElement.scrollWidth - document.documentElement.clientWidth")


# ---- Quizzes ----------------------------------------------------------------------------

def quiz_keys(page):
    """Each bank quiz on the page (``{{ quiz(...) }}``): its key and, per question, its bank id,
    type, stem, the 0-based indices of the right answers in the bank's order
    (``data-correct``) and the number of options."""
    return page.evaluate("""() => [...document.querySelectorAll('.bank-quiz')].map(box => ({
        key: box.dataset.quiz,
        questions: [...box.querySelectorAll('.bank-q')].map(q => ({
            id: q.dataset.id, type: q.dataset.type,
            stem: q.querySelector('legend').textContent,
            correct: q.dataset.correct.split(',').filter(Boolean).map(Number),
            items: q.querySelectorAll('.bank-opt').length,
            inputs: [...q.querySelectorAll('input')].map(i => i.type),
        })),
    }))""")


def answer_quiz(page, quiz, choices):
    """Clear the quiz, tick ``choices[i]`` (indices in the bank's order, whatever order the
    shuffle shows) for question i, press Check answers and return the score shown, "3/3"."""
    box = page.locator(f".bank-quiz[data-quiz='{quiz['key']}']")
    box.get_by_role("button", name="Clear answers").click()
    for q, picks in enumerate(choices):
        item = box.locator(f".bank-q[data-id='{quiz['questions'][q]['id']}']")
        for i in picks:
            item.locator(f".bank-opt[data-index='{i}'] input").check()
    box.get_by_role("button", name="Check answers").click()
    score = box.locator(".bank-quiz-score")
    page.wait_for_function("el => /\\d+\\/\\d+/.test(el.textContent)", arg=score.element_handle())
    return re.search(r"\d+/\d+", score.text_content()).group(0)


def squash_spaces(text):
    """Text with every run of whitespace made one space: the terminal wraps long lines."""
    return re.sub(r"\s+", " ", text)
