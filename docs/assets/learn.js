/* The learner's side of the question bank, on every page:
 *  - window.Learn: the site's localStorage, namespaced by the project id, with versioned,
 *    checked records (used by the quizzes, the practice exam and the progress page);
 *  - page quizzes made by {{ quiz("topic") }} (questions/mkdocs_hooks.py): shuffled options,
 *    Check answers / Clear answers, every option explained under its question, best score kept.
 * No dependency; nothing leaves the browser. */
(function () {
  "use strict";

  // Same as plugins.pyodide_macros.project.id in mkdocs.yml (a test checks it).
  var PROJECT = "aws-compute-by-doing";
  var PREFIX = PROJECT + ":";
  var KEYS = {
    quiz: PREFIX + "quiz-best",
    history: PREFIX + "exam-history",
    current: PREFIX + "exam-current",
    solved: PREFIX + "solved",
  };
  var VERSION = 1;

  function read(key) {
    // A record {v: 1, ...} or null; anything else (corrupt, old) is reported as {bad: true}.
    var raw;
    try { raw = localStorage.getItem(key); } catch (e) { return null; }
    if (raw === null) return null;
    try {
      var data = JSON.parse(raw);
      if (data && typeof data === "object" && data.v === VERSION) return data;
    } catch (e) { /* fall through */ }
    return { bad: true };
  }

  function write(key, data) {
    data.v = VERSION;
    try { localStorage.setItem(key, JSON.stringify(data)); return true; } catch (e) { return false; }
  }

  function remove(key) {
    try { localStorage.removeItem(key); } catch (e) { /* ignore */ }
  }

  function isNum(x) { return typeof x === "number" && isFinite(x) && x >= 0; }

  /** The readable entries of a {key: {right, total, date}} record of quiz scores. */
  function cleanScores(scores) {
    var out = {}, skipped = 0;
    if (!scores || typeof scores !== "object" || Array.isArray(scores)) return { scores: out, skipped: scores ? 1 : 0 };
    Object.keys(scores).forEach(function (k) {
      var s = scores[k];
      if (s && isNum(s.right) && isNum(s.total) && s.total > 0 && s.right <= s.total) out[k] = s;
      else skipped++;
    });
    return { scores: out, skipped: skipped };
  }

  /** Best page-quiz scores: {key: {right, total, date}}; bad entries dropped. */
  function quizBest() {
    var data = read(KEYS.quiz);
    if (data && data.bad) return { scores: {}, skipped: 1 };
    return cleanScores(data && data.scores);
  }

  function saveQuizScore(key, right, total) {
    var best = quizBest().scores, old = best[key];
    if (!old || right / total > old.right / old.total) {
      best[key] = { right: right, total: total, date: new Date().toISOString() };
      write(KEYS.quiz, { scores: best });
    }
  }

  function validAttempt(a) {
    return !!a && typeof a.date === "string" && !isNaN(Date.parse(a.date)) && isNum(a.length) && a.length > 0 &&
      isNum(a.right) && a.right <= a.length && !!a.topics && typeof a.topics === "object" &&
      (a.kind === undefined || a.kind === "exam" || a.kind === "topic" || a.kind === "retry") &&
      Object.keys(a.topics).every(function (t) {
        var v = a.topics[t];
        return Array.isArray(v) && v.length === 2 && isNum(v[0]) && isNum(v[1]) && v[0] <= v[1];
      });
  }

  /** Saved practice-exam attempts: {attempts, skipped, bad}; unreadable entries skipped. */
  function examHistory() {
    var data = read(KEYS.history);
    if (!data) return { attempts: [], skipped: 0, bad: false };
    if (data.bad || !Array.isArray(data.attempts)) return { attempts: [], skipped: 0, bad: true };
    var good = data.attempts.filter(validAttempt);
    return { attempts: good, skipped: data.attempts.length - good.length, bad: false };
  }

  /** PMT's own saved state of an editor: {code, done: -1|0|1, project, ...} or null. */
  function editorState(editorId) {
    if (!editorId) return null;
    try {
      var data = JSON.parse(localStorage.getItem(editorId) || "null");
      return data && typeof data === "object" && data.project === PROJECT ? data : null;
    } catch (e) { return null; }
  }

  /** Editors ever solved here: {editorId: date}. PMT's own `done` says whether the LAST
   * Validate passed (a later failure or a reset of the editor clears it), so the site keeps
   * its own record of every success it has seen. */
  function solvedEditors() {
    var data = read(KEYS.solved);
    return data && !data.bad && data.editors && typeof data.editors === "object" ? data.editors : {};
  }

  function isSolved(editorId) {
    var s = editorState(editorId);
    return !!editorId && ((s && s.done === 1) || Object.prototype.hasOwnProperty.call(solvedEditors(), editorId));
  }

  function recordSolved() {
    var editors = solvedEditors(), changed = false;
    document.querySelectorAll(".py_mk_ide [id^=editor_]").forEach(function (el) {
      var s = editorState(el.id);
      if (s && s.done === 1 && !editors[el.id]) { editors[el.id] = new Date().toISOString(); changed = true; }
    });
    if (changed) write(KEYS.solved, { editors: editors });
  }

  function shuffle(list, random) {
    random = random || Math.random;
    for (var i = list.length - 1; i > 0; i--) {
      var j = Math.floor(random() * (i + 1)), t = list[i];
      list[i] = list[j]; list[j] = t;
    }
    return list;
  }

  function bankUrl() {
    // The site root, from this script's own address (…/assets/learn.js).
    var me = document.querySelector('script[src*="assets/learn.js"]');
    return new URL("bank.json", me ? me.src : location.href).href;
  }

  var bankPromise = null;
  function loadBank() {
    if (!bankPromise) {
      bankPromise = fetch(bankUrl()).then(function (r) {
        if (!r.ok) throw new Error("HTTP " + r.status);
        return r.json();
      });
    }
    return bankPromise;
  }

  function siteRoot() { return new URL("..", bankUrl()).href; }

  window.Learn = {
    PROJECT: PROJECT, PREFIX: PREFIX, KEYS: KEYS, VERSION: VERSION,
    read: read, write: write, remove: remove, quizBest: quizBest, examHistory: examHistory, saveQuizScore: saveQuizScore,
    cleanScores: cleanScores, validAttempt: validAttempt,
    editorState: editorState, isSolved: isSolved, shuffle: shuffle, loadBank: loadBank, siteRoot: siteRoot,
  };

  // ---- Page quizzes ----------------------------------------------------------------------

  var BADGES = {
    "is-right": "✓ Your answer: right",
    "is-missed": "◯ Right answer you did not pick",
    "is-wrong": "✗ Your answer: wrong",
  };

  function picked(li) {
    return Array.prototype.map.call(li.querySelectorAll("input:checked"), function (i) { return Number(i.value); });
  }

  function clearMarks(box) {
    box.querySelectorAll(".bank-opt").forEach(function (opt) {
      opt.classList.remove("is-right", "is-missed", "is-wrong");
      var badge = opt.querySelector(".bank-badge");
      if (badge) badge.remove();
      opt.querySelector(".bank-why").hidden = true;
    });
    box.querySelectorAll(".bank-verdict, .bank-links").forEach(function (el) { el.hidden = true; });
    box.querySelector(".bank-quiz-score").textContent = "";
  }

  function setUnsure(button, on) {
    // The name stays "Not sure"; the pressed state shows as a tick (learn.css) and is announced.
    button.setAttribute("aria-pressed", String(on));
  }

  function check(box) {
    clearMarks(box);
    var items = box.querySelectorAll(".bank-q"), right = 0, answers = [];
    items.forEach(function (li) {
      var correct = li.getAttribute("data-correct").split(",").map(Number);
      var chosen = picked(li);
      li.querySelectorAll(".bank-opt").forEach(function (opt) {
        var i = Number(opt.getAttribute("data-index"));
        var isRight = correct.indexOf(i) >= 0, isPicked = chosen.indexOf(i) >= 0;
        var state = isRight && isPicked ? "is-right" : isRight ? "is-missed" : isPicked ? "is-wrong" : "";
        if (state) {
          opt.classList.add(state);
          var badge = document.createElement("span");
          badge.className = "bank-badge";
          badge.textContent = BADGES[state];
          opt.insertBefore(badge, opt.querySelector(".bank-why"));
        }
        opt.querySelector(".bank-why").hidden = false;
      });
      var ok = chosen.length === correct.length && correct.every(function (c) { return chosen.indexOf(c) >= 0; });
      if (ok) right++;
      // An unanswered question is not recorded: the learner may have skipped it on purpose.
      var unsure = li.querySelector(".bank-unsure");
      if (chosen.length) {
        answers.push({ id: li.getAttribute("data-id"),
          outcome: !ok ? "wrong" : unsure && unsure.getAttribute("aria-pressed") === "true" ? "unsure" : "right" });
      }
      var verdict = li.querySelector(".bank-verdict");
      verdict.textContent = ok ? "Right." : chosen.length ? "Not right: see the marks on the answers above."
        : "Not answered.";
      verdict.className = "bank-verdict " + (ok ? "ok" : "ko");
      verdict.hidden = false;
      li.querySelector(".bank-links").hidden = false;
    });
    var score = box.querySelector(".bank-quiz-score");
    score.textContent = "Score: " + right + "/" + items.length + " right.";
    saveQuizScore(box.getAttribute("data-quiz"), right, items.length);
    if (window.Review && answers.length) window.Review.recordAnswers(answers);
  }

  function initQuiz(box) {
    box.querySelectorAll(".bank-options").forEach(function (opts) {
      shuffle(Array.prototype.slice.call(opts.children)).forEach(function (o) { opts.appendChild(o); });
    });
    var form = box.querySelector("form");
    form.addEventListener("submit", function (e) { e.preventDefault(); check(box); });
    form.addEventListener("reset", function () {
      clearMarks(box);
      box.querySelectorAll(".bank-unsure").forEach(function (b) { setUnsure(b, false); });
    });
    box.querySelectorAll(".bank-unsure").forEach(function (b) {
      b.addEventListener("click", function () { setUnsure(b, b.getAttribute("aria-pressed") !== "true"); });
    });
    box.classList.add("is-ready");
  }

  function init() {
    document.querySelectorAll(".bank-quiz").forEach(initQuiz);
    // On a Practice page, note each editor PMT marks as solved (its saved `done`).
    if (document.querySelector(".py_mk_ide")) {
      setInterval(recordSolved, 2000);
      window.addEventListener("pagehide", recordSolved);
    }
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
