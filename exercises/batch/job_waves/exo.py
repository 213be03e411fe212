# --- PYODIDE:env --- #
from awsgrader import start_watchdog
from awsgrader.facts import batch as _batch

start_watchdog()

# AWS Batch limits, from the site's fact sheet (see the statement for their sources).
MIN_ARRAY_SIZE, MAX_ARRAY_SIZE = _batch.ARRAY_SIZE
MAX_DEPENDENCIES = _batch.MAX_DEPENDENCIES
del _batch

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
got = job_waves({
    "prepare": {"depends_on": [], "array_size": None},
    "train": {"depends_on": ["prepare"], "array_size": 3},
    "report": {"depends_on": ["train"], "array_size": None},
})
expected = [["prepare"], ["train:0", "train:1", "train:2"], ["report"]]
assert got == expected, f"expected {expected}, got {got!r}"

# One wave, sorted by job name, then by array index as a number: render:10 after render:9.
got = job_waves({
    "thumbnails": {"depends_on": [], "array_size": None},
    "render": {"depends_on": [], "array_size": 11},
})
expected = [[f"render:{i}" for i in range(11)] + ["thumbnails"]]
assert got == expected, f"expected {expected}, got {got!r}"

# A cycle is an error whose message names the jobs in it.
try:
    got = job_waves({
        "extract": {"depends_on": ["load"], "array_size": None},
        "load": {"depends_on": ["extract"], "array_size": None},
    })
except ValueError as exc:
    message = str(exc)
    assert "extract" in message and "load" in message, (
        f"expected a message that names 'extract' and 'load', got {message!r}")
else:
    assert False, f"expected ValueError for the cycle extract -> load -> extract, got {got!r}"

