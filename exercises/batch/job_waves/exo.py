# --- PYODIDE:env --- #
from awsgrader import Diagnosis, Property, bound_check, grading_code, start_watchdog
from awsgrader.facts import batch as _batch

start_watchdog()

# AWS Batch limits, from the site's fact sheet (see the statement for their sources).
MIN_ARRAY_SIZE, MAX_ARRAY_SIZE = _batch.ARRAY_SIZE
MAX_DEPENDENCIES = _batch.MAX_DEPENDENCIES
del _batch


@grading_code
def _wave_mistakes():
    # The properties the tests check, each with the mistake that breaks it. A detector
    # recomputes the waves under its mistake with a variant of a small model and speaks only
    # when that gives the learner's waves, and the learner's function also gives the
    # mistake's waves on a small graph where that mistake shows. Other properties read,
    # from the learner's waves or from the input, which rule is broken.
    from awsgrader.facts import batch as facts

    low, high = facts.ARRAY_SIZE
    limit = facts.MAX_DEPENDENCIES

    def job(*depends_on, size=None):
        return {"depends_on": list(depends_on), "array_size": size}

    def wave_of(jobs, earliest=False):
        waves = {}

        def place(name, seen=()):
            if name not in waves:
                if name in seen:
                    raise ValueError("cycle")
                deps = [place(d, seen + (name,)) for d in jobs[name]["depends_on"]]
                waves[name] = 0 if not deps else 1 + (min(deps) if earliest else max(deps))
            return waves[name]

        for name in jobs:
            place(name)
        return waves

    def model(jobs, mistake=None):
        waves = wave_of(jobs, earliest=mistake == "waits_for_first")
        result = [[] for _ in range(max(waves.values(), default=-1) + 1)]
        for name in jobs:
            size = jobs[name]["array_size"]
            if size is None or mistake == "parent_name":
                result[waves[name]].append((name, -1, name))
            else:
                first = 1 if mistake == "children_from_one" else 0
                result[waves[name]].extend((name, i, f"{name}:{i}")
                                           for i in range(first, first + size))
        if mistake == "index_string":
            return [[t for _, _, t in sorted(w, key=lambda e: (e[0], str(e[1])))]
                    for w in result]
        return [[t for _, _, t in sorted(w)] for w in result]

    def under(*probes, **mistake):
        def detect(case):
            if not case.returned or case.raises or case.got == case.expected:
                return False
            if not isinstance(case.expected, list):
                return False
            wrong = model(*case.args, **mistake)
            if wrong == case.expected or case.got != wrong:
                return False
            shows = False
            for probe in probes:
                wrong = model(*probe, **mistake)
                if case.probe(*probe) != ("ok", wrong):
                    return False
                shows = shows or wrong != model(*probe)
            return shows
        detect.model, detect.mistake, detect.probes = model, mistake, probes
        return detect

    # --- Rules read from the learner's waves (a valid input) ---

    def entry_job(entry):
        return entry.rsplit(":", 1)[0] if isinstance(entry, str) and ":" in entry else entry

    def waves_case(case):
        return (case.returned and not case.raises and isinstance(case.expected, list)
                and case.got != case.expected)

    def not_lists(case):
        got = case.got
        return waves_case(case) and not (isinstance(got, list) and all(
            isinstance(w, list) for w in got)) and (
            f"your function returned a {type(got).__name__}" if not isinstance(got, list)
            else "your function returned a list whose waves are not all lists")

    def flat(waves):
        return [e for w in waves for e in w]

    def entries_differ(case):
        if not waves_case(case) or not_lists(case):
            return False
        got, expected = flat(case.got), flat(case.expected)
        if sorted(map(str, got)) == sorted(map(str, expected)):
            return False
        missing = [e for e in expected if e not in got]
        extra = [e for e in got if e not in expected]
        if missing:
            return f"{missing[0]!r} is missing"
        if extra:
            return f"{extra[0]!r} should not be there"
        return "an entry comes more than once"

    def position(waves):
        return {e: i for i, w in enumerate(waves) for e in w}

    def too_early(case):
        if not waves_case(case) or not_lists(case) or entries_differ(case):
            return False
        jobs, where = case.args[0], position(case.got)
        for entry, i in where.items():
            for dep in jobs[entry_job(entry)]["depends_on"]:
                dep_waves = [j for e, j in where.items() if entry_job(e) == dep]
                if dep_waves and i <= max(dep_waves):
                    return f"{entry!r} is in wave {i}, but it depends on {dep!r}, in wave " \
                           f"{max(dep_waves)}"
        return False

    def too_late(case):
        if not waves_case(case) or not_lists(case) or entries_differ(case):
            return False
        got, expected = position(case.got), position(case.expected)
        late = [e for e in expected if got[e] > expected[e]]
        return late and f"{late[0]!r} could run in wave {expected[late[0]]}, not " \
                        f"{got[late[0]]}"

    def unsorted(case):
        if not waves_case(case) or not_lists(case) or len(case.got) != len(case.expected):
            return False
        for i, (g, e) in enumerate(zip(case.got, case.expected)):
            if g != e and sorted(map(str, g)) == sorted(map(str, e)):
                return f"wave {i} holds the right entries in another order"
        return False

    # --- Rules read from the input (ValueError expected, or not) ---

    def jobs_of(case):
        return case.args[0] if case.args and isinstance(case.args[0], dict) else {}

    def accepted(test):
        def detect(case):
            return case.raises is ValueError and case.returned and test(jobs_of(case))
        return detect

    def refused(test):
        # For a valid input: the function raised ValueError; `test` finds what it refused
        # and, with a probe, confirms that changing that part alone makes it answer.
        def detect(case):
            return (case.raises is None and isinstance(case.expected, list)
                    and case.raised(ValueError) and test(case, jobs_of(case)))
        return detect

    def answers(case, jobs):
        kind, _ = case.probe(jobs)
        return kind == "ok"

    def changed(jobs, name, **values):
        other = {n: dict(j, depends_on=list(j["depends_on"])) for n, j in jobs.items()}
        other[name] = dict(other[name], **values)
        return other

    def size_refused(size):
        def test(case, jobs):
            for name, spec in jobs.items():
                if spec["array_size"] == size and answers(
                        case, changed(jobs, name, array_size=low + 1 if size == low else 3)):
                    return f"your function refuses array_size {size} for {name!r}"
            return False
        return test

    def largest_refused(off_by_one):
        # The largest array refused, a small one accepted: with `off_by_one`, the function
        # accepts high - 1 (a < instead of <=); without, it refuses high - 1 too, and a
        # binary search finds the largest size it accepts (a limit other than AWS's).
        def test(case, jobs):
            for name, spec in jobs.items():
                if spec["array_size"] != high:
                    continue
                small = changed(jobs, name, array_size=3)
                if not answers(case, small):
                    return False
                if answers(case, changed(jobs, name, array_size=high - 1)) != off_by_one:
                    return False
                if off_by_one:
                    return (f"your function refuses array_size {high:,} for {name!r} and "
                            f"accepts {high - 1:,}")
                accepted, refused = 3, high - 1
                while refused - accepted > 1:
                    middle = (accepted + refused) // 2
                    if answers(case, changed(jobs, name, array_size=middle)):
                        accepted = middle
                    else:
                        refused = middle
                return (f"your function accepts array_size {accepted:,} and refuses "
                        f"{refused:,}")
            return False
        return test

    def limit_refused(case, jobs):
        for name, spec in jobs.items():
            deps = spec["depends_on"]
            if len(deps) == len(set(deps)) == limit and answers(
                    case, changed(jobs, name, depends_on=deps[:-1])):
                return f"your function refuses {name!r} with {limit} dependencies"
        return False

    def duplicates_refused(in_the_limit):
        def test(case, jobs):
            for name, spec in jobs.items():
                deps = spec["depends_on"]
                over = len(deps) > limit >= len(set(deps))
                if len(deps) != len(set(deps)) and over == in_the_limit and answers(
                        case, changed(jobs, name, depends_on=sorted(set(deps)))):
                    return (f"your function refuses {name!r} and answers when each of its "
                            "dependencies is listed once")
            return False
        return test

    # --- A ValueError whose message names jobs (unknown dependencies, cycles) ---

    def no_error(kind):
        # A ValueError naming jobs was expected: the function returned, or raised another
        # exception.
        def detect(case):
            expected = case.expected
            return (isinstance(expected, dict) and expected.get("names") == kind
                    and not case.raised(ValueError)
                    and ("your function returned waves" if case.returned
                         else f"your function raised {type(case.error).__name__}"))
        return detect

    def two_job_cycle(case):
        # The function's answer for the simplest cycle of two jobs: "raises" (ValueError),
        # "returns" (a result) or the name of the other exception.
        kind, value = case.probe({"a": job("b"), "b": job("a")})
        if kind == "ok":
            return "returns"
        return "raises" if isinstance(value, ValueError) else type(value).__name__

    def self_loop_missed(case):
        # A job that depends on itself got no ValueError, while a cycle of two does.
        return (no_error("cycle")(case)
                and any(name in spec["depends_on"] for name, spec in jobs_of(case).items())
                and two_job_cycle(case) == "raises"
                and "your function raises ValueError for a cycle of two jobs, a and b, "
                    "that depend on each other")

    def cycle_missed(also):
        # A cycle got no ValueError; `also`: the function also misses the cycle of two jobs
        # (True), or raises ValueError for it (False).
        def detect(case):
            found = no_error("cycle")(case)
            if not found:
                return False
            two = two_job_cycle(case)
            if also == (two == "raises"):
                return False
            if not also:
                return f"{found}; it raises ValueError for a and b that depend on each other"
            what = "returns waves" if two == "returns" else f"raises {two}"
            return f"{found}; it also {what} for a and b that depend on each other"
        return detect

    def empty_wave(case):
        got = case.got
        if not waves_case(case) or not_lists(case) or flat(got) != flat(case.expected):
            return False
        empty = [i for i, w in enumerate(got) if not w]
        return bool(empty) and f"your wave {empty[0]} is empty"

    def names_missing(kind):
        def detect(case):
            expected = case.expected
            return (isinstance(expected, dict) and expected.get("names") == kind
                    and case.raised(ValueError))
        return detect

    return Diagnosis(
        Property("waves-are-lists", "the result is a list of waves, each a list of str",
                 "Return a list with one list per wave.", not_lists),
        Property("no-empty-wave", "every wave holds at least one entry: no jobs, no waves",
                 "A wave is never empty: job_waves({}) is [], and the last wave is the one "
                 "that holds the last jobs.", empty_wave),
        Property("children-from-zero", "an array job's children are name:0 to name:N-1",
                 "Your waves number the children from 1 (your function also answers "
                 "[['t:1', 't:2']] for one array job t of size 2): number them from 0 to "
                 "N-1, like range(N).",
                 under(({"t": job(size=2)},), mistake="children_from_one")),
        Property("children-not-parent", "an array job appears as its children, not its "
                 "own name",
                 "Your waves list an array job by its own name (your function also answers "
                 "[['t']] for one array job t of size 2): list its children t:0 ... t:N-1 "
                 "instead.", under(({"t": job(size=2)},), mistake="parent_name")),
        Property("index-as-a-number", "in a wave, entries are sorted by job name, then by "
                 "array index as a number",
                 "Your waves sort the array index as text (your function also puts t:10 "
                 "before t:2 for an array job t of size 11): sort by (name, index) with the "
                 "index as an int.",
                 under(({"t": job(size=11)},), mistake="index_string")),
        Property("waits-for-the-latest", "a job runs in the wave after its LATEST "
                 "dependency",
                 "Your waves put a job right after its earliest dependency (your function "
                 "also puts c in wave 1 when c depends on a, wave 0, and b, wave 1): a job "
                 "waits for ALL its dependencies.",
                 under(({"a": job(), "b": job("a"), "c": job("a", "b")},),
                       mistake="waits_for_first")),
        Property("every-entry-once", "each plain job, and each child of an array job, is in "
                 "exactly one wave", "List every job once: a plain job by its name, an "
                 "array job by each of its children name:i.", entries_differ),
        Property("after-its-dependencies", "a job runs in a wave after all its dependencies",
                 "Put a job only in a wave after every wave that holds one of its "
                 "dependencies (or its children).", too_early),
        Property("as-early-as-possible", "a job runs in the first wave after its "
                 "dependencies", "A job runs as soon as all its dependencies have finished: "
                 "wave = 1 + the latest wave among its dependencies (0 without any).",
                 too_late),
        Property("wave-sorted", "each wave is sorted by job name, then by array index",
                 "Sort each wave by job name, then by index as a number.", unsorted),
        Property("duplicates-count-once-in-the-limit", f"a name listed twice counts once "
                 f"towards the {limit} dependencies",
                 f"Count distinct dependencies, len(set(depends_on)), against the limit of "
                 f"{limit}.", refused(duplicates_refused(True))),
        Property("duplicate-is-one-dependency", "a name listed twice in depends_on is one "
                 "dependency", "Treat depends_on as a set: a job listed twice is still one "
                 "dependency, released when that job finishes.",
                 refused(duplicates_refused(False))),
        Property("twenty-dependencies-valid", f"a job may have exactly {limit} dependencies",
                 f"The limit is at most {limit}: refuse more than {limit} (>), not {limit}.",
                 refused(limit_refused)),
        Property("largest-array-valid", f"array_size {high:,} is valid",
                 f"Array sizes go from {low} to {high:,}, both included: {high:,} itself "
                 f"is valid.",
                 refused(largest_refused(off_by_one=True))),
        Property("array-limit-is-aws", f"an array job has up to {high:,} children",
                 f"Your limit on array_size is not AWS's: an array job can have up to "
                 f"{high:,} children (see the statement's AWS behaviour).",
                 refused(largest_refused(off_by_one=False))),
        Property("smallest-array-valid", f"array_size {low} is valid",
                 f"Array sizes go from {low} to {high:,}: {low} is included.",
                 refused(size_refused(low))),
        Property("array-size-range", f"an array_size below {low} or above {high:,} raises "
                 "ValueError",
                 f"Raise ValueError for an array_size that is not None and not between {low} "
                 f"and {high:,}.",
                 accepted(lambda jobs: any(
                     j["array_size"] is not None and not low <= j["array_size"] <= high
                     for j in jobs.values()))),
        Property("dependency-limit", f"a job with more than {limit} dependencies raises "
                 "ValueError",
                 f"Raise ValueError when a job has more than {limit} distinct dependencies.",
                 accepted(lambda jobs: any(len(set(j["depends_on"])) > limit
                                           for j in jobs.values()))),
        Property("unknown-job-is-an-error", "a dependency on a job that is not in `jobs` "
                 "raises ValueError",
                 "Check that every dependency is a job of `jobs`, and raise ValueError that "
                 "names the unknown one.", no_error("unknown")),
        Property("unknown-job-named", "the ValueError for an unknown dependency names it",
                 "Name the unknown job in the ValueError's message (a dependency on a job "
                 "that is not in `jobs` is not a cycle).", names_missing("unknown")),
        Property("self-dependency-is-a-cycle", "a job that depends on itself is a cycle",
                 "A job that lists itself in depends_on can never start: it is a cycle of "
                 "one job, so raise ValueError naming it, as for a cycle of two jobs.",
                 self_loop_missed),
        Property("cycle-raises", "a dependency cycle raises ValueError",
                 "Jobs that wait on each other (a cycle) can never start: raise ValueError "
                 "naming them, instead of returning waves or failing another way.",
                 cycle_missed(also=True)),
        Property("every-cycle-raises", "every dependency cycle raises ValueError, whatever "
                 "its length and wherever it is",
                 "Your function finds some cycles but not this one: jobs that wait on each "
                 "other, directly or through other jobs, form a cycle, even beside jobs that "
                 "can run.", cycle_missed(also=False)),
        Property("cycle-named", "the ValueError for a cycle names the jobs in it",
                 "Name the jobs of the cycle in the ValueError's message (follow the "
                 "dependencies of a waiting job until one repeats).", names_missing("cycle")),
    )


