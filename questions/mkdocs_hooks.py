"""MkDocs hooks of the question bank (registered under ``hooks:`` in mkdocs.yml).

* ``on_config``: loads and checks questions/*.yml (a broken bank fails the build) and gives
  the pages the ``{{ quiz("lambda") }}`` macro: the questions whose ``quizzes`` list names that
  page quiz, rendered as a quiz that docs/assets/learn.js makes interactive.
* ``on_post_page``: notes the PMT editor id of each exercise on the Practice pages (PMT saves a
  learner's code and last verdict in localStorage under that id), for the progress page.
* ``on_post_build``: writes ``assets/bank.json``, which the practice exam and the progress
  page read.
"""

import html
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from questions import bank  # noqa: E402

BANK_JSON = "assets/bank.json"
_state = {"questions": [], "editors": {}}
_EDITOR = re.compile(r'<div[^>]*\bid="(editor_[0-9a-f]+)"')


def quiz_html(key, questions, title=None):
    """The page quiz ``key``: a form with one fieldset per question. The options keep their
    stored order here (``data-index``); learn.js shuffles them on screen."""
    chosen = [q for q in questions if key in (q.get("quizzes") or [])]
    if not chosen:
        raise bank.BankError(f"quiz({key!r}): no question lists {key!r} in its quizzes")
    name = title or (bank.TOPICS[key][0] if key in bank.TOPICS else key.capitalize())
    out = [f'<div class="bank-quiz" data-quiz="{key}" data-topic="{key}">',
           f'<p class="bank-quiz-title"><strong>{html.escape(name)} quiz</strong> '
           f'({len(chosen)} questions)</p>',
           '<p class="bank-quiz-help">Choose your answers, then press <strong>Check answers</strong> '
           'at the end. A question that says "Select TWO" has two right answers. Each answer is '
           'explained after checking. Press <strong>Not sure</strong> under a guess: a missed '
           'question or a guess comes back on the Review page.</p>',
           '<form class="bank-quiz-form" novalidate><ol class="bank-quiz-list">']
    for n, q in enumerate(chosen):
        s = bank.site_question(q)
        kind = "radio" if q["type"] == "single" else "checkbox"
        right = ",".join(str(i) for i in bank.correct_indices(q))
        qid = f"{key}-q{n}"
        out.append(f'<li class="bank-q" data-id="{q["id"]}" data-type="{q["type"]}" '
                   f'data-correct="{right}"><fieldset><legend>{s["stem"]}</legend>'
                   '<div class="bank-options">')
        for i, o in enumerate(s["options"]):
            # The label wraps its box: the whole row is one tap target (learn.css).
            out.append(f'<div class="bank-opt" data-index="{i}">'
                       f'<label class="bank-choice" for="{qid}-o{i}">'
                       f'<input type="{kind}" id="{qid}-o{i}" name="{qid}" value="{i}">'
                       f'<span class="bank-text">{o["html"]}</span></label>'
                       f'<p class="bank-why" hidden>{o["why"]}</p></div>')
        links = f'<a href="{{base}}{s["section"]["url"]}">Read: {html.escape(s["section"]["title"])}</a>'
        if s["exercise"]:
            links += (f' · <a href="{{base}}{s["exercise"]["url"]}">Practise: '
                      f'{html.escape(s["exercise"]["title"])}</a>')
        # A guess, even a right one, comes back on the Review page (review.js).
        out.append('</div><button type="button" class="md-button bank-unsure" aria-pressed="false">'
                   'Not sure</button>')
        out.append(f'<p class="bank-verdict" hidden></p><p class="bank-links" hidden>{links}</p>'
                   '</fieldset></li>')
    out.append('</ol><div class="bank-quiz-actions">'
               '<button type="submit" class="md-button md-button--primary">Check answers</button>'
               '<button type="reset" class="md-button">Clear answers</button>'
               '<p class="bank-quiz-score" role="status" aria-live="polite"></p></div></form></div>')
    return "".join(out)


def on_config(config, **_):
    _state["questions"] = bank.checked()
    _state["editors"] = {}

    def quiz(key, title=None):
        text = quiz_html(key, _state["questions"], title)
        # Links are relative to the site root; the page fills in its own way there.
        page = macros.page
        depth = page.url.count("/") if page and page.url else 0
        return text.replace("{base}", "../" * depth)

    macros = config.plugins["pyodide_macros"]
    macros.register_macros({"quiz": quiz})
    return config


def on_post_page(output, page, config, **_):
    source = page.file.abs_src_path
    if source and source.endswith(".md"):
        text = Path(source).read_text(encoding="utf-8")
        calls = [m.group("id") for m in bank.IDE_CALL.finditer(text)]
        editors = list(dict.fromkeys(_EDITOR.findall(output)))
        if calls and len(calls) == len(editors):
            _state["editors"].update(zip(calls, editors))
    return output


def on_post_build(config, **_):
    data = bank.site_data(_state["questions"], _state["editors"])
    target = Path(config.site_dir) / BANK_JSON
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")


def on_serve(server, config, builder, **_):
    server.watch(str(ROOT / "questions"))
    return server
