/* "Your progress" (docs/progress/index.md): per topic, the exercises solved (PMT's own saved
 * verdict of each editor, `done` is 1 after a successful Validate, or learn.js's record of a
 * success it saw on a Practice page), the best page-quiz score
 * and the practice-exam accuracy. Export everything this site keeps in the browser (saved
 * code included) to a JSON file, import it elsewhere, or reset it. */
(function () {
  "use strict";
  var L = window.Learn;
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
    var exam = {};
    hist.attempts.forEach(function (a) {
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
      "Practice exams taken: <strong>" + hist.attempts.length + "</strong>.</p>";
    html += '<div class="exam-table-wrap"><table class="progress-table"><thead><tr><th scope="col">Topic</th>' +
      '<th scope="col">Exercises solved</th><th scope="col">Best quiz score</th><th scope="col">Practice-exam accuracy</th>' +
      "</tr></thead><tbody>" + rows.join("") + extra.join("") + "</tbody></table></div>";
    document.getElementById("progress-summary").innerHTML = html;
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

  /** Replace this site's saved items by ``entries``, all or nothing. */
  function apply(entries) {
    var before = snapshot();
    try {
      Object.keys(before).forEach(function (k) { localStorage.removeItem(k); });
      Object.keys(entries).forEach(function (k) { localStorage.setItem(k, entries[k]); });
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
        var entries = parseImport(String(reader.result));
        apply(entries);
        render();
        message("Imported " + Object.keys(entries).length + " saved items from " + file.name + ".", false);
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
