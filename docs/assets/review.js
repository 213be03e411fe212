/* The spaced review (issue 21): which missed questions and hard-won exercises come back, and
 * when. The rule is the Leitner system with five boxes: a question enters box 1, due the next
 * day; a right answer on the day it is due moves it up one box, a wrong one sends it back to
 * box 1. Box n waits INTERVALS[n - 1] days: 1, 3, 7, 14 and 30. A right answer in box 5 takes
 * it out of the review (it is then "known"). An exercise failed at least twice before it was
 * solved enters box 3: due again after a week.
 *
 * Dates are calendar days in the learner's own time zone, "YYYY-MM-DD", compared as text: a
 * learner who travels, or whose clock is set back or forward, never gets an invalid date
 * (a due date further away than its box allows is brought back to today + its interval).
 *
 * The first part is pure functions (window.Review, or module.exports in Node), tested in
 * tests/browser/test_review_rule.py. Then the storage (through window.Learn, learn.js) and the
 * "N to review today" lines of the pages ([data-review-due] elements). */
(function (root) {
  "use strict";

  var INTERVALS = [1, 3, 7, 14, 30];   // days to wait in box 1..5
  var EXERCISE_BOX = 3;                // an exercise comes back after INTERVALS[2] = 7 days
  var EXERCISE_FAILS = 2;              // ... when it was failed this many times before it was solved
  var DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
  var KEY = /^(q:[a-z0-9][a-z0-9-]*|x:editor_[0-9a-f]{16,})$/;

  function pad(n) { return (n < 10 ? "0" : "") + n; }

  /** The learner's calendar day of the instant ``when`` (a Date or ms, default now). */
  function dayOf(when) {
    var d = when === undefined ? new Date() : new Date(when);
    return d.getFullYear() + "-" + pad(d.getMonth() + 1) + "-" + pad(d.getDate());
  }

  /** Is ``s`` a real calendar day written "YYYY-MM-DD" (not 2027-02-30)? */
  function validDay(s) {
    var m = typeof s === "string" && DAY.exec(s);
    if (!m) return false;
    var y = +m[1], mo = +m[2], d = +m[3];
    if (y < 2000 || y > 9999 || mo < 1 || mo > 12 || d < 1) return false;
    var t = new Date(Date.UTC(y, mo - 1, d));
    return t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
  }

  /** ``day`` plus ``n`` calendar days (no time of day, so no daylight-saving hour to lose). */
  function addDays(day, n) {
    var m = DAY.exec(day);
    var t = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3] + n));
    return t.getUTCFullYear() + "-" + pad(t.getUTCMonth() + 1) + "-" + pad(t.getUTCDate());
  }

  /** Whole days from ``a`` to ``b`` (negative when b is earlier). */
  function daysBetween(a, b) {
    function ms(s) { var m = DAY.exec(s); return Date.UTC(+m[1], +m[2] - 1, +m[3]); }
    return Math.round((ms(b) - ms(a)) / 86400000);
  }

  function stamp(now) { return (now === undefined ? new Date() : new Date(now)).toISOString(); }

  /** Put in box ``box`` on ``today``: due after that box's interval. */
  function inBox(box, today, now) { return { box: box, due: addDays(today, INTERVALS[box - 1]), updated: stamp(now) }; }

  function inReview(entry) { return !!entry && entry.box >= 1; }

  /** An answer given in a page quiz or the exam: "wrong" and "unsure" (right, but marked
   * "Not sure") put the question in box 1, due tomorrow; "right" leaves a question that is
   * in the review where it is (only the Review page moves it up), and notes it as known
   * otherwise. */
  function afterAnswer(entry, outcome, today, now) {
    if (outcome === "wrong" || outcome === "unsure") return inBox(1, today, now);
    if (inReview(entry)) return entry;
    return { box: 0, due: null, updated: stamp(now) };
  }

  /** An answer on the Review page: right moves up one box (out of the review from box 5),
   * wrong goes back to box 1. */
  function afterReview(entry, right, today, now) {
    if (!right) return inBox(1, today, now);
    var box = inReview(entry) ? entry.box : 0;
    if (box >= INTERVALS.length) return { box: 0, due: null, updated: stamp(now) };
    return inBox(box + 1, today, now);
  }

  /** An exercise just solved, after ``fails`` failed validations since it was last solved:
   * one that is due moves on like a right review; one not in the review enters box 3 when it
   * was failed at least twice. Else nothing changes (null: no entry). */
  function afterSolve(entry, fails, today, now) {
    if (inReview(entry)) return entry.due <= today ? afterReview(entry, true, today, now) : entry;
    if (fails >= EXERCISE_FAILS) return inBox(EXERCISE_BOX, today, now);
    return entry || null;
  }

  function isDue(entry, today) { return inReview(entry) && entry.due <= today; }

  /** The keys due on ``today``, the longest overdue first (then by key, for a stable order). */
  function dueKeys(items, today) {
    return Object.keys(items).filter(function (k) { return isDue(items[k], today); })
      .sort(function (a, b) { return items[a].due < items[b].due ? -1 : items[a].due > items[b].due ? 1 : a < b ? -1 : 1; });
  }

  function isObject(x) { return !!x && typeof x === "object" && !Array.isArray(x); }

  /** One stored entry checked field by field: the entry (a due date further than its box
   * allows brought back to today + interval), or null when it cannot be read. */
  function cleanEntry(e, today) {
    if (!isObject(e) || typeof e.box !== "number" || e.box % 1 !== 0 || e.box < 0 || e.box > INTERVALS.length) return null;
    if (typeof e.updated !== "string" || isNaN(Date.parse(e.updated))) return null;
    if (e.box === 0) return e.due === null || e.due === undefined ? { box: 0, due: null, updated: e.updated } : null;
    if (!validDay(e.due)) return null;
    var latest = addDays(today, INTERVALS[e.box - 1]);
    return { box: e.box, due: e.due > latest ? latest : e.due, updated: e.updated };
  }

  /** A stored review record ({v, items, fails}) checked: the readable entries, how many were
   * skipped as damaged, and how many were dropped because ``known(key)`` says their question or
   * exercise is no longer on the site (without ``known``, none is dropped). */
  function clean(record, today, known) {
    var out = { items: {}, fails: {}, skipped: 0, dropped: 0, bad: false };
    if (record === null || record === undefined) return out;
    if (!isObject(record) || (record.items !== undefined && !isObject(record.items))) { out.bad = true; return out; }
    var items = record.items || {};
    Object.keys(items).forEach(function (k) {
      var e = KEY.test(k) ? cleanEntry(items[k], today) : null;
      if (!e) out.skipped++;
      else if (known && !known(k)) out.dropped++;
      else out.items[k] = e;
    });
    var fails = isObject(record.fails) ? record.fails : {};
    Object.keys(fails).forEach(function (k) {
      var n = fails[k];
      if (/^editor_[0-9a-f]{16,}$/.test(k) && typeof n === "number" && n % 1 === 0 && n > 0 && n < 1e6) out.fails[k] = n;
      else out.skipped++;
    });
    return out;
  }

  /** Two review records merged: per question or exercise the entry updated last (this
   * browser's on a tie), per exercise the larger count of failures. ``changed``: how many
   * entries the other record changed or added. */
  function merge(mine, theirs, today) {
    var a = clean(mine, today), b = clean(theirs, today), changed = 0;
    var items = {}, fails = {};
    Object.keys(a.items).forEach(function (k) { items[k] = a.items[k]; });
    Object.keys(b.items).forEach(function (k) {
      var m = items[k], t = b.items[k];
      if (!m || Date.parse(t.updated) > Date.parse(m.updated)) {
        if (!m || m.box !== t.box || m.due !== t.due) changed++;
        items[k] = t;
      }
    });
    Object.keys(a.fails).forEach(function (k) { fails[k] = a.fails[k]; });
    Object.keys(b.fails).forEach(function (k) { fails[k] = Math.max(fails[k] || 0, b.fails[k]); });
    return { record: { items: items, fails: fails }, changed: changed };
  }

  /** Per question ids, how many are new (no record), learning (in a box) or known. */
  function boxesOf(ids, items) {
    var out = { "new": 0, learning: 0, known: 0 };
    ids.forEach(function (id) {
      var e = items["q:" + id];
      if (!e) out["new"]++; else if (e.box >= 1) out.learning++; else out.known++;
    });
    return out;
  }

  var api = {
    INTERVALS: INTERVALS, EXERCISE_BOX: EXERCISE_BOX, EXERCISE_FAILS: EXERCISE_FAILS,
    dayOf: dayOf, validDay: validDay, addDays: addDays, daysBetween: daysBetween,
    afterAnswer: afterAnswer, afterReview: afterReview, afterSolve: afterSolve,
    isDue: isDue, dueKeys: dueKeys, cleanEntry: cleanEntry, clean: clean, merge: merge, boxesOf: boxesOf,
  };
  if (typeof module === "object" && module.exports) { module.exports = api; return; }
  root.Review = api;

  // ---- Storage (browser) ------------------------------------------------------------------

  var L = root.Learn;
  if (!L) return;
  var STORE = L.PREFIX + "review";
  L.KEYS.review = STORE;

  /** The stored record, checked: {items, fails, skipped, dropped, bad}. ``bank`` (bank.json),
   * when given, drops entries of questions and exercises no longer on the site. */
  function load(bank) {
    var raw = L.read(STORE), today = dayOf();
    var known = null;
    if (bank) {
      var ids = {};
      bank.questions.forEach(function (q) { ids["q:" + q.id] = true; });
      bank.exercises.forEach(function (e) { if (e.editor) ids["x:" + e.editor] = true; });
      known = function (k) { return !!ids[k]; };
    }
    if (raw && raw.bad) { var out = clean(null, today); out.bad = true; return out; }
    return clean(raw, today, known);
  }

  function save(rec) { return L.write(STORE, { items: rec.items, fails: rec.fails }); }

  /** Record page-quiz or exam answers: [{id, outcome: "right" | "wrong" | "unsure"}]. */
  function recordAnswers(list) {
    var rec = load(), today = dayOf();
    list.forEach(function (a) {
      var k = "q:" + a.id;
      rec.items[k] = afterAnswer(rec.items[k], a.outcome, today);
    });
    save(rec);
  }

  /** Record an answer given on the Review page; returns the new entry. */
  function recordReview(id, right) {
    var rec = load(), k = "q:" + id;
    rec.items[k] = afterReview(rec.items[k], right, dayOf());
    save(rec);
    return rec.items[k];
  }

  /** A Validate on a Practice page (speed.js reports PMT's outcome): a failure that used an
   * attempt is counted; a success may bring the exercise into the review or move it on. */
  function recordValidation(editor, success, counted) {
    if (!/^editor_[0-9a-f]{16,}$/.test(editor)) return;
    var rec = load(), k = "x:" + editor;
    if (!success) {
      if (counted) { rec.fails[editor] = (rec.fails[editor] || 0) + 1; save(rec); }
      return;
    }
    var next = afterSolve(rec.items[k], rec.fails[editor] || 0, dayOf());
    if (next) rec.items[k] = next;
    delete rec.fails[editor];
    save(rec);
  }

  /** How many questions and exercises are due today, counting only those still on the site. */
  function dueCount(bank) {
    var rec = load(bank);
    return dueKeys(rec.items, dayOf()).length;
  }

  api.STORE = STORE;
  api.load = load; api.save = save; api.recordAnswers = recordAnswers; api.recordReview = recordReview;
  api.recordValidation = recordValidation; api.dueCount = dueCount;

  document.addEventListener("aws-compute-by-doing:validation", function (e) {
    var d = e.detail || {};
    recordValidation(d.editor, !!d.success, !!d.counted);
  });

  /** Fill every "N to review today" line of the page ([data-review-due]); each stays hidden
   * when nothing is due. The bank is fetched only when something may be due. */
  function showCounts() {
    var spots = document.querySelectorAll("[data-review-due]");
    if (!spots.length) return;
    if (!dueKeys(load().items, dayOf()).length) return;
    L.loadBank().then(function (bank) {
      var n = dueCount(bank);
      spots.forEach(function (el) {
        el.hidden = !n;
        if (!n) return;
        var a = document.createElement("a");
        a.href = L.siteRoot() + "review/";
        a.className = "review-due-link";
        a.textContent = n + " to review today";
        el.textContent = "";
        el.appendChild(a);
      });
    }).catch(function () { /* no count without the bank */ });
  }
  api.showCounts = showCounts;
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", showCounts);
  else showCounts();
})(typeof window !== "undefined" ? window : this);