_WAVE_MISTAKES = _wave_mistakes()
_check, check_raises = bound_check(_WAVE_MISTAKES)
del _wave_mistakes


@grading_code
def check(fn, args=(), expected=None, kwargs=None, **options):
    """Call your function with args and compare with expected: the tests below use it."""
    from awsgrader import short_repr

    # The whole graph in the message: every job may matter.
    options.setdefault("label", f"{fn.__name__}({', '.join(short_repr(a, 600) for a in args)})")
    return _check(fn, args, expected, kwargs, **options)


@grading_code
def check_error_names(fn, args, names, kind="cycle"):
    """Call your function with args and expect a ValueError whose message names every job
    of one of the groups `names` (kind: "cycle" or "unknown")."""
    import copy
    import re
    from awsgrader import fail, learner_call, short_repr

    what = {"cycle": "the jobs of the cycle", "unknown": "the unknown job"}[kind]
    label = f"{fn.__name__}({', '.join(short_repr(a, 600) for a in args)})"
    wanted = " or ".join(", ".join(group) for group in names)
    expected_text = f"ValueError whose message names {what} ({wanted})"
    outcome = {}
    try:
        got = learner_call(fn, *copy.deepcopy(args))
        got_text = f"returned {short_repr(got)}"
        outcome["got"] = got
    except ValueError as exc:
        message = str(exc)

        def named(name):
            return re.search(r"(?<![A-Za-z0-9_])" + re.escape(name) + r"(?![A-Za-z0-9_])",
                             message)

        if any(all(named(n) for n in group) for group in names):
            return
        missing = [n for n in names[0] if not named(n)]
        got_text, outcome["error"] = f"ValueError: {message}", exc
        why = f"the message does not name {', '.join(missing)}"
    except Exception as exc:
        got_text, outcome["error"] = f"{type(exc).__name__}: {exc}", exc
        why = None
    else:
        why = None
    found = _WAVE_MISTAKES(fn, args, {}, {"names": kind}, **outcome)
    check_line, hint = found or (None, None)
    fail(label, expected_text, got_text, hint, why, check=check_line)


