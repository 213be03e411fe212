/* The Review page (docs/review/index.md): the questions and exercises due today under the
 * Leitner rule of review.js. Each question is asked as in the practice exam; once checked,
 * every option's explanation shows with a link to the section that teaches it, and the
 * question moves to its next box and date. */
(function () {
  "use strict";
  var L = window.Learn, R = window.Review;
  var app = document.getElementById("review-app");
  if (!app || !L || !R) return;

  var bank = null, byId = {}, exercises = {}, root = "";

  function esc(s) {
    return String(s).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }
  function plural(n, one, many) { return n + " " + (n === 1 ? one : many); }
  function correctOf(q) {
    return q.options.map(function (o, i) { return o.correct ? i : -1; }).filter(function (i) { return i >= 0; });
  }
  function isRight(q, picked) {
    var c = correctOf(q);
    return picked.length === c.length && c.every(function (i) { return picked.indexOf(i) >= 0; });
  }
  /** A day "YYYY-MM-DD" as the learner reads dates, in a <time> element. */
  function dayHtml(day) {
    var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day), text = day;
    try {
      text = new Date(+m[1], +m[2] - 1, +m[3]).toLocaleDateString([], { weekday: "long", day: "numeric", month: "long", year: "numeric" });
    } catch (e) { /* keep the ISO form */ }
    return '<time datetime="' + day + '">' + esc(text) + "</time>";
  }
  function whenHtml(day, today) {
    var n = R.daysBetween(today, day);
    return (n === 1 ? "tomorrow, " : "in " + n + " days, ") + dayHtml(day);
  }

  function boxesLine(items) {
    var per = [0, 0, 0, 0, 0];
    Object.keys(items).forEach(function (k) { if (items[k].box >= 1) per[items[k].box - 1]++; });
    return per.map(function (n, i) { return "box " + (i + 1) + " (" + R.INTERVALS[i] + (i ? " days" : " day") + "): " + n; }).join(" · ");
  }

  function questionHtml(id, entry, n) {
    var q = byId[id], kind = q.type === "single" ? "radio" : "checkbox";
    var order = L.shuffle(q.options.map(function (o, i) { return i; }));
    return '<li class="review-item" data-id="' + esc(id) + '" data-box="' + entry.box + '">' +
      '<form class="review-form" novalidate><fieldset><legend>' + (n + 1) + ". " + q.stem + "</legend>" +
      '<p class="review-box">Box ' + entry.box + " of 5, due " + dayHtml(entry.due) + ".</p>" +
      order.map(function (i) {
        var oid = "review-" + n + "-o" + i;
        return '<div class="bank-opt" data-index="' + i + '"><label class="bank-choice" for="' + oid + '"><input type="' + kind +
          '" name="review-' + n + '" id="' + oid + '" value="' + i + '"><span class="bank-text">' + q.options[i].html + "</span></label>" +
          '<p class="bank-why" hidden>' + q.options[i].why + "</p></div>";
      }).join("") +
      '</fieldset><div class="exam-actions"><button type="submit" class="md-button md-button--primary review-check">Check my answer</button></div>' +
      '<p class="review-error" role="alert"></p>' +
      '<div class="review-outcome" tabindex="-1" hidden></div></form></li>';
  }

  function check(li) {
    var id = li.getAttribute("data-id"), q = byId[id];
    var picked = Array.prototype.map.call(li.querySelectorAll("input:checked"), function (i) { return Number(i.value); });
    var error = li.querySelector(".review-error");
    if (!picked.length) { error.textContent = "Choose an answer first: nothing was recorded."; return; }
    error.textContent = "";
    var ok = isRight(q, picked), before = Number(li.getAttribute("data-box"));
    var entry = R.recordReview(id, ok), today = R.dayOf();
    li.querySelectorAll("input").forEach(function (i) { i.disabled = true; });
    li.querySelector(".review-check").remove();
    li.querySelectorAll(".bank-opt").forEach(function (opt) {
      var i = Number(opt.getAttribute("data-index")), o = q.options[i], isP = picked.indexOf(i) >= 0;
      var cls = o.correct && isP ? "is-right" : o.correct ? "is-missed" : isP ? "is-wrong" : "";
      var badge = o.correct && isP ? "✓ Your answer: right" : o.correct ? "◯ Right answer you did not pick" : isP ? "✗ Your answer: wrong" : "";
      if (cls) {
        opt.classList.add(cls);
        var b = document.createElement("span");
        b.className = "bank-badge"; b.textContent = badge;
        opt.insertBefore(b, opt.querySelector(".bank-why"));
      }
      opt.querySelector(".bank-why").hidden = false;
    });
    var next = entry.box === 0 ? "Right in box 5: this question leaves the review. You know it."
      : ok ? "Right: up to box " + entry.box + ", next review " + whenHtml(entry.due, today) + "."
        : "Not right: back to box 1, next review " + whenHtml(entry.due, today) + ".";
    var where = q.section.page ? " (" + esc(q.section.page) + ")" : "";
    var out = li.querySelector(".review-outcome");
    out.innerHTML = '<p class="bank-verdict ' + (ok ? "ok" : "ko") + '">' + (ok ? "Right." : "Not right.") + "</p>" +
      '<p class="review-next" data-box="' + entry.box + '" data-due="' + (entry.due || "") + '">' + next + "</p>" +
      '<p class="exam-links"><a href="' + root + q.section.url + '">Read: ' + esc(q.section.title) + where + "</a>" +
      (q.exercise ? ' · <a href="' + root + q.exercise.url + '">Practise: ' + esc(q.exercise.title) + "</a>" : "") + "</p>";
    out.hidden = false;
    li.setAttribute("data-done", ok ? "right" : "wrong");
    li.setAttribute("data-before", String(before));
    out.focus();
    summary();
  }

  /** The line at the top: what is due now, what is in the boxes, when the next one comes. */
  function summary() {
    var rec = R.load(bank), today = R.dayOf(), due = R.dueKeys(rec.items, today);
    var q = due.filter(function (k) { return k.indexOf("q:") === 0; }).length, x = due.length - q;
    var inReview = Object.keys(rec.items).filter(function (k) { return rec.items[k].box >= 1; });
    var later = inReview.filter(function (k) { return rec.items[k].due > today; })
      .map(function (k) { return rec.items[k].due; }).sort();
    var text = due.length ? "<strong>" + plural(due.length, "item", "items") + " to review today</strong>: " +
        plural(q, "question", "questions") + " and " + plural(x, "exercise", "exercises") + "."
      : "<strong>Nothing to review today.</strong>";
    if (later.length) text += " Next review: " + dayHtml(later[0]) + ".";
    if (!inReview.length) text += " Nothing is in the review yet: a question you miss in a quiz or an exam, or mark “Not sure”, comes here the next day.";
    else text += " In the boxes: " + boxesLine(rec.items) + ".";
    var el = document.getElementById("review-summary");
    el.innerHTML = text;
    el.setAttribute("data-due", String(due.length));
  }

  function render() {
    var rec = R.load(bank), today = R.dayOf(), due = R.dueKeys(rec.items, today);
    var notes = [];
    if (rec.bad) notes.push("Your saved review could not be read (it is damaged or from another version of the site): it starts again empty.");
    if (rec.skipped) notes.push(plural(rec.skipped, "saved review entry", "saved review entries") + " could not be read and " + (rec.skipped === 1 ? "was" : "were") + " skipped.");
    var html = notes.map(function (n) { return '<p class="exam-notice" role="status">' + esc(n) + "</p>"; }).join("");
    html += '<p id="review-summary" aria-live="polite"></p>';
    var qs = due.filter(function (k) { return k.indexOf("q:") === 0; });
    var xs = due.filter(function (k) { return k.indexOf("x:") === 0; });
    html += '<h2 id="review-questions">Questions due today</h2>';
    html += qs.length ? '<ol class="review-list">' + qs.map(function (k, n) { return questionHtml(k.slice(2), rec.items[k], n); }).join("") + "</ol>"
      : "<p>No question is due today.</p>";
    html += '<h2 id="review-exercises">Exercises due today</h2>';
    html += xs.length ? '<ul class="review-exercises">' + xs.map(function (k) {
      var e = exercises[k.slice(2)], entry = rec.items[k];
      return '<li data-exercise="' + esc(e.id) + '" data-box="' + entry.box + '"><a href="' + root + e.url + '">' + esc(e.title) + "</a>" +
        (e.practise ? "<br>You practise: " + esc(e.practise) : "") +
        "<br><small>Box " + entry.box + ": validate it again; a pass moves it on to box " + (entry.box < 5 ? entry.box + 1 : "“known”") + ".</small></li>";
    }).join("") + "</ul>" : "<p>No exercise is due today.</p>";
    app.innerHTML = html;
    summary();
    app.querySelectorAll(".review-item").forEach(function (li) {
      li.querySelector("form").addEventListener("submit", function (e) { e.preventDefault(); check(li); });
    });
  }

  L.loadBank().then(function (data) {
    if (!data || data.format !== "aws-compute-by-doing-bank" || !Array.isArray(data.questions)) throw new Error("unknown format");
    bank = data;
    bank.questions.forEach(function (q) { byId["q:" + q.id] = q; byId[q.id] = q; });
    bank.exercises.forEach(function (e) { if (e.editor) exercises[e.editor] = e; });
    root = L.siteRoot();
    render();
  }).catch(function (e) {
    app.innerHTML = '<p class="exam-notice" role="alert">The review could not be shown (' + esc(e.message) + "). Reload the page to try again.</p>";
  });
})();
