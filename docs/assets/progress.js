/* "Your progress" (docs/progress/index.md): per topic, the exercises solved (PMT's own saved
 * verdict of each editor, `done` is 1 after a successful Validate, or learn.js's record of a
 * success it saw on a Practice page), the best page-quiz score
 * and the practice-exam accuracy. Export everything this site keeps in the browser (saved
 * code included) to a JSON file, import it elsewhere, or reset it. */
(function () {
  "use strict";
  var L = window.Learn, R = window.Review;
  var app = document.getElementById("progress-app");
  if (!app || !L) return;

  var FORMAT = "aws-compute-by-doing-progress";
  var EDITOR_KEY = /^editor_[0-9a-f]{16,}$/;
  var bank = null, root = "";

  function esc(s) {
    return String(s).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }
  function pct(r, n) { return n ? Math.round(100 * r / n) : 0; }

  /** Every localStorage entry this site owns: its own namespaced keys, and PMT's saved
   * editors of this project. */
  function ownedKeys() {
    var out = [];
    for (var i = 0; i < localStorage.length; i++) {
      var k = localStorage.key(i);
      if (k.indexOf(L.PREFIX) === 0) out.push(k);
      else if (EDITOR_KEY.test(k) && L.editorState(k)) out.push(k);
    }
    return out.sort();
  }

  function snapshot() {
    var out = {};
    ownedKeys().forEach(function (k) { out[k] = localStorage.getItem(k); });
    return out;
  }

  function message(text, isError) {
    var m = document.getElementById("progress-message");
    m.className = "exam-notice " + (isError ? "progress-error" : "progress-ok");
    m.textContent = text;
  }

  // ---- Summary ----------------------------------------------------------------------------

  function render() {
    var best = L.quizBest(), hist = L.examHistory();
    var exam = {}, retries = 0;
    hist.attempts.forEach(function (a) {
      // A retry asks again only missed questions: it would count them twice.
      if (a.kind === "retry") { retries++; return; }
      Object.keys(a.topics).forEach(function (t) {
        exam[t] = exam[t] || [0, 0];
        exam[t][0] += a.topics[t][0]; exam[t][1] += a.topics[t][1];
      });
    });
    var notes = [];
    if (best.skipped) notes.push("Some saved quiz scores could not be read and were skipped.");
    if (hist.bad) notes.push("Your saved exam history could not be read (damaged or from an older version), so it is not counted.");
    if (hist.skipped) notes.push(hist.skipped + " saved exam attempt(s) could not be read and were skipped.");
    var totalSolved = 0, totalEx = 0;
    var practiceOnly = bank.practice_only || {};
    var rows = Object.keys(practiceOnly).concat(Object.keys(bank.topics)).map(function (t) {
      var topic = bank.topics[t] || practiceOnly[t];
      var exercises = bank.exercises.filter(function (e) { return e.topic === t; });
      var solved = exercises.filter(function (e) { return L.isSolved(e.editor); });
      totalSolved += solved.length; totalEx += exercises.length;
      var exCell = exercises.length ? solved.length + " of " + exercises.length +
        '<ul class="progress-exercises">' + exercises.map(function (e) {
          var ok = solved.indexOf(e) >= 0;
          return '<li data-exercise="' + esc(e.id) + '" data-solved="' + ok + '">' + (ok ? "✓ solved: " : "not yet: ") +
            '<a href="' + root + e.url + '">' + esc(e.title) + "</a></li>";
        }).join("") + "</ul>" : "no exercise";
      var q = best.scores[t];
      var quizCell = q ? q.right + "/" + q.total + " (" + pct(q.right, q.total) + " %)" : "not taken";
      var e = exam[t];
      var examCell = e ? pct(e[0], e[1]) + " % (" + e[0] + " of " + e[1] + ")" : "no question yet";
      if (practiceOnly[t]) quizCell = examCell = "–";  // exercises only: no quiz, no exam questions
      return '<tr data-topic="' + t + '"><th scope="row"><a href="' + root + topic.url + '">' + esc(topic.name) + "</a></th>" +
        '<td class="progress-solved">' + exCell + '</td><td class="progress-quiz">' + quizCell +
        '</td><td class="progress-exam">' + examCell + "</td></tr>";
    });
    var extra = Object.keys(best.scores).filter(function (k) { return !bank.topics[k]; }).map(function (k) {
      var s = best.scores[k];
      return '<tr data-topic="' + esc(k) + '"><th scope="row">' + esc(k.charAt(0).toUpperCase() + k.slice(1)) + " (page quiz)</th><td>–</td>" +
        '<td class="progress-quiz">' + s.right + "/" + s.total + " (" + pct(s.right, s.total) + " %)</td><td>–</td></tr>";
    });
    var html = notes.map(function (n) { return '<p class="exam-notice" role="status">' + esc(n) + "</p>"; }).join("");
    html += "<p>Exercises solved: <strong id=\"progress-total\">" + totalSolved + " of " + totalEx + "</strong>. " +
      "Practice exams taken: <strong id=\"progress-exams\">" + (hist.attempts.length - retries) + "</strong>" +
      (retries ? ", and " + retries + " " + (retries === 1 ? "retry" : "retries") + " of missed questions, which the accuracy leaves out" : "") + ".</p>";
    html += '<div class="exam-table-wrap"><table class="progress-table"><thead><tr><th scope="col">Topic</th>' +
      '<th scope="col">Exercises solved</th><th scope="col">Best quiz score</th><th scope="col">Practice-exam accuracy</th>' +
      "</tr></thead><tbody>" + rows.join("") + extra.join("") + "</tbody></table></div>";
    html += boxesHtml();
    document.getElementById("progress-summary").innerHTML = html;
    renderPlan(exam, hist.attempts, best.scores);
  }

  // ---- The review per topic, and the study plan (issue 21) -------------------------------

  function boxesHtml() {
    if (!R) return "";
    var rec = R.load(bank);
    var notes = rec.bad ? ["Your saved review could not be read (damaged or from another version), so it is not counted."] : [];
    if (rec.skipped) notes.push(plural(rec.skipped, "saved review entry", "saved review entries") + " could not be read and " + (rec.skipped === 1 ? "was" : "were") + " skipped.");
    var html = '<h3 id="progress-boxes-title">Questions per topic: new, learning, known</h3>' +
      notes.map(function (n) { return '<p class="exam-notice" role="status">' + esc(n) + "</p>"; }).join("") +
      "<p><strong>New</strong>: not answered yet in a checked quiz or an exam. " +
      "<strong>Learning</strong>: in one of the review's five boxes. <strong>Known</strong>: answered right, " +
      "or answered right in box 5 of the review.</p>" +
      '<p class="progress-key" aria-hidden="true"><span aria-hidden="true" class="box-known"></span>known' +
      '<span aria-hidden="true" class="box-learning"></span>learning<span aria-hidden="true"></span>new</p>' +
      '<ul class="progress-box-list">';
    Object.keys(bank.topics).forEach(function (t) {
      var ids = bank.questions.filter(function (q) { return q.topic === t; }).map(function (q) { return q.id; });
      if (!ids.length) return;
      var b = R.boxesOf(ids, rec.items), n = ids.length;
      function part(cls, v) { return v ? '<span class="' + cls + '" style="width:' + (100 * v / n).toFixed(1) + '%"></span>' : ""; }
      html += '<li data-topic="' + t + '" data-new="' + b["new"] + '" data-learning="' + b.learning + '" data-known="' + b.known + '">' +
        "<strong>" + esc(bank.topics[t].name) + "</strong>: " + b["new"] + " new, " + b.learning + " learning, " + b.known + " known" +
        '<span class="progress-boxes" aria-hidden="true">' + part("box-known", b.known) + part("box-learning", b.learning) +
        part("box-new", b["new"]) + "</span></li>";
    });
    return html + "</ul>";
  }

  /** The first three suggestions that apply, in the order the page's text gives. */
  function renderPlan(exam, attempts, quizScores) {
    var plan = [], today = R ? R.dayOf() : null, link = function (url, text) { return '<a href="' + root + url + '">' + esc(text) + "</a>"; };
    if (R) {
      var rec = R.load(bank), due = R.dueKeys(rec.items, today).length;
      if (due) plan.push(link("review/", "Review " + plural(due, "due item", "due items")) +
        ": due today under the Leitner rule; reviewing on the due day is what makes them stick.");
    }
    var missedBy = {};
    attempts.forEach(function (a) {
      if (a.kind === "retry" || !Array.isArray(a.missed)) return;
      a.missed.forEach(function (id) { missedBy[id] = (missedBy[id] || 0) + 1; });
    });
    Object.keys(exam).filter(function (t) { return bank.topics[t] && exam[t][1] && exam[t][0] / exam[t][1] < 0.7; })
      .sort(function (a, b) { return exam[a][0] / exam[a][1] - exam[b][0] / exam[b][1]; })
      .forEach(function (t) {
        var sections = {};
        bank.questions.forEach(function (q) {
          if (q.topic === t && missedBy[q.id]) {
            var s = sections[q.section.url] = sections[q.section.url] || { n: 0, s: q.section };
            s.n += missedBy[q.id];
          }
        });
        var top = Object.keys(sections).sort(function (a, b) { return sections[b].n - sections[a].n; })[0];
        var ex = bank.exercises.filter(function (e) { return e.topic === t && !L.isSolved(e.editor); })[0];
        plan.push("<strong>" + esc(bank.topics[t].name) + "</strong>: " + pct(exam[t][0], exam[t][1]) + " % in exams, under the 70 % pass mark; read " +
          (top ? link(sections[top].s.url, sections[top].s.title) : link(bank.topics[t].url, "its page")) +
          (ex ? ", then solve " + link(ex.url, ex.title) : "") + ".");
      });
    var full = attempts.filter(function (a) { return a.kind !== "retry"; });
    var last = full.length ? full[full.length - 1] : null;
    var ago = last && R ? R.daysBetween(R.dayOf(Date.parse(last.date)), today) : null;
    if (!last) plan.push(link("exam/", "Take a 20-question practice exam") + ": you have not taken one yet.");
    else if (ago >= 7) plan.push(link("exam/", "Take a 20-question practice exam") + ": the last one was " + plural(ago, "day", "days") + " ago.");
    Object.keys(bank.topics).forEach(function (t) {
      if (bank.topics[t].quiz && !quizScores[t]) plan.push(link(bank.topics[t].quiz, "Take the " + bank.topics[t].name + " quiz") + ": you have not checked its answers yet.");
    });
    // bank.exercises is in file order (apigateway/ first, warmup/ last); the page promises the
    // menu's order: the practice-only pages (Python you need) first, then the topics.
    var menu = Object.keys(bank.practice_only || {}).concat(Object.keys(bank.topics));
    function rank(e) { var i = menu.indexOf(e.topic); return i < 0 ? menu.length : i; }
    bank.exercises.slice().sort(function (a, b) { return rank(a) - rank(b); }).forEach(function (e) {
      if (!L.isSolved(e.editor)) plan.push("Solve " + link(e.url, e.title) + ": not solved yet" + (e.practise ? " (you practise " + esc(e.practise) + ")" : "") + ".");
    });
    var ol = document.getElementById("progress-plan");
    if (!ol) return;
    ol.innerHTML = plan.length ? plan.slice(0, 3).map(function (p) { return "<li>" + p + "</li>"; }).join("")
      : "<li>Nothing left to suggest: every exercise solved, every quiz taken, no review due. Take a practice exam to check you still know it all.</li>";
  }

  // ---- Export, import, reset --------------------------------------------------------------

  function exportData() {
    var data = { format: FORMAT, version: 1, project: L.PROJECT, exported: new Date().toISOString(), entries: snapshot() };
    var blob = new Blob([JSON.stringify(data, null, 1)], { type: "application/json" });
    var a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = "aws-compute-by-doing-progress-" + new Date().toISOString().slice(0, 10) + ".json";
    document.body.appendChild(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
    message("Exported " + Object.keys(data.entries).length + " saved items to " + a.download + ".", false);
  }

  /** The entries of a progress file, or throw an Error whose message tells the learner why not. */
  function parseImport(text) {
    var data;
    try { data = JSON.parse(text); } catch (e) { throw new Error("This file is not a progress file: it is not valid JSON."); }
    if (!data || typeof data !== "object" || data.format !== FORMAT) {
      throw new Error("This file is not a progress file of AWS Compute by Doing.");
    }
    if (data.project !== L.PROJECT) throw new Error("This progress file belongs to another site (" + String(data.project) + ").");
    if (data.version !== 1) throw new Error("This progress file was made by another version of the site (version " + String(data.version) + ").");
    var entries = data.entries;
    if (!entries || typeof entries !== "object" || Array.isArray(entries)) throw new Error("This progress file is damaged: it has no saved items.");
    Object.keys(entries).forEach(function (k) {
      var v = entries[k], parsed;
      if (typeof v !== "string") throw new Error("This progress file is damaged: item " + k + " is not text.");
      try { parsed = JSON.parse(v); } catch (e) { throw new Error("This progress file is damaged: item " + k + " cannot be read."); }
      if (k.indexOf(L.PREFIX) === 0) {
        if (!parsed || parsed.v !== L.VERSION) throw new Error("This progress file is damaged: item " + k + " has an unknown version.");
      } else if (EDITOR_KEY.test(k)) {
        if (!parsed || parsed.project !== L.PROJECT || typeof parsed.code !== "string") {
          throw new Error("This progress file is damaged: saved code " + k + " belongs to another site.");
        }
      } else {
        throw new Error("This progress file holds an item this site does not use (" + k + ").");
      }
    });
    return entries;
  }

  // ---- Merging an imported file with this browser's items --------------------------------
  // Import never replaces this browser's progress wholesale: each item keeps the better or
  // newer record of the two (the page's text says so), and nothing this browser has is lost
  // but an attempt in progress older than the file's.

  function parsed(text) { try { return JSON.parse(text); } catch (e) { return null; } }
  function plural(n, one, many) { return n + " " + (n === 1 ? one : many); }
  function ratio(s) { return s.right / s.total; }
  function newer(a, b) { return Date.parse(a || "") > Date.parse(b || ""); }

  /** Quiz scores: per quiz, the better score (the more recent one on a tie). */
  function mergeQuiz(mine, theirs, tally) {
    var out = L.cleanScores(mine && mine.scores).scores;
    var add = L.cleanScores(theirs && theirs.scores).scores;
    Object.keys(add).forEach(function (k) {
      var a = add[k], m = out[k];
      if (!m || ratio(a) > ratio(m) || (ratio(a) === ratio(m) && newer(a.date, m.date))) {
        if (!m || ratio(a) !== ratio(m)) tally.quiz++;
        out[k] = a;
      }
    });
    return { v: L.VERSION, scores: out };
  }

  /** Exam history: every attempt of both, once each, oldest first, the last 50 kept. */
  function mergeHistory(mine, theirs, tally) {
    function list(d) { return d && Array.isArray(d.attempts) ? d.attempts.filter(L.validAttempt) : []; }
    function key(a) { return [a.date, a.length, a.right, !!a.timed].join("|"); }
    var seen = {}, all = [];
    list(mine).forEach(function (a) { if (!seen[key(a)]) { seen[key(a)] = true; all.push(a); } });
    list(theirs).forEach(function (a) { if (!seen[key(a)]) { seen[key(a)] = true; all.push(a); tally.exams++; } });
    all.sort(function (a, b) { return Date.parse(a.date) - Date.parse(b.date); });
    return { v: L.VERSION, attempts: all.slice(-50) };
  }

  /** Exercises solved: every one solved in either, with the date it was first solved. */
  function mergeSolved(mine, theirs, tally, editorsDone) {
    function map(d) { return d && d.editors && typeof d.editors === "object" && !Array.isArray(d.editors) ? d.editors : {}; }
    var out = {}, m = map(mine), t = map(theirs);
    Object.keys(m).forEach(function (k) { if (EDITOR_KEY.test(k)) out[k] = m[k]; });
    Object.keys(t).concat(editorsDone).forEach(function (k) {
      if (!EDITOR_KEY.test(k)) return;
      var when = typeof t[k] === "string" ? t[k] : new Date().toISOString();
      if (!out[k]) { out[k] = when; if (!L.isSolved(k)) tally.solved++; }
      else if (newer(out[k], when)) out[k] = when;
    });
    return { v: L.VERSION, editors: out };
  }

  /** The items of this browser merged with ``entries`` (a checked progress file), and what
   * the merge changes. Items only one side has are kept as they are, byte for byte. */
  function merge(entries) {
    var before = snapshot(), out = {}, tally = { quiz: 0, exams: 0, solved: 0, codes: 0, keptCodes: 0, attempt: "", review: 0 };
    Object.keys(before).forEach(function (k) { out[k] = before[k]; });
    // Exercises solved in the file whose code does not come in (this browser has its own):
    // their success is kept in the site's solved record.
    var doneInFile = Object.keys(entries).filter(function (k) {
      var d = EDITOR_KEY.test(k) && k in before && parsed(entries[k]);
      return d && d.done === 1;
    });
    Object.keys(entries).forEach(function (k) {
      var theirs = entries[k];
      if (EDITOR_KEY.test(k)) {
        // Saved code carries no date: this browser's code is never overwritten. The file's
        // code comes in where this browser has none for that exercise.
        if (!(k in before)) { out[k] = theirs; tally.codes++; }
        else if (parsed(before[k]).code !== parsed(theirs).code) tally.keptCodes++;
        return;
      }
      if (k === L.KEYS.solved) return;  // below
      if (!(k in before)) { out[k] = theirs; countNew(k, parsed(theirs), tally); return; }
      var mine = parsed(before[k]), other = parsed(theirs);
      if (k === L.KEYS.quiz) out[k] = JSON.stringify(mergeQuiz(mine, other, tally));
      else if (k === L.KEYS.history) out[k] = JSON.stringify(mergeHistory(mine, other, tally));
      else if (R && k === L.KEYS.review) {
        var today = R.dayOf(), m = R.merge(mine, other, today);
        tally.review += m.changed;
        out[k] = JSON.stringify({ v: L.VERSION, items: m.record.items, fails: m.record.fails });
      }
      else if (k === L.KEYS.current) {
        if (newer(other && other.started, mine && mine.started)) { out[k] = theirs; tally.attempt = "replaced"; }
      }
      // Any other item of this site: this browser's is kept.
    });
    var S = L.KEYS.solved;
    if (S in entries || doneInFile.length) {
      if (!(S in before) && !doneInFile.length) {
        out[S] = entries[S];
        tally.solved += Object.keys(mergeSolved(null, parsed(entries[S]), { solved: 0 }, []).editors)
          .filter(function (k) { return !L.isSolved(k); }).length;
      } else {
        var solved = mergeSolved(parsed(before[S] || "null"), parsed(entries[S] || "null"), tally, doneInFile);
        if (Object.keys(solved.editors).length) out[S] = JSON.stringify(solved);
      }
    }
    return { entries: out, tally: tally };
  }

  function countNew(k, data, tally) {
    if (!data) return;
    if (k === L.KEYS.quiz) tally.quiz += Object.keys(L.cleanScores(data.scores).scores).length;
    else if (k === L.KEYS.history) tally.exams += Array.isArray(data.attempts) ? data.attempts.filter(L.validAttempt).length : 0;
    else if (k === L.KEYS.current) tally.attempt = "added";
    else if (k === L.KEYS.review && data.items && typeof data.items === "object") tally.review += Object.keys(data.items).length;
  }

  function summary(tally) {
    var parts = [];
    if (tally.quiz) parts.push(plural(tally.quiz, "better or new quiz score", "better or new quiz scores"));
    if (tally.exams) parts.push(plural(tally.exams, "exam attempt", "exam attempts") + " added to your history");
    if (tally.solved) parts.push(plural(tally.solved, "exercise", "exercises") + " now solved");
    if (tally.codes) parts.push(plural(tally.codes, "exercise's saved code", "exercises' saved code") + " added");
    if (tally.review) parts.push(plural(tally.review, "review entry", "review entries") + " added or updated");
    if (tally.attempt === "added") parts.push("the attempt in progress added");
    if (tally.attempt === "replaced") parts.push("the attempt in progress replaced by the file's, which was started later");
    var text = parts.length ? parts.join(", ") + "." : "nothing new: this browser already had all of it.";
    if (tally.keptCodes) text += " " + plural(tally.keptCodes, "exercise has", "exercises have") +
      " other code in the file: this browser's code was kept.";
    return text.charAt(0).toUpperCase() + text.slice(1);
  }

  /** Write ``entries`` as this site's saved items, all or nothing. */
  function apply(entries) {
    var before = snapshot();
    try {
      Object.keys(before).forEach(function (k) { if (!(k in entries)) localStorage.removeItem(k); });
      Object.keys(entries).forEach(function (k) { if (before[k] !== entries[k]) localStorage.setItem(k, entries[k]); });
    } catch (e) {
      ownedKeys().forEach(function (k) { localStorage.removeItem(k); });
      Object.keys(before).forEach(function (k) { localStorage.setItem(k, before[k]); });
      throw new Error("The browser refused to store the progress (" + e.message + "). Nothing was changed.");
    }
  }

  function importFile(file) {
    var reader = new FileReader();
    reader.onload = function () {
      try {
        var merged = merge(parseImport(String(reader.result)));
        apply(merged.entries);
        render();
        message("Imported " + file.name + ", merged with this browser's progress: " + summary(merged.tally), false);
      } catch (e) {
        message(/Nothing was changed/.test(e.message) ? e.message : e.message + " Nothing was changed.", true);
      }
    };
    reader.onerror = function () { message("The file could not be read. Nothing was changed.", true); };
    reader.readAsText(file);
  }

  function bind() {
    document.getElementById("progress-export").addEventListener("click", exportData);
    var input = document.getElementById("progress-import");
    input.addEventListener("change", function () {
      if (input.files && input.files[0]) importFile(input.files[0]);
      input.value = "";
    });
    var confirmBox = document.getElementById("progress-confirm");
    document.getElementById("progress-reset").addEventListener("click", function () {
      confirmBox.hidden = false;
      document.getElementById("progress-reset-yes").focus();
    });
    document.getElementById("progress-reset-no").addEventListener("click", function () {
      confirmBox.hidden = true;
      document.getElementById("progress-reset").focus();
    });
    document.getElementById("progress-reset-yes").addEventListener("click", function () {
      var n = ownedKeys().length;
      ownedKeys().forEach(function (k) { localStorage.removeItem(k); });
      confirmBox.hidden = true;
      render();
      message("Deleted " + n + " saved items: your progress is reset.", false);
      document.getElementById("progress-reset").focus();
    });
  }

  L.loadBank().then(function (data) {
    if (!data || data.format !== "aws-compute-by-doing-bank") throw new Error("unknown format");
    bank = data;
    root = L.siteRoot();
    render();
    bind();
  }).catch(function (e) {
    document.getElementById("progress-summary").innerHTML =
      '<p class="exam-notice" role="alert">Your progress could not be shown (' + esc(e.message) + "). Reload the page to try again.</p>";
  });
})();
