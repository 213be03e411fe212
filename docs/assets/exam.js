/* The practice exam (docs/exam/index.md). Reads the question bank from assets/bank.json
 * (written at build time by questions/mkdocs_hooks.py) and keeps everything in localStorage
 * through window.Learn (learn.js): the attempt in progress (it survives a reload) and the
 * history of attempts.
 *
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

  var bank = null, byId = {}, root = "";
  var state = null;          // the attempt in progress
  var ticker = null;
  var notices = [];

  function esc(s) {
    return String(s).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }
  function el(html) { var d = document.createElement("div"); d.innerHTML = html; return d; }
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
  function pct(r, n) { return n ? Math.round(100 * r / n) : 0; }
  function correctOf(q) {
    return q.options.map(function (o, i) { return o.correct ? i : -1; }).filter(function (i) { return i >= 0; });
  }
  function isRight(q, picked) {
    var c = correctOf(q);
    return !!picked && picked.length === c.length && c.every(function (i) { return picked.indexOf(i) >= 0; });
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
    L.write(L.KEYS.history, { attempts: h.attempts.concat([entry]).slice(-HISTORY_MAX) });
  }

  function restore() {
    var data = L.read(L.KEYS.current);
    if (!data) return null;
    if (data.bad || !Array.isArray(data.ids) || typeof data.answers !== "object" || !data.answers) {
      L.remove(L.KEYS.current);
      notices.push("An attempt in progress could not be read and was discarded.");
      return null;
    }
    var ids = data.ids.filter(function (id) { return byId[id]; });
    if (ids.length < data.ids.length) {
      notices.push((data.ids.length - ids.length) + " question(s) of your attempt in progress are no longer in the bank and were removed from it.");
    }
    if (!ids.length) { L.remove(L.KEYS.current); return null; }
    data.ids = ids;
    data.order = data.order || {};
    ids.forEach(function (id) {
      var n = byId[id].options.length, o = data.order[id];
      var ok = Array.isArray(o) && o.length === n && o.slice().sort().join() === Array.from(Array(n).keys()).sort().join();
      if (!ok) data.order[id] = L.shuffle(Array.from(Array(n).keys()));
      if (!Array.isArray(data.answers[id])) delete data.answers[id];
    });
    data.marked = data.marked && typeof data.marked === "object" ? data.marked : {};
    data.cur = Math.min(Math.max(0, Number(data.cur) || 0), ids.length - 1);
    data.elapsed = Number(data.elapsed) || 0;
    notices.push("Your attempt in progress was restored: question " + (data.cur + 1) + " of " + ids.length + ".");
    return data;
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

  function start(ids, timed, label) {
    var param = new URLSearchParams(location.search).get("exam-time-limit");
    var limit = timed ? (param ? Number(param) : Math.round(ids.length * EXAM_SECONDS / EXAM_QUESTIONS)) : null;
    state = {
      ids: ids, order: {}, answers: {}, marked: {}, cur: 0, timed: !!timed, limit: limit,
      elapsed: 0, paused: false, started: new Date().toISOString(), label: label || "",
    };
    ids.forEach(function (id) { state.order[id] = L.shuffle(Array.from(Array(byId[id].options.length).keys())); });
    save();
    notices = [];
    renderAttempt(true);
  }

  // ---- Set-up screen ----------------------------------------------------------------------

  function weakest(list) {
    var agg = {};
    list.forEach(function (a) {
      Object.keys(a.topics).forEach(function (t) {
        agg[t] = agg[t] || [0, 0];
        agg[t][0] += a.topics[t][0]; agg[t][1] += a.topics[t][1];
      });
    });
    return Object.keys(agg).filter(function (t) { return bank.topics[t] && agg[t][1] && agg[t][0] < agg[t][1]; })
      .sort(function (a, b) { return agg[a][0] / agg[a][1] - agg[b][0] / agg[b][1]; })
      .slice(0, 3).map(function (t) { return { topic: t, right: agg[t][0], total: agg[t][1] }; });
  }

  function noticesHtml() {
    var html = notices.map(function (n) { return '<p class="exam-notice" role="status">' + esc(n) + "</p>"; }).join("");
    notices = [];
    return html;
  }

  function renderSetup() {
    stopTicker();
    state = null;
    var list = history();
    var topics = Object.keys(bank.topics);
    var counts = {};
    bank.questions.forEach(function (q) { counts[q.topic] = (counts[q.topic] || 0) + 1; });
    var html = noticesHtml();
    html += '<form class="exam-setup" id="exam-setup" novalidate>';
    html += '<fieldset><legend>Length</legend>' + LENGTHS.map(function (n, i) {
      return '<label><input type="radio" name="length" value="' + n + '"' + (i === 0 ? " checked" : "") + "> " + n + " questions</label>";
    }).join("") + '<label><input type="radio" name="length" value="topic"> Every question of one topic:</label> ' +
      '<select id="exam-one-topic" name="onetopic" aria-label="Topic">' +
      topics.map(function (t) { return '<option value="' + t + '">' + esc(topicName(t)) + " (" + (counts[t] || 0) + ")</option>"; }).join("") +
      "</select></fieldset>";
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
          return "<tr><td>" + esc(new Date(a.date).toLocaleString()) + "</td><td>" + a.length + "</td><td>" +
            pct(a.right, a.length) + " % (" + a.right + "/" + a.length + ")</td><td>" + (a.timed ? "timed" : "untimed") + "</td></tr>";
        }).join("") + "</tbody></table></div>";
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
    form.addEventListener("submit", function (e) {
      e.preventDefault();
      var length = form.querySelector("input[name=length]:checked").value;
      var timed = form.querySelector("input[name=mode]:checked").value === "timed";
      var ids, label;
      if (length === "topic") {
        var t = form.querySelector("#exam-one-topic").value;
        ids = draw([t], Infinity);
        label = "every " + topicName(t) + " question";
      } else {
        var chosen = Array.prototype.map.call(form.querySelectorAll("input[name=topic]:checked"), function (i) { return i.value; });
        if (!chosen.length) {
          form.querySelector(".exam-setup-error").textContent = "Choose at least one topic.";
          return;
        }
        ids = draw(chosen, Number(length));
        label = "";
      }
      if (!ids.length) {
        form.querySelector(".exam-setup-error").textContent = "The chosen topics have no questions yet.";
        return;
      }
      start(ids, timed, label);
    });
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

  function renderAttempt(focusQuestion) {
    var n = state.ids.length, id = state.ids[state.cur], q = byId[id];
    var picked = state.answers[id] || [];
    var kind = q.type === "single" ? "radio" : "checkbox";
    var html = noticesHtml();
    html += '<div class="exam-bar"><span>Question ' + (state.cur + 1) + " of " + n + "</span>" +
      '<span class="exam-timer" id="exam-timer" role="timer"></span>' +
      '<button type="button" class="md-button" id="exam-pause">' + (state.paused ? "Resume" : "Pause") + "</button>" +
      "<span>" + answeredCount() + " answered</span></div>";
    if (state.paused) {
      html += '<p class="exam-paused" role="status">Paused. The question is hidden while the clock is stopped.</p>';
    } else {
      html += '<div class="exam-question" id="exam-question" tabindex="-1"><fieldset><legend>' + (state.cur + 1) + ". " + q.stem +
        "</legend>" + state.order[id].map(function (i) {
          var oid = "exam-o" + i;
          // The label wraps its box: the whole row is one tap target (learn.css).
          return '<div class="bank-opt" data-index="' + i + '"><label class="bank-choice" for="' + oid + '"><input type="' + kind +
            '" name="exam-answer" id="' + oid + '" value="' + i + '"' + (picked.indexOf(i) >= 0 ? " checked" : "") + '>' +
            '<span class="bank-text">' + q.options[i].html + "</span></label></div>";
        }).join("") + "</fieldset></div>";
      html += '<div class="exam-nav">' +
        '<button type="button" class="md-button" id="exam-prev"' + (state.cur === 0 ? " disabled" : "") + ">Previous</button>" +
        '<button type="button" class="md-button" id="exam-mark" aria-pressed="' + (!!state.marked[id]) + '">' +
        (state.marked[id] ? "Marked for review" : "Mark for review") + "</button>" +
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
    var left = n - answeredCount();
    html += '<div class="exam-actions"><button type="button" class="md-button md-button--primary" id="exam-submit">Submit the exam</button>' +
      "<span>" + (left ? left + " not answered" : "All answered") + "</span>" +
      '<button type="button" class="md-button" id="exam-abandon">Abandon this attempt</button></div>';
    app.innerHTML = html;
    updateTimer();
    bindAttempt();
    if (!ticker) startTicker();
    if (focusQuestion) {
      var box = document.getElementById("exam-question");
      if (box) box.focus();
    }
  }

  function bindAttempt() {
    var id = state.ids[state.cur];
    app.querySelectorAll("input[name=exam-answer]").forEach(function (input) {
      input.addEventListener("change", function () {
        state.answers[id] = Array.prototype.map.call(app.querySelectorAll("input[name=exam-answer]:checked"),
          function (i) { return Number(i.value); });
        save();
        // Refresh the counts and grid without moving the focus away from the answer.
        var keep = input.id;
        renderAttempt(false);
        var again = document.getElementById(keep);
        if (again) again.focus();
      });
    });
    function on(idName, fn) { var b = document.getElementById(idName); if (b) b.addEventListener("click", fn); }
    on("exam-prev", function () { go(state.cur - 1); });
    on("exam-next", function () { go(state.cur + 1); });
    on("exam-mark", function () {
      if (state.marked[id]) delete state.marked[id]; else state.marked[id] = true;
      save();
      renderAttempt(false);
      document.getElementById("exam-mark").focus();
    });
    on("exam-pause", function () {
      state.paused = !state.paused;
      save();
      renderAttempt(false);
      document.getElementById("exam-pause").focus();
    });
    on("exam-submit", function () { submit(false); });
    on("exam-abandon", function () {
      L.remove(L.KEYS.current);
      notices.push("The attempt was abandoned; nothing was recorded.");
      renderSetup();
    });
    app.querySelectorAll("[data-go]").forEach(function (b) {
      b.addEventListener("click", function () { go(Number(b.getAttribute("data-go"))); });
    });
  }

  function go(i) {
    state.cur = Math.min(Math.max(0, i), state.ids.length - 1);
    save();
    renderAttempt(true);
  }

  // ---- Result -----------------------------------------------------------------------------

  function submit(expired) {
    stopTicker();
    var s = state;
    var result = { right: 0, topics: {}, domains: {}, missed: [] };
    s.ids.forEach(function (id) {
      var q = byId[id], ok = isRight(q, s.answers[id]);
      if (ok) result.right++; else result.missed.push(id);
      result.topics[q.topic] = result.topics[q.topic] || [0, 0];
      result.topics[q.topic][1]++; if (ok) result.topics[q.topic][0]++;
      result.domains[q.domain] = result.domains[q.domain] || [0, 0];
      result.domains[q.domain][1]++; if (ok) result.domains[q.domain][0]++;
    });
    var entry = {
      date: new Date().toISOString(), length: s.ids.length, right: result.right,
      pct: pct(result.right, s.ids.length), timed: s.timed, timeUsed: s.elapsed, limit: s.limit,
      topics: result.topics, domains: result.domains, missed: result.missed, expired: !!expired,
    };
    addHistory(entry);
    L.remove(L.KEYS.current);
    state = null;
    renderResult(s, entry, expired);
  }

  function breakdown(title, idName, rows) {
    return '<h3 id="' + idName + '">' + title + '</h3><div class="exam-table-wrap"><table><thead><tr><th scope="col">' +
      (idName === "exam-by-topic" ? "Topic" : "Domain") + '</th><th scope="col">Right</th><th scope="col">Questions</th><th scope="col">Score</th></tr></thead><tbody>' +
      rows.map(function (r) {
        return "<tr><td>" + r.name + "</td><td>" + r.v[0] + "</td><td>" + r.v[1] + "</td><td>" + pct(r.v[0], r.v[1]) + " %</td></tr>";
      }).join("") + "</tbody></table></div>";
  }

  function renderResult(s, entry, expired) {
    var p = entry.pct, pass = p >= PASS_PCT;
    var html = noticesHtml();
    html += '<h2 id="exam-result" tabindex="-1">Your result</h2>';
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
        '<p class="bank-verdict ' + (ok ? "ok" : "ko") + '">' + (ok ? "Right." : picked.length ? "Not right." : "Not answered.") + "</p>" +
        '<p class="exam-choice">Your answer: ' + (picked.length ? picked.map(function (i) { return q.options[i].html; }).join("; ") : "none") +
        "<br>Right answer: " + correct.map(function (i) { return q.options[i].html; }).join("; ") + "</p>";
      out += s.order[id].map(function (i) {
        var o = q.options[i], isP = picked.indexOf(i) >= 0;
        var cls = o.correct && isP ? "is-right" : o.correct ? "is-missed" : isP ? "is-wrong" : "";
        var badge = o.correct && isP ? "✓ Your answer: right" : o.correct ? "◯ Right answer you did not pick" : isP ? "✗ Your answer: wrong" : "";
        return '<div class="bank-opt ' + cls + '">' + o.html + (badge ? '<span class="bank-badge">' + badge + "</span>" : "") +
          '<p class="bank-why">' + o.why + "</p></div>";
      }).join("");
      out += '<p class="exam-links"><a href="' + root + q.section.url + '">Read: ' + esc(q.section.title) + "</a>" +
        (q.exercise ? ' · <a href="' + root + q.exercise.url + '">Practise: ' + esc(q.exercise.title) + "</a>" : "") + "</p></li>";
      return out;
    }).join("") + "</ol>";
    app.innerHTML = html;
    var retry = document.getElementById("exam-retry");
    if (retry) retry.addEventListener("click", function () {
      start(L.shuffle(entry.missed.filter(function (id) { return byId[id]; })), s.timed, "the ones I missed");
    });
    document.getElementById("exam-new").addEventListener("click", renderSetup);
    document.getElementById("exam-result").focus();
  }

  // ---- Start ------------------------------------------------------------------------------

  L.loadBank().then(function (data) {
    if (!data || data.format !== "aws-compute-by-doing-bank" || !Array.isArray(data.questions)) throw new Error("unknown format");
    bank = data;
    bank.questions.forEach(function (q) { byId[q.id] = q; });
    root = L.siteRoot();
    state = restore();
    if (state) renderAttempt(false); else renderSetup();
  }).catch(function (e) {
    app.innerHTML = '<p class="exam-notice" role="alert">The questions could not be loaded (' + esc(e.message) +
      "). Reload the page to try again.</p>";
  });
})();
