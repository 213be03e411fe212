/* The practice exam (docs/exam/index.md). Reads the question bank from assets/bank.json
 * (written at build time by questions/mkdocs_hooks.py) and keeps everything in localStorage
 * through window.Learn (learn.js): the attempt in progress (it survives a reload) and the
 * history of attempts.
 *
 * `?topic=lambda` on the page address preselects "every question of one topic" for that
 * topic (the service pages link to it).
 * Test hook: `?exam-time-limit=S` on the page address gives a new timed attempt a limit of S
 * seconds instead of the exam's pace, so a test can watch the timer run out. */
(function () {
  "use strict";
  var L = window.Learn;
  var app = document.getElementById("exam-app");
  if (!app || !L) return;

  var PASS_PCT = 70;  // 700 of 1000, shown as a percentage (an approximation)
  var EXAM_SECONDS = Number(app.getAttribute("data-exam-minutes")) * 60;
  var EXAM_QUESTIONS = Number(app.getAttribute("data-exam-questions"));
  var LENGTHS = [10, 20, 30];
  var HISTORY_MAX = 50;
  var KINDS = { exam: 1, topic: 1, retry: 1 };

  var bank = null, byId = {}, root = "";
  var state = null;          // the attempt in progress
  var ticker = null;
  var notices = [];

  function esc(s) {
    return String(s).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }
  function topicName(t) { return bank.topics[t] ? bank.topics[t].name : t; }
  function fmtTime(s) {
    s = Math.max(0, Math.round(s));
    var m = Math.floor(s / 60), r = s % 60;
    return m + ":" + (r < 10 ? "0" : "") + r;
  }
  function fmtDuration(s) {
    s = Math.max(0, Math.round(s));
    var m = Math.floor(s / 60), r = s % 60;
    return (m ? m + " min " : "") + r + " s";
  }
  function fmtDate(iso) {
    var d = new Date(iso);
    try { return d.toLocaleString([], { dateStyle: "short", timeStyle: "short" }); } catch (e) { return d.toLocaleString(); }
  }
  function pct(r, n) { return n ? Math.round(100 * r / n) : 0; }
  function plural(n, one, many) { return n + " " + (n === 1 ? one : many); }
  function isObject(x) { return !!x && typeof x === "object" && !Array.isArray(x); }
  function isCount(x) { return typeof x === "number" && isFinite(x) && x >= 0; }
  function correctOf(q) {
    return q.options.map(function (o, i) { return o.correct ? i : -1; }).filter(function (i) { return i >= 0; });
  }
  function isRight(q, picked) {
    var c = correctOf(q);
    return !!picked && picked.length === c.length && c.every(function (i) { return picked.indexOf(i) >= 0; });
  }
  /** Is ``a`` a possible answer to ``q``: distinct option indices of q, at most one for a
   * single-answer question? */
  function validPick(q, a) {
    if (!Array.isArray(a) || a.length > (q.type === "single" ? 1 : q.options.length)) return false;
    return a.every(function (i, k) {
      return typeof i === "number" && i % 1 === 0 && i >= 0 && i < q.options.length && a.indexOf(i) === k;
    });
  }
  function paceLimit(n) { return Math.max(1, Math.round(n * EXAM_SECONDS / EXAM_QUESTIONS)); }
  function kindLabel(kind, label) {
    if (kind === "retry") return "Retry of the questions you missed";
    if (kind === "topic" && label) return label.charAt(0).toUpperCase() + label.slice(1);
    return "";
  }

  // ---- Storage ----------------------------------------------------------------------------

  function save() { if (state) L.write(L.KEYS.current, state); }

  function history() {
    var h = L.examHistory();
    if (h.bad) notices.push("Your saved exam history could not be read (it is damaged or from an older version of the site), so it is not shown.");
    if (h.skipped) notices.push(h.skipped + " saved attempt(s) could not be read and were skipped.");
    return h.attempts;
  }

  function addHistory(entry) {
    var h = L.examHistory();
    return L.write(L.KEYS.history, { attempts: h.attempts.concat([entry]).slice(-HISTORY_MAX) });
  }

  /** The attempt in progress, every field checked against the bank as it is now (it may have
   * changed since the attempt was saved): repaired where nothing the learner did is lost
   * (an answer that no longer fits its question is cleared and said so), else discarded. */
  function restore() {
    var data = L.read(L.KEYS.current);
    if (!data) return null;
    function discard(why) {
      L.remove(L.KEYS.current);
      notices.push("An attempt in progress could not be restored (" + why + "), so it was discarded. Nothing was recorded.");
      return null;
    }
    if (data.bad) return discard("it is damaged or from an older version of the site");
    if (!Array.isArray(data.ids) || !data.ids.length) return discard("it lists no questions");
    var fixed = [];
    var ids = [], seen = {};
    data.ids.forEach(function (id) {
      if (typeof id === "string" && Object.prototype.hasOwnProperty.call(byId, id) && !seen[id]) { seen[id] = true; ids.push(id); }
    });
    if (!ids.length) return discard("none of its questions is in the question bank any more");
    var gone = data.ids.length - ids.length;
    if (gone) fixed.push(plural(gone, "question", "questions") + " no longer in the question bank " + (gone === 1 ? "was" : "were") + " removed");

    var answers = {}, dropped = 0, given = isObject(data.answers) ? data.answers : {};
    if (data.answers !== undefined && !isObject(data.answers)) fixed.push("its answers could not be read and were cleared");
    ids.forEach(function (id) {
      if (!Object.prototype.hasOwnProperty.call(given, id)) return;
      var a = given[id];
      if (!validPick(byId[id], a)) { dropped++; return; }
      if (a.length) answers[id] = a.slice();
    });
    if (dropped) fixed.push(plural(dropped, "answer no longer fits its question and was", "answers no longer fit their questions and were") + " cleared");

    var order = {}, givenOrder = isObject(data.order) ? data.order : {};
    ids.forEach(function (id) {
      var n = byId[id].options.length, o = givenOrder[id];
      var ok = Array.isArray(o) && o.length === n && o.every(function (i, k) {
        return typeof i === "number" && i % 1 === 0 && i >= 0 && i < n && o.indexOf(i) === k;
      });
      order[id] = ok ? o.slice() : L.shuffle(Array.from(Array(n).keys()));
    });

    var marked = {}, givenMarked = isObject(data.marked) ? data.marked : {};
    ids.forEach(function (id) { if (givenMarked[id] === true) marked[id] = true; });
    var unsure = {}, givenUnsure = isObject(data.unsure) ? data.unsure : {};
    ids.forEach(function (id) { if (givenUnsure[id] === true) unsure[id] = true; });

    var timed = data.timed === true;
    if (data.timed !== true && data.timed !== false) fixed.push("its mode could not be read: it continues untimed");
    var elapsed = data.elapsed;
    if (!isCount(elapsed)) {
      elapsed = 0;
      fixed.push("its time used could not be read and starts again from 0");
    }
    var limit = null;
    if (timed) {
      limit = data.limit;
      if (!isCount(limit) || limit < 1) {
        limit = paceLimit(ids.length);
        fixed.push("its time limit could not be read and was set to the exam's pace, " + fmtDuration(limit));
      }
    }
    var cur = typeof data.cur === "number" && data.cur % 1 === 0 ? data.cur : 0;
    cur = Math.min(Math.max(0, cur), ids.length - 1);
    var kind = Object.prototype.hasOwnProperty.call(KINDS, data.kind) ? data.kind
      // An attempt saved before attempts had a kind: its label says which it is.
      : data.label === "the ones I missed" ? "retry" : /^every .* question$/.test(data.label) ? "topic" : "exam";
    state = {
      ids: ids, order: order, answers: answers, marked: marked, unsure: unsure, cur: cur, timed: timed, limit: limit,
      elapsed: elapsed, paused: data.paused === true,
      started: typeof data.started === "string" && !isNaN(Date.parse(data.started)) ? data.started : new Date().toISOString(),
      kind: kind, label: typeof data.label === "string" ? data.label : "",
    };
    save();
    notices.push("Your attempt in progress was restored: question " + (cur + 1) + " of " + ids.length + "." +
      (fixed.length ? " Part of it could not be read: " + fixed.join("; ") + "." : ""));
    return state;
  }

  // ---- Drawing ----------------------------------------------------------------------------

  function draw(topics, length) {
    var pools = topics.map(function (t) {
      return L.shuffle(bank.questions.filter(function (q) { return q.topic === t; }).map(function (q) { return q.id; }));
    }).filter(function (p) { return p.length; });
    L.shuffle(pools);
    var out = [];
    while (out.length < length && pools.some(function (p) { return p.length; })) {
      pools.forEach(function (p) { if (p.length && out.length < length) out.push(p.shift()); });
    }
    return L.shuffle(out);
  }

  function start(ids, timed, kind, label) {
    var param = new URLSearchParams(location.search).get("exam-time-limit");
    var limit = timed ? (param ? Number(param) : paceLimit(ids.length)) : null;
    state = {
      ids: ids, order: {}, answers: {}, marked: {}, unsure: {}, cur: 0, timed: !!timed, limit: limit,
      elapsed: 0, paused: false, started: new Date().toISOString(), kind: kind || "exam", label: label || "",
    };
    ids.forEach(function (id) { state.order[id] = L.shuffle(Array.from(Array(byId[id].options.length).keys())); });
    save();
    notices = [];
    renderAttempt("question");
  }

  // ---- Set-up screen ----------------------------------------------------------------------

  /** Per-topic [right, questions] over full attempts: a retry of missed questions would count
   * the same questions twice, so it is left out. */
  function topicTotals(list) {
    var agg = {};
    list.forEach(function (a) {
      if (a.kind === "retry") return;
      Object.keys(a.topics).forEach(function (t) {
        agg[t] = agg[t] || [0, 0];
        agg[t][0] += a.topics[t][0]; agg[t][1] += a.topics[t][1];
      });
    });
    return agg;
  }

  function weakest(list) {
    var agg = topicTotals(list);
    return Object.keys(agg).filter(function (t) { return bank.topics[t] && agg[t][1] && agg[t][0] < agg[t][1]; })
      .sort(function (a, b) { return agg[a][0] / agg[a][1] - agg[b][0] / agg[b][1]; })
      .slice(0, 3).map(function (t) { return { topic: t, right: agg[t][0], total: agg[t][1] }; });
  }

  function noticesHtml() {
    var html = notices.map(function (n) { return '<p class="exam-notice" role="status" tabindex="-1">' + esc(n) + "</p>"; }).join("");
    notices = [];
    return html;
  }

  function modeText(a) {
    return (a.timed ? "timed" : "untimed") + (a.kind === "retry" ? ", retry of missed" : a.kind === "topic" ? ", one topic" : "");
  }

  function renderSetup(focus) {
    stopTicker();
    state = null;
    var list = history();
    var topics = Object.keys(bank.topics);
    var counts = {};
    bank.questions.forEach(function (q) { counts[q.topic] = (counts[q.topic] || 0) + 1; });
    var wanted = new URLSearchParams(location.search).get("topic");
    if (!Object.prototype.hasOwnProperty.call(bank.topics, wanted)) wanted = null;
    var html = noticesHtml();
    html += '<form class="exam-setup" id="exam-setup" novalidate>';
    html += '<fieldset><legend>Length</legend>' + LENGTHS.map(function (n, i) {
      return '<label><input type="radio" name="length" value="' + n + '"' + (i === 0 && !wanted ? " checked" : "") + "> " + n + " questions</label>";
    }).join("") + '<span class="exam-one-topic"><label><input type="radio" name="length" value="topic"' + (wanted ? " checked" : "") +
      "> Every question of one topic:</label> " +
      '<select id="exam-one-topic" name="onetopic" aria-label="Topic for every question of one topic">' +
      topics.map(function (t) {
        return '<option value="' + t + '"' + (t === wanted ? " selected" : "") + ">" + esc(topicName(t)) + " (" + (counts[t] || 0) + ")</option>";
      }).join("") + "</select></span></fieldset>";
    html += '<fieldset><legend>Topics (for 10, 20 or 30 questions)</legend>' + topics.map(function (t) {
      return '<label><input type="checkbox" name="topic" value="' + t + '" checked> ' + esc(topicName(t)) + "</label>";
    }).join("") + "</fieldset>";
    html += '<fieldset><legend>Mode</legend>' +
      '<label><input type="radio" name="mode" value="timed" checked> Timed, at the real exam\'s pace</label>' +
      '<label><input type="radio" name="mode" value="untimed"> Untimed</label></fieldset>';
    html += '<p class="exam-setup-error" role="alert"></p>';
    html += '<button type="submit" class="md-button md-button--primary">Start the exam</button></form>';

    html += "<h2 id=\"exam-history\">Your last attempts</h2>";
    if (!list.length) {
      html += "<p>No attempt yet. Your attempts are kept in this browser only.</p>";
    } else {
      html += '<div class="exam-table-wrap"><table><thead><tr><th scope="col">Date</th><th scope="col">Questions</th>' +
        '<th scope="col">Score</th><th scope="col">Mode</th></tr></thead><tbody>' +
        list.slice(-5).reverse().map(function (a) {
          return "<tr" + (a.kind === "retry" ? ' class="exam-retry-row"' : "") + "><td>" + esc(fmtDate(a.date)) + "</td><td>" + a.length + "</td><td>" +
            pct(a.right, a.length) + " % (" + a.right + "/" + a.length + ")</td><td>" + modeText(a) + "</td></tr>";
        }).join("") + "</tbody></table></div>";
      if (list.some(function (a) { return a.kind === "retry"; })) {
        html += '<p class="exam-legend">A retry of the questions you missed is listed as such and is not counted in your weakest topics (nor on Your progress): it asks again only questions you got wrong.</p>';
      }
      var weak = weakest(list);
      html += "<h2 id=\"exam-weakest\">Your weakest topics</h2>";
      if (!weak.length) html += "<p>No weak topic: every question answered right so far.</p>";
      else html += "<ul class=\"exam-weak\">" + weak.map(function (w) {
        var t = bank.topics[w.topic];
        return "<li><strong>" + esc(t.name) + "</strong>: " + pct(w.right, w.total) + " % (" + w.right + " of " + w.total +
          ") · <a href=\"" + root + t.url + "\">Read the " + esc(t.name) + " page</a>" +
          (t.practice ? " · <a href=\"" + root + t.practice + "\">Practise</a>" : "") + "</li>";
      }).join("") + "</ul>";
    }
    app.innerHTML = html;
    var form = document.getElementById("exam-setup");
    var select = form.querySelector("#exam-one-topic");
    var oneTopic = form.querySelector("input[name=length][value=topic]");
    // Choosing a topic in the list chooses "every question of one topic".
    ["change", "click"].forEach(function (type) {
      select.addEventListener(type, function () { oneTopic.checked = true; });
    });
    form.addEventListener("submit", function (e) {
      e.preventDefault();
      var length = form.querySelector("input[name=length]:checked").value;
      var timed = form.querySelector("input[name=mode]:checked").value === "timed";
      var ids, kind, label;
      if (length === "topic") {
        var t = select.value;
        ids = draw([t], Infinity);
        kind = "topic";
        label = "every " + topicName(t) + " question";
      } else {
        var chosen = Array.prototype.map.call(form.querySelectorAll("input[name=topic]:checked"), function (i) { return i.value; });
        if (!chosen.length) {
          form.querySelector(".exam-setup-error").textContent = "Choose at least one topic.";
          return;
        }
        ids = draw(chosen, Number(length));
        kind = "exam";
        label = "";
      }
      if (!ids.length) {
        form.querySelector(".exam-setup-error").textContent = "The chosen topics have no questions yet.";
        return;
      }
      start(ids, timed, kind, label);
    });
    if (focus === "notice") {
      var notice = app.querySelector(".exam-notice");
      if (notice) { notice.focus({ preventScroll: true }); reveal(notice); }
    }
  }

  // ---- Attempt screen ---------------------------------------------------------------------

  function remaining() { return state.timed ? state.limit - state.elapsed : null; }

  function stopTicker() { if (ticker) { clearInterval(ticker); ticker = null; } }

  function startTicker() {
    stopTicker();
    ticker = setInterval(function () {
      if (!state || state.paused) return;
      state.elapsed += 1;
      save();
      updateTimer();
      if (state.timed && remaining() <= 0) submit(true);
    }, 1000);
  }

  function updateTimer() {
    var t = document.getElementById("exam-timer");
    if (!t) return;
    t.textContent = state.timed ? "Time left " + fmtTime(remaining()) : "Time used " + fmtTime(state.elapsed);
  }

  function answeredCount() {
    return state.ids.filter(function (id) { return state.answers[id] && state.answers[id].length; }).length;
  }

  function markedCount() {
    return state.ids.filter(function (id) { return state.marked[id]; }).length;
  }

  /** Scroll so that ``el`` starts just below the sticky site header and exam bar: on a phone
   * the bar takes two lines, and the browser's own scrolling on focus would leave the start
   * of the question under it. */
  function reveal(el) {
    if (!el) return;
    var bar = app.querySelector(".exam-bar");
    var header = document.querySelector(".md-header");
    var covered = header ? header.getBoundingClientRect().bottom : 0;
    if (bar) covered = Math.max(covered, (parseFloat(getComputedStyle(bar).top) || 0) + bar.getBoundingClientRect().height);
    var y = window.pageYOffset + el.getBoundingClientRect().top - covered - 12;
    window.scrollTo({ top: Math.max(0, y), behavior: "instant" });
  }

  function optionHtml(q, i, kind, picked) {
    // The label wraps its box: the whole row is one tap target (learn.css).
    var oid = "exam-o" + i;
    return '<div class="bank-opt" data-index="' + i + '"><label class="bank-choice" for="' + oid + '"><input type="' + kind +
      '" name="exam-answer" id="' + oid + '" value="' + i + '"' + (picked.indexOf(i) >= 0 ? " checked" : "") + '>' +
      '<span class="bank-text">' + q.options[i].html + "</span></label></div>";
  }

  /** Draw the attempt. ``focus``: "question" after a move (the question gets the focus and
   * is scrolled into view below the bars), or the id of an element to focus, or nothing. */
  function renderAttempt(focus) {
    var n = state.ids.length, id = state.ids[state.cur], q = byId[id];
    var picked = state.answers[id] || [];
    var kind = q.type === "single" ? "radio" : "checkbox";
    var what = kindLabel(state.kind, state.label);
    var html = noticesHtml();
    html += '<div class="exam-bar">' + (what ? '<span class="exam-kind">' + esc(what) + ":</span>" : "") +
      '<span class="exam-position">Question ' + (state.cur + 1) + " of " + n + "</span>" +
      '<span class="exam-timer" id="exam-timer" role="timer"></span>' +
      '<button type="button" class="md-button" id="exam-pause">' + (state.paused ? "Resume" : "Pause") + "</button>" +
      "<span>" + answeredCount() + " answered</span></div>";
    if (state.paused) {
      html += '<p class="exam-paused" role="status">Paused. The question is hidden while the clock is stopped.</p>';
    } else {
      html += '<div class="exam-question" id="exam-question" tabindex="-1"><fieldset><legend>' + (state.cur + 1) + ". " + q.stem +
        "</legend>" + state.order[id].map(function (i) { return optionHtml(q, i, kind, picked); }).join("") + "</fieldset></div>";
      html += '<div class="exam-nav">' +
        '<button type="button" class="md-button" id="exam-prev"' + (state.cur === 0 ? " disabled" : "") + ">Previous</button>" +
        '<button type="button" class="md-button" id="exam-mark" aria-pressed="' + (!!state.marked[id]) + '">' +
        (state.marked[id] ? "Marked for review" : "Mark for review") + "</button>" +
        // A guess, even a right one, comes back on the Review page (review.js).
        '<button type="button" class="md-button" id="exam-unsure" aria-pressed="' + (!!state.unsure[id]) + '">Not sure</button>' +
        '<button type="button" class="md-button" id="exam-next"' + (state.cur === n - 1 ? " disabled" : "") + ">Next</button></div>";
    }
    html += '<h2 id="exam-grid-title">All questions</h2>' +
      '<p class="exam-legend">Filled: answered. Dotted: not answered. Purple underline: marked for review.</p>' +
      '<ul class="exam-grid" aria-labelledby="exam-grid-title">' + state.ids.map(function (qid, i) {
        var done = state.answers[qid] && state.answers[qid].length;
        var cls = (done ? "answered" : "unanswered") + (state.marked[qid] ? " marked" : "");
        var label = "Question " + (i + 1) + ", " + (done ? "answered" : "not answered") + (state.marked[qid] ? ", marked for review" : "");
        return '<li><button type="button" class="' + cls + '" data-go="' + i + '" aria-label="' + label + '"' +
          (i === state.cur ? ' aria-current="true"' : "") + (state.paused ? " disabled" : "") + ">" + (i + 1) + "</button></li>";
      }).join("") + "</ul>";
    var left = n - answeredCount(), marks = markedCount();
    html += '<div class="exam-actions exam-submit-row"><button type="button" class="md-button md-button--primary" id="exam-submit">Submit the exam</button>' +
      '<span id="exam-left">' + (left ? left + " not answered" : "All answered") + (marks ? ", " + marks + " marked for review" : "") + "</span></div>";
    html += '<div class="exam-confirm" id="exam-confirm-submit" role="group" aria-labelledby="exam-confirm-submit-text" hidden>' +
      '<p id="exam-confirm-submit-text"><strong>Submit now?</strong> ' + esc(submitWarning(left, marks)) + "</p>" +
      '<div class="exam-actions"><button type="button" class="md-button md-button--primary" id="exam-submit-yes">Submit anyway</button>' +
      '<button type="button" class="md-button" id="exam-submit-no">Go back to the questions</button></div></div>';
    // Abandon sits apart from Submit, in a section of its own, and asks first.
    html += '<div class="exam-leave"><h2 id="exam-leave-title">Leave this attempt</h2>' +
      "<p>Abandoning deletes this attempt's answers and records no score.</p>" +
      '<button type="button" class="md-button" id="exam-abandon">Abandon this attempt…</button>' +
      '<div class="exam-confirm" id="exam-confirm-abandon" role="group" aria-labelledby="exam-confirm-abandon-text" hidden>' +
      '<p id="exam-confirm-abandon-text"><strong>Abandon this attempt?</strong> Your answers are deleted and nothing is recorded. This cannot be undone.</p>' +
      '<div class="exam-actions"><button type="button" class="md-button md-button--primary" id="exam-abandon-yes">Yes, abandon it</button>' +
      '<button type="button" class="md-button" id="exam-abandon-no">Cancel</button></div></div></div>';
    app.innerHTML = html;
    updateTimer();
    bindAttempt();
    if (!ticker) startTicker();
    if (focus === "question") {
      var box = document.getElementById("exam-question") || app.querySelector(".exam-paused");
      if (box) {
        if (box.id === "exam-question") box.focus({ preventScroll: true });
        reveal(box);
      }
    } else if (focus) {
      var target = document.getElementById(focus);
      if (target) target.focus();
    }
  }

  function submitWarning(left, marks) {
    var parts = [];
    if (left) parts.push(plural(left, "question is", "questions are") + " not answered");
    if (marks) parts.push(plural(marks, "question is", "questions are") + " marked for review");
    return parts.join(" and ") + ". An unanswered question counts as wrong.";
  }

  function bindAttempt() {
    var id = state.ids[state.cur];
    app.querySelectorAll("input[name=exam-answer]").forEach(function (input) {
      input.addEventListener("change", function () {
        state.answers[id] = Array.prototype.map.call(app.querySelectorAll("input[name=exam-answer]:checked"),
          function (i) { return Number(i.value); });
        save();
        // Refresh the counts and grid without moving the focus away from the answer.
        renderAttempt(input.id);
      });
    });
    function on(idName, fn) { var b = document.getElementById(idName); if (b) b.addEventListener("click", fn); }
    function toggle(boxId, show, focusId) {
      document.getElementById(boxId).hidden = !show;
      document.getElementById(focusId).focus();
    }
    on("exam-prev", function () { go(state.cur - 1); });
    on("exam-next", function () { go(state.cur + 1); });
    on("exam-mark", function () {
      if (state.marked[id]) delete state.marked[id]; else state.marked[id] = true;
      save();
      renderAttempt("exam-mark");
    });
    on("exam-unsure", function () {
      if (state.unsure[id]) delete state.unsure[id]; else state.unsure[id] = true;
      save();
      renderAttempt("exam-unsure");
    });
    on("exam-pause", function () {
      state.paused = !state.paused;
      save();
      renderAttempt("exam-pause");
    });
    on("exam-submit", function () {
      var left = state.ids.length - answeredCount(), marks = markedCount();
      if (!left && !marks) { submit(false); return; }
      var box = document.getElementById("exam-confirm-submit");
      box.querySelector("p").innerHTML = "<strong>Submit now?</strong> " + esc(submitWarning(left, marks));
      toggle("exam-confirm-submit", true, "exam-submit-yes");
    });
    on("exam-submit-yes", function () { submit(false); });
    on("exam-submit-no", function () { toggle("exam-confirm-submit", false, "exam-submit"); });
    on("exam-abandon", function () { toggle("exam-confirm-abandon", true, "exam-abandon-no"); });
    on("exam-abandon-no", function () { toggle("exam-confirm-abandon", false, "exam-abandon"); });
    on("exam-abandon-yes", function () {
      L.remove(L.KEYS.current);
      notices.push("The attempt was abandoned; nothing was recorded. Start a new one below when you are ready.");
      renderSetup("notice");
    });
    app.querySelectorAll("[data-go]").forEach(function (b) {
      b.addEventListener("click", function () { go(Number(b.getAttribute("data-go"))); });
    });
  }

  function go(i) {
    state.cur = Math.min(Math.max(0, i), state.ids.length - 1);
    save();
    renderAttempt("question");
  }

  // ---- Result -----------------------------------------------------------------------------

  /** Mark the attempt, draw the result, and only then record it: a result that cannot be
   * drawn is not written half-way, and the attempt stays where it was. */
  function submit(expired) {
    var s = state, entry, html;
    try {
      var result = { right: 0, topics: {}, domains: {}, missed: [] };
      s.ids.forEach(function (id) {
        var q = byId[id], ok = isRight(q, s.answers[id]);
        if (ok) result.right++; else result.missed.push(id);
        result.topics[q.topic] = result.topics[q.topic] || [0, 0];
        result.topics[q.topic][1]++; if (ok) result.topics[q.topic][0]++;
        result.domains[q.domain] = result.domains[q.domain] || [0, 0];
        result.domains[q.domain][1]++; if (ok) result.domains[q.domain][0]++;
      });
      entry = {
        date: new Date().toISOString(), length: s.ids.length, right: result.right,
        pct: pct(result.right, s.ids.length), timed: s.timed, timeUsed: s.elapsed, limit: s.limit,
        topics: result.topics, domains: result.domains, missed: result.missed, expired: !!expired,
        kind: s.kind || "exam",
      };
      html = resultHtml(s, entry, expired);
    } catch (e) {
      stopTicker();
      notices.push("Your attempt could not be marked (" + e.message + "). Nothing was recorded and your answers are kept: reload the page to go on.");
      renderAttempt(null);
      var notice = app.querySelector(".exam-notice");
      if (notice) { notice.focus({ preventScroll: true }); reveal(notice); }
      return;
    }
    stopTicker();
    if (window.Review) {
      // As in the score, an unanswered question counts as wrong.
      window.Review.recordAnswers(s.ids.map(function (id) {
        return { id: id, outcome: !isRight(byId[id], s.answers[id]) ? "wrong" : s.unsure[id] ? "unsure" : "right" };
      }));
    }
    if (!addHistory(entry)) notices.push("Your browser refused to save this result, so it will not be in your history.");
    L.remove(L.KEYS.current);
    state = null;
    app.innerHTML = noticesHtml() + html;
    bindResult(s, entry);
  }

  function breakdown(title, idName, rows) {
    return '<h3 id="' + idName + '">' + title + '</h3><div class="exam-table-wrap"><table><thead><tr><th scope="col">' +
      (idName === "exam-by-topic" ? "Topic" : "Domain") + '</th><th scope="col">Right</th><th scope="col">Questions</th><th scope="col">Score</th></tr></thead><tbody>' +
      rows.map(function (r) {
        return "<tr><td>" + r.name + "</td><td>" + r.v[0] + "</td><td>" + r.v[1] + "</td><td>" + pct(r.v[0], r.v[1]) + " %</td></tr>";
      }).join("") + "</tbody></table></div>";
  }

  function resultHtml(s, entry, expired) {
    var p = entry.pct, pass = p >= PASS_PCT, what = kindLabel(s.kind, s.label);
    var html = '<h2 id="exam-result" tabindex="-1">Your result' + (what ? ": " + esc(what.charAt(0).toLowerCase() + what.slice(1)) : "") + "</h2>";
    if (s.kind === "retry") {
      html += '<p class="exam-notice exam-retry-note">This was a retry of the questions you missed. It is listed in your history as a retry and is not counted in your per-topic accuracy, which full attempts measure.</p>';
    }
    if (expired) html += '<p class="exam-notice" role="status">Time is up: the exam was submitted with the answers given so far.</p>';
    html += '<p class="exam-score">Score: <strong id="exam-score-pct">' + p + " %</strong> (" + entry.right + " of " + entry.length + " right). " +
      '<span class="' + (pass ? "exam-result-pass" : "exam-result-fail") + '" id="exam-verdict">' + (pass ? "Pass" : "Not a pass yet") + "</span></p>";
    html += "<p><small>Pass mark: the real exam asks for 700 on a scaled score of 100 to 1,000, shown here as " + PASS_PCT +
      " %. This is an approximation: the real score is scaled and some of its questions are unscored.</small></p>";
    html += "<p>Time used: " + fmtDuration(entry.timeUsed) + (s.timed ? " of " + fmtDuration(s.limit) : " (untimed)") + ".</p>";
    html += breakdown("By topic", "exam-by-topic", Object.keys(entry.topics).map(function (t) {
      return { name: esc(topicName(t)), v: entry.topics[t] };
    }));
    html += breakdown("By exam domain", "exam-by-domain", Object.keys(entry.domains).sort().map(function (d) {
      return { name: "Domain " + d + ": " + esc(bank.domains[d] || ""), v: entry.domains[d] };
    }));
    html += '<div class="exam-actions">' +
      (entry.missed.length ? '<button type="button" class="md-button md-button--primary" id="exam-retry">Retry the ones I missed (' + entry.missed.length + ")</button>" : "") +
      '<button type="button" class="md-button" id="exam-new">New exam</button></div>';
    html += '<h3 id="exam-review-title">Review</h3><ol class="exam-review">' + s.ids.map(function (id) {
      var q = byId[id], picked = s.answers[id] || [], ok = isRight(q, picked), correct = correctOf(q);
      var out = '<li class="exam-review-item" data-id="' + id + '"><p><strong>' + q.stem + "</strong></p>" +
        (s.marked[id] ? '<p class="exam-review-marked">⚑ You marked this question for review.</p>' : "") +
        (s.unsure && s.unsure[id] ? '<p class="exam-review-marked">You marked this answer "Not sure": it comes back on the Review page.</p>' : "") +
        '<p class="bank-verdict ' + (ok ? "ok" : "ko") + '">' + (ok ? "Right." : picked.length ? "Not right." : "Not answered.") + "</p>" +
        '<p class="exam-choice">Your answer: ' + (picked.length ? picked.map(function (i) { return q.options[i].html; }).join("; ") : "none") +
        "<br>Right answer: " + correct.map(function (i) { return q.options[i].html; }).join("; ") + "</p>";
      out += s.order[id].map(function (i) {
        var o = q.options[i], isP = picked.indexOf(i) >= 0;
        var cls = o.correct && isP ? "is-right" : o.correct ? "is-missed" : isP ? "is-wrong" : "";
        var badge = o.correct && isP ? "✓ Your answer: right" : o.correct ? "◯ Right answer you did not pick" : isP ? "✗ Your answer: wrong" : "";
        return '<div class="bank-opt ' + cls + '"><span class="bank-text">' + o.html + "</span>" + (badge ? '<span class="bank-badge">' + badge + "</span>" : "") +
          '<p class="bank-why">' + o.why + "</p></div>";
      }).join("");
      var where = q.section.page ? " (" + esc(q.section.page) + ")" : "";
      out += '<p class="exam-links"><a href="' + root + q.section.url + '">Read: ' + esc(q.section.title) + where + "</a>" +
        (q.exercise ? ' · <a href="' + root + q.exercise.url + '">Practise: ' + esc(q.exercise.title) + "</a>" : "") + "</p></li>";
      return out;
    }).join("") + "</ol>";
    return html;
  }

  function bindResult(s, entry) {
    var retry = document.getElementById("exam-retry");
    if (retry) retry.addEventListener("click", function () {
      start(L.shuffle(entry.missed.filter(function (id) { return byId[id]; })), s.timed, "retry", "the ones I missed");
    });
    document.getElementById("exam-new").addEventListener("click", function () { renderSetup(); window.scrollTo({ top: 0, behavior: "instant" }); });
    var heading = document.getElementById("exam-result");
    heading.focus({ preventScroll: true });
    reveal(heading);
  }

  // ---- Start ------------------------------------------------------------------------------

  L.loadBank().then(function (data) {
    if (!data || data.format !== "aws-compute-by-doing-bank" || !Array.isArray(data.questions)) throw new Error("unknown format");
    bank = data;
    bank.questions.forEach(function (q) { byId[q.id] = q; });
    root = L.siteRoot();
    state = restore();
    if (state) renderAttempt(null); else renderSetup();
  }).catch(function (e) {
    app.innerHTML = '<p class="exam-notice" role="alert">The questions could not be loaded (' + esc(e.message) +
      "). Reload the page to try again.</p>";
  });
})();