# --- PYODIDE:code --- #
def job_waves(jobs):
    ...

# --- PYODIDE:corr --- #
def job_waves(jobs):
    for name, job in jobs.items():
        depends_on = set(job["depends_on"])
        unknown = sorted(depends_on - jobs.keys())
        if unknown:
            raise ValueError(f"job {name!r} depends on unknown job(s): {', '.join(unknown)}")
        if len(depends_on) > MAX_DEPENDENCIES:
            raise ValueError(f"job {name!r} has {len(depends_on)} dependencies; "
                             f"the most is {MAX_DEPENDENCIES}")
        size = job["array_size"]
        if size is not None and not MIN_ARRAY_SIZE <= size <= MAX_ARRAY_SIZE:
            raise ValueError(f"job {name!r} has array_size {size}; it must be between "
                             f"{MIN_ARRAY_SIZE} and {MAX_ARRAY_SIZE:,}")

    waiting = {name: set(job["depends_on"]) for name, job in jobs.items()}
    finished = set()
    waves = []
    while waiting:
        ready = [name for name, deps in waiting.items() if deps <= finished]
        if not ready:
            cycle = find_cycle(waiting)
            raise ValueError("dependency cycle: " + " -> ".join(cycle + cycle[:1]))
        for name in ready:
            del waiting[name]
        finished.update(ready)
        waves.append(run_order(ready, jobs))
    return waves


