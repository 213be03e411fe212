"""`make diagrams`: draw every mermaid diagram of the Markdown pages into diagrams/svg/.

Uses the pinned mermaid (node_modules/mermaid, installed by `npm ci`) in Debian's Chromium
through Playwright, as the browser tests do; one browser, one page, all diagrams. Draws only
the diagrams whose files are missing or stale (another mermaid or renderer version), and
deletes the files no diagram uses any more. ``--force`` redraws everything.

For each diagram (see diagrams/hook.py): ``<hash>-light.svg`` (mermaid's "default" theme),
``<hash>-dark.svg`` ("dark" theme) and ``<hash>.txt`` (the diagram as text, one arrow, group
or message a line, read from mermaid's own parse of the diagram).
"""

import argparse
import json
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent / "tests")]

import hook  # noqa: E402

MERMAID_JS = hook.ROOT / "node_modules" / "mermaid" / "dist" / "mermaid.min.js"
# Material's own font stack when `theme.font` is false, so text is measured as it is shown.
FONT = "-apple-system, BlinkMacSystemFont, Helvetica, Arial, sans-serif"

RENDER_JS = """async ([id, text, theme, font]) => {
  mermaid.initialize({
    startOnLoad: false, theme, securityLevel: 'strict', fontFamily: font,
    // Labels as SVG text, not HTML in <foreignObject>: drawn the same in every browser.
    flowchart: {htmlLabels: false, useMaxWidth: true},
    sequence: {useMaxWidth: true},
  });
  const {svg} = await mermaid.render(id, text);
  return svg;
}"""

TEXT_JS = """async (text) => {
  const clean = s => String(s ?? '').replace(/<br\\s*\\/?>/gi, ' ').replace(/<[^>]+>/g, '')
                                    .replace(/\\s+/g, ' ').trim();
  mermaid.initialize({startOnLoad: false});
  const db = (await mermaid.mermaidAPI.getDiagramFromText(text)).db;
  const lines = [];
  if (db.getVertices) {                      // flowchart
    const vertices = db.getVertices();
    const groups = db.getSubGraphs();
    const name = id => {
      const g = groups.find(g => g.id === id);
      if (g) return clean(g.title || id);
      const v = vertices.get ? vertices.get(id) : vertices[id];
      return v ? clean(v.text || id) : id;
    };
    for (const g of groups) lines.push(`${clean(g.title || g.id)}: ${g.nodes.map(name).join('; ')}.`);
    for (const e of db.getEdges()) {
      const how = e.text ? ` (${clean(e.text)})` : '';
      lines.push(`${name(e.start)} →${how} ${name(e.end)}`);
    }
    // Boxes with no arrow and no group still belong in the text.
    const seen = new Set(db.getEdges().flatMap(e => [e.start, e.end]).concat(groups.flatMap(g => g.nodes)));
    for (const id of (vertices.keys ? vertices.keys() : Object.keys(vertices)))
      if (!seen.has(id) && !groups.some(g => g.id === id)) lines.push(name(id));
  } else if (db.getMessages) {               // sequence diagram
    const actors = db.getActors();
    const name = id => { const a = actors.get ? actors.get(id) : actors[id]; return clean(a ? (a.description || a.name) : id); };
    for (const m of db.getMessages())
      if (m.from && m.to && m.message !== undefined) lines.push(`${name(m.from)} → ${name(m.to)}: ${clean(m.message)}`);
  } else {
    throw new Error('make diagrams: add a text alternative for this kind of diagram in diagrams/render.py');
  }
  return lines;
}"""


def stamp(svg):
    """Record what drew the SVG, so the tests can tell a stale drawing."""
    return svg.replace("<svg ", f'<svg data-mermaid="{hook.mermaid_version()}" '
                                f'data-renderer="{hook.RENDERER_VERSION}" ', 1)


def is_current(digest):
    paths = hook.stored_paths(digest)
    if not all(p.is_file() for p in paths.values()):
        return False
    stamp_text = f'data-mermaid="{hook.mermaid_version()}" data-renderer="{hook.RENDERER_VERSION}"'
    return all(stamp_text in paths[k].read_text(encoding="utf-8") for k in ("light", "dark"))


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--force", action="store_true", help="redraw every diagram")
    args = parser.parse_args(argv)

    diagrams = {}
    for md, text in hook.markdown_diagrams():
        diagrams.setdefault(hook.diagram_hash(text), (md, text))
    todo = {d: v for d, v in diagrams.items() if args.force or not is_current(d)}

    hook.SVG_DIR.mkdir(exist_ok=True)
    removed = 0
    for file in hook.SVG_DIR.iterdir():
        if file.name.split("-")[0].split(".")[0] not in diagrams:
            file.unlink()
            removed += 1

    if todo:
        installed = json.loads((MERMAID_JS.parents[1] / "package.json").read_text())["version"]
        if installed != hook.mermaid_version():
            sys.exit(f"node_modules has mermaid {installed}, package.json pins "
                     f"{hook.mermaid_version()}: run `npm ci`")
        from playwright.sync_api import sync_playwright

        from browser import harness

        start = time.perf_counter()
        with sync_playwright() as playwright:
            browser = harness.launch(playwright)
            page = browser.new_page()
            page.set_content(f'<!doctype html><html><body style="font-family: {FONT}"></body></html>')
            page.add_script_tag(path=str(MERMAID_JS))
            for digest, (md, text) in todo.items():
                paths = hook.stored_paths(digest)
                try:
                    for theme, kind in (("default", "light"), ("dark", "dark")):
                        svg = page.evaluate(RENDER_JS, [f"d{digest}-{kind}", text, theme, FONT])
                        paths[kind].write_text(stamp(svg) + "\n", encoding="utf-8")
                    lines = page.evaluate(TEXT_JS, text)
                except Exception as exc:  # noqa: BLE001 - say which diagram, then stop
                    sys.exit(f"{md.relative_to(hook.ROOT)}: mermaid could not draw:\n{text}\n\n{exc}")
                paths["text"].write_text("\n".join(lines) + "\n", encoding="utf-8")
                print(f"drew {digest} ({md.relative_to(hook.ROOT)})")
            browser.close()
        print(f"{len(todo)} diagram(s) drawn in {time.perf_counter() - start:.1f} s")
    print(f"{len(diagrams)} diagram(s) up to date in {hook.SVG_DIR.relative_to(hook.ROOT)}"
          + (f"; {removed} unused file(s) removed" if removed else ""))


if __name__ == "__main__":
    main()