# --- PYODIDE:secrets --- #
def _hidden_tests():
    import copy
    import random
    import re
    from awsgrader import check, check_raises, fail, require_function, short_repr
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

    def expect(jobs, hint=None, expected=None, shown=None):
        expected = oracle(jobs) if expected is None else expected
        check(waves_fn, (jobs,), expected, hint=hint, label=label(jobs, shown))

    def expect_error(jobs, hint, shown=None):
        check_raises(waves_fn, (jobs,), exc_type=ValueError, hint=hint,
                     label=label(jobs, shown))

    def fan_in(count, *extra):
        """``count`` plain jobs part00, part01, ... and 'merge', which depends on all of them."""
        jobs = {f"part{i:02d}": job() for i in range(count)}
        jobs["merge"] = job(*sorted(jobs), *extra)
        listed = ", ".join(map(repr, jobs["merge"]["depends_on"][-2:]))
        shown = (f"{{'part00': {{'depends_on': [], 'array_size': None}}, ... (plain jobs part00 "
                 f"to part{count - 1:02d}), 'merge': {{'depends_on': ['part00', ..., {listed}], "
                 f"'array_size': None}}}}")
        return jobs, shown

    def names(name, message):
        return re.search(r"(?<![A-Za-z0-9_])" + re.escape(name) + r"(?![A-Za-z0-9_])", message)

    def expect_named_error(jobs, groups, what, hint):
        """ValueError whose message names every job of one of ``groups``."""
        wanted = " or ".join(", ".join(group) for group in groups)
        expected_text = f"ValueError whose message names {what} ({wanted})"
        got_text = message = None
        try:
            got = waves_fn(copy.deepcopy(jobs))
            got_text = f"returned {short_repr(got)}"
        except ValueError as exc:
            message = str(exc)
        except Exception as exc:
            got_text = f"{type(exc).__name__}: {exc}"
        if message is None:
            fail(label(jobs), expected_text, got_text, hint)
        if not any(all(names(n, message) for n in group) for group in groups):
            missing = [n for n in groups[0] if not names(n, message)]
            fail(label(jobs), expected_text, f"ValueError: {message}", hint,
                 why=f"the message does not name {', '.join(missing)}")

    def expect_cycle(jobs, cycles, hint):
        expect_named_error(jobs, cycles, "the jobs of the cycle", hint)

    # Shapes of the graph.
    expect({}, hint="No jobs, no waves: return an empty list.")
    expect({"solo_job": job()}, hint="One job without dependencies is wave 0.")
    expect({"sweep": job(size=3)},
           hint="An array job of size 3 runs as sweep:0, sweep:1 and sweep:2, in parallel; "
                "the parent's own name is not in the result.")
    expect({"extract": job(), "transform": job("extract"), "load": job("transform")},
           hint="A chain: one job per wave.")
    expect({"fetch": job(), "clean": job("fetch"), "enrich": job("clean"),
            "publish": job("fetch", "enrich")},
           hint="A job waits for ALL its dependencies: publish depends on fetch (wave 0) and "
                "enrich (wave 2), so it runs in wave 3, not wave 1.")
    expect({"publish": job("enrich", "fetch"), "enrich": job("clean"), "clean": job("fetch"),
            "fetch": job()},
           hint="The same graph listed in another order gives the same waves.")
    expect({"render": job(size=4), "stitch": job("render")},
           hint="A job that depends on an array job starts after ALL its children: "
                "stitch is in the wave after render:0 ... render:3.")
    expect({"prep": job(), "sim": job("prep", size=3)},
           hint="An array job that depends on a plain job: all its children start in the "
                "next wave, together.")
    expect({"setup": job(), "split": job("setup", size=5), "score": job("split", size=2),
            "summary": job("score", "setup")},
           hint="Arrays depending on arrays: every child of score waits for every child of "
                "split (N_TO_N dependencies are out of scope).")
    expect({"left_a": job(), "left_b": job("left_a"), "right_a": job(), "right_b": job(),
            "right_c": job("right_a", "right_b"), "join": job("left_b", "right_c")},
           hint="Independent branches run side by side; a wave holds every job whose "
                "dependencies all finished in earlier waves.")

    # Order inside a wave.
    expect({"train": job(size=12)},
           hint="Children are sorted by index as a number: train:2 comes before train:10 "
                "(sorting the strings would put train:10 first).")
    expect({"zeta": job(), "alpha": job(), "mid": job(size=2), "beta": job()},
           hint="A wave is sorted by job name, whatever the order of the input.")
    expect({"a0": job(), "a-b": job(), "a": job(size=3), "b": job()},
           expected=[["a:0", "a:1", "a:2", "a-b", "a0", "b"]],
           hint="Sort by job name first (a < a-b < a0 < b), then by index: sorting the "
                "strings 'a:0', 'a-b', 'a0' would put 'a-b' and 'a0' before 'a:0' "
                "(':' sorts after '-' and digits).")
    expect({"map": job(size=10), "map_b": job(size=2)},
           hint="map's children come before map_b's: map < map_b by name, and map:9 is "
                "still before map_b:0.")

    # Dependency lists.
    expect({"base": job(), "top": job("base", "base")},
           hint="A name listed twice in depends_on is one dependency: top still runs "
                "right after base.")
    jobs, shown = fan_in(facts.MAX_DEPENDENCIES)
    expect(jobs, shown=shown,
           hint=f"merge has exactly {facts.MAX_DEPENDENCIES} dependencies: that is allowed.")
    jobs, shown = fan_in(facts.MAX_DEPENDENCIES, "part00")
    expect(jobs, shown=shown,
           hint=f"merge lists {facts.MAX_DEPENDENCIES + 1} entries but only "
                f"{facts.MAX_DEPENDENCIES} distinct jobs (part00 twice): a name listed twice "
                "counts once.")

    # Array sizes at the edges.
    expect({"pair": job(size=low)}, hint=f"array_size {low} is the smallest array.")
    expect({"sim": job(size=high), "aggregate": job("sim")},
           hint=f"array_size {high:,} is the largest array.")

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
    expect_named_error({"report": job("missing_job")}, [["missing_job"]], "the unknown job",
                       hint="A dependency on a job that is not in `jobs` is an error; "
                            "it is not a cycle.")
    expect_named_error({"a_job": job(), "b_job": job("a_job", "ghost_job")}, [["ghost_job"]],
                       "the unknown job", hint="Every dependency must be a job of `jobs`.")
    for size, what in [(low - 1, "below the smallest array"), (0, "zero"), (-3, "negative"),
                       (high + 1, "above the largest array")]:
        expect_error({"sweep": job(size=size)},
                     hint=f"array_size {size} is {what}: it must be between {low} and "
                          f"{high:,} (or None for a plain job).")
    jobs, shown = fan_in(facts.MAX_DEPENDENCIES + 1)
    expect_error(jobs, shown=shown,
                 hint=f"merge has {facts.MAX_DEPENDENCIES + 1} dependencies: a job can depend "
                      f"on at most {facts.MAX_DEPENDENCIES} jobs.")

    # Cycles: the message must name the jobs in the cycle.
    expect_cycle({"loop_q": job("loop_q")}, [["loop_q"]],
                 hint="A job that depends on itself is a cycle.")
    expect_cycle({"root_q": job(), "stitch_q": job("root_q", "verify_q"),
                  "verify_q": job("stitch_q")},
                 [["stitch_q", "verify_q"]],
                 hint="stitch_q and verify_q wait for each other: name both in the message.")
    expect_cycle({"root_q": job(), "alpha_q": job("root_q", "gamma_q"),
                  "beta_q": job("alpha_q"), "gamma_q": job("beta_q"),
                  "after_q": job("gamma_q")},
                 [["alpha_q", "beta_q", "gamma_q"]],
                 hint="alpha_q -> beta_q -> gamma_q -> alpha_q is a cycle: name its three "
                      "jobs (after_q only waits on it; root_q is fine).")
    expect_cycle({"tiles_q": job("mosaic_q", size=4), "mosaic_q": job("tiles_q")},
                 [["tiles_q", "mosaic_q"]],
                 hint="A cycle through an array job is still a cycle.")
    expect_cycle({"ok_q": job(), "p_one": job("p_two"), "p_two": job("p_one"),
                  "q_one": job("q_two", "ok_q"), "q_two": job("q_one")},
                 [["p_one", "p_two"], ["q_one", "q_two"]],
                 hint="Two separate cycles: name the jobs of at least one of them.")


_hidden_tests()
del _hidden_tests

# --- PYODIDE:post --- #
from awsgrader import stop_watchdog

stop_watchdog()