def run_order(names, jobs):
    """The wave's entries: array children stand in for their parent, sorted by (name, index)."""
    entries = []
    for name in names:
        size = jobs[name]["array_size"]
        if size is None:
            entries.append((name, -1, name))
        else:
            entries.extend((name, i, f"{name}:{i}") for i in range(size))
    return [text for _, _, text in sorted(entries)]


def find_cycle(waiting):
    """Every waiting job waits on another waiting job: walk until a job repeats."""
    path, position = [], {}
    name = min(waiting)
    while name not in position:
        position[name] = len(path)
        path.append(name)
        name = min(dep for dep in waiting[name] if dep in waiting)
    return path[position[name]:]

# --- PYODIDE:tests --- #
# A preparation job, an array job of 3 children that waits for it, and a report that
# waits for every child.
check(job_waves, ({
    "prepare": {"depends_on": [], "array_size": None},
    "train": {"depends_on": ["prepare"], "array_size": 3},
    "report": {"depends_on": ["train"], "array_size": None},
},), [["prepare"], ["train:0", "train:1", "train:2"], ["report"]])

# One wave, sorted by job name, then by array index as a number: render:10 after render:9.
check(job_waves, ({
    "thumbnails": {"depends_on": [], "array_size": None},
    "render": {"depends_on": [], "array_size": 11},
},), [[f"render:{i}" for i in range(11)] + ["thumbnails"]])

# A cycle is an error whose message names the jobs in it.
check_error_names(job_waves, ({
    "extract": {"depends_on": ["load"], "array_size": None},
    "load": {"depends_on": ["extract"], "array_size": None},
},), [["extract", "load"]], kind="cycle")

# --- PYODIDE:secrets --- #
from awsgrader import grading_code as _grading_code


@_grading_code
def _hidden_tests():
    import random
    from awsgrader import check, check_raises, require_function, short_repr
    from awsgrader.facts import batch as facts

    waves_fn = require_function(globals(), "job_waves", ["jobs"])
    low, high = facts.ARRAY_SIZE

    def job(*depends_on, size=None):
        return {"depends_on": list(depends_on), "array_size": size}

    def label(jobs, shown=None):
        return f"job_waves({shown or short_repr(jobs, 600)})"

    def oracle(jobs):
        # An independent oracle: relax "wave = 1 + the latest wave among the dependencies"
        # until nothing changes, then list each wave's entries.
        wave = {name: 0 for name in jobs}
        for _ in range(len(jobs) + 1):
            changed = False
            for name, spec in jobs.items():
                best = max((wave[d] + 1 for d in spec["depends_on"]), default=0)
                if best != wave[name]:
                    wave[name], changed = best, True
            if not changed:
                break
        result = [[] for _ in range(max(wave.values(), default=-1) + 1)]
        for name in sorted(jobs):
            size = jobs[name]["array_size"]
            result[wave[name]].extend([name] if size is None else
                                      [f"{name}:{i}" for i in range(size)])
        return result

    mistakes = _WAVE_MISTAKES

    def expect(jobs, note=None, expected=None, shown=None):
        # `note` says what the case is about, for whoever reads this grader. It is never
        # shown: the message's hint comes from the property that the learner's answer
        # breaks (see the env section), never from the case.
        expected = oracle(jobs) if expected is None else expected
        check(waves_fn, (jobs,), expected, label=lambda: label(jobs, shown), diagnose=mistakes)

    def expect_error(jobs, why, shown=None):
        # `why`: what makes this input invalid, a fact shown with the message.
        check_raises(waves_fn, (jobs,), exc_type=ValueError, why=why,
                     label=lambda: label(jobs, shown), diagnose=mistakes)

    def fan_in(count, *extra):
        """``count`` plain jobs part00, part01, ... and 'merge', which depends on all of them."""
        jobs = {f"part{i:02d}": job() for i in range(count)}
        jobs["merge"] = job(*sorted(jobs), *extra)
        listed = ", ".join(map(repr, jobs["merge"]["depends_on"][-2:]))
        shown = (f"{{'part00': {{'depends_on': [], 'array_size': None}}, ... (plain jobs part00 "
                 f"to part{count - 1:02d}), 'merge': {{'depends_on': ['part00', ..., {listed}], "
                 f"'array_size': None}}}}")
        return jobs, shown

    def expect_named_error(jobs, groups, kind, note=None):
        """ValueError whose message names every job of one of ``groups``."""
        check_error_names(waves_fn, (jobs,), groups, kind)

    def expect_cycle(jobs, cycles, note=None):
        expect_named_error(jobs, cycles, "cycle")

    # Shapes of the graph.
    expect({}, note="No jobs, no waves: return an empty list.")
    expect({"solo_job": job()}, note="One job without dependencies is wave 0.")
    expect({"sweep": job(size=3)},
           note="An array job of size 3 runs as sweep:0, sweep:1 and sweep:2, in parallel; "
                "the parent's own name is not in the result.")
    expect({"extract": job(), "transform": job("extract"), "load": job("transform")},
           note="A chain: one job per wave.")
    expect({"fetch": job(), "clean": job("fetch"), "enrich": job("clean"),
            "publish": job("fetch", "enrich")},
           note="A job waits for ALL its dependencies: publish depends on fetch (wave 0) and "
                "enrich (wave 2), so it runs in wave 3, not wave 1.")
    expect({"publish": job("enrich", "fetch"), "enrich": job("clean"), "clean": job("fetch"),
            "fetch": job()},
           note="The same graph listed in another order gives the same waves.")
    expect({"render": job(size=4), "stitch": job("render")},
           note="A job that depends on an array job starts after ALL its children: "
                "stitch is in the wave after render:0 ... render:3.")
    expect({"prep": job(), "sim": job("prep", size=3)},
           note="An array job that depends on a plain job: all its children start in the "
                "next wave, together.")
    expect({"setup": job(), "split": job("setup", size=5), "score": job("split", size=2),
            "summary": job("score", "setup")},
           note="Arrays depending on arrays: every child of score waits for every child of "
                "split (N_TO_N dependencies are out of scope).")
    expect({"left_a": job(), "left_b": job("left_a"), "right_a": job(), "right_b": job(),
            "right_c": job("right_a", "right_b"), "join": job("left_b", "right_c")},
           note="Independent branches run side by side; a wave holds every job whose "
                "dependencies all finished in earlier waves.")

    # Order inside a wave.
    expect({"train": job(size=12)},
           note="Children are sorted by index as a number: train:2 comes before train:10 "
                "(sorting the strings would put train:10 first).")
    expect({"zeta": job(), "alpha": job(), "mid": job(size=2), "beta": job()},
           note="A wave is sorted by job name, whatever the order of the input.")
    expect({"a0": job(), "a-b": job(), "a": job(size=3), "b": job()},
           expected=[["a:0", "a:1", "a:2", "a-b", "a0", "b"]],
           note="Sort by job name first (a < a-b < a0 < b), then by index: sorting the "
                "strings 'a:0', 'a-b', 'a0' would put 'a-b' and 'a0' before 'a:0' "
                "(':' sorts after '-' and digits).")
    expect({"map": job(size=10), "map_b": job(size=2)},
           note="map's children come before map_b's: map < map_b by name, and map:9 is "
                "still before map_b:0.")

    # Dependency lists.
    expect({"base": job(), "top": job("base", "base")},
           note="A name listed twice in depends_on is one dependency: top still runs "
                "right after base.")
    jobs, shown = fan_in(facts.MAX_DEPENDENCIES)
    expect(jobs, shown=shown,
           note=f"merge has exactly {facts.MAX_DEPENDENCIES} dependencies: that is allowed.")
    jobs, shown = fan_in(facts.MAX_DEPENDENCIES, "part00")
    expect(jobs, shown=shown,
           note=f"merge lists {facts.MAX_DEPENDENCIES + 1} entries but only "
                f"{facts.MAX_DEPENDENCIES} distinct jobs (part00 twice): a name listed twice "
                "counts once.")

    # Array sizes at the edges.
    expect({"pair": job(size=low)}, note=f"array_size {low} is the smallest array.")
    expect({"sim": job(size=high), "aggregate": job("sim")},
           note=f"array_size {high:,} is the largest array.")

    # Random graphs against the oracle.
    rng = random.Random(20261126)
    words = ["ingest", "parse", "tile", "index", "fold", "merge", "rank", "zip", "scan",
             "warp", "blend", "trace", "pack", "sort", "emit", "tally"]
    for _ in range(40):
        chosen = rng.sample(words, rng.randint(1, 10))
        jobs = {}
        for i, name in enumerate(chosen):
            deps = rng.sample(chosen[:i], rng.randint(0, min(i, 3)))
            size = rng.choice([None, None, None, rng.randint(2, 12)])
            jobs[name] = job(*deps, size=size)
        shuffled = dict(rng.sample(list(jobs.items()), len(jobs)))
        expect(shuffled)

    # Invalid input.
    expect_named_error({"report": job("missing_job")}, [["missing_job"]], "unknown",
                       note="A dependency on a job that is not in `jobs` is an error; "
                            "it is not a cycle.")
    expect_named_error({"a_job": job(), "b_job": job("a_job", "ghost_job")}, [["ghost_job"]],
                       "unknown", note="Every dependency must be a job of `jobs`.")
    for size, what in [(low - 1, "below the smallest array"), (0, "zero"), (-3, "negative"),
                       (high + 1, "above the largest array")]:
        expect_error({"sweep": job(size=size)},
                     why=f"array_size {size} is {what}: it must be between {low} and "
                         f"{high:,} (or None for a plain job)")
    jobs, shown = fan_in(facts.MAX_DEPENDENCIES + 1)
    expect_error(jobs, shown=shown,
                 why=f"merge has {facts.MAX_DEPENDENCIES + 1} dependencies: a job can depend "
                     f"on at most {facts.MAX_DEPENDENCIES} jobs")

    # Cycles: the message must name the jobs in the cycle.
    expect_cycle({"loop_q": job("loop_q")}, [["loop_q"]],
                 note="A job that depends on itself is a cycle.")
    expect_cycle({"root_q": job(), "stitch_q": job("root_q", "verify_q"),
                  "verify_q": job("stitch_q")},
                 [["stitch_q", "verify_q"]],
                 note="stitch_q and verify_q wait for each other: name both in the message.")
    expect_cycle({"root_q": job(), "alpha_q": job("root_q", "gamma_q"),
                  "beta_q": job("alpha_q"), "gamma_q": job("beta_q"),
                  "after_q": job("gamma_q")},
                 [["alpha_q", "beta_q", "gamma_q"]],
                 note="alpha_q -> beta_q -> gamma_q -> alpha_q is a cycle: name its three "
                      "jobs (after_q only waits on it; root_q is fine).")
    expect_cycle({"tiles_q": job("mosaic_q", size=4), "mosaic_q": job("tiles_q")},
                 [["tiles_q", "mosaic_q"]],
                 note="A cycle through an array job is still a cycle.")
    expect_cycle({"ok_q": job(), "p_one": job("p_two"), "p_two": job("p_one"),
                  "q_one": job("q_two", "ok_q"), "q_two": job("q_one")},
                 [["p_one", "p_two"], ["q_one", "q_two"]],
                 note="Two separate cycles: name the jobs of at least one of them.")


_hidden_tests()
del _hidden_tests

# --- PYODIDE:post --- #
from awsgrader import stop_watchdog

stop_watchdog()
