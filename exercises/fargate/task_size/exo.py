# --- PYODIDE:env --- #
from awsgrader import Diagnosis, Property, bound_check, grading_code, start_watchdog

start_watchdog()


@grading_code
def _size_mistakes():
    # The properties the tests check, each with the mistake that breaks it. For
    # is_valid_fargate_size, a property names the rule of AWS's table that the failed answer
    # breaks, read from the input itself, and a rule about a whole row (or every row) speaks
    # only when the learner's function, asked about that row's other values, shows it. For
    # smallest_valid_size, a detector recomputes the answer under its mistake with a variant
    # of a small model and speaks only when that gives exactly the learner's answer, and the
    # learner's function also gives the mistake's answer on a small input where that
    # mistake shows.
    import ast
    import copy
    import math
    from fractions import Fraction
    from awsgrader import learner_call, rerun_learner_code
    from awsgrader.facts.fargate import VALID_TASK_SIZES as table
    from awsgrader.codefacts import has_node_anywhere

    def model(vcpus, memory_gib, mib_per_gb=1024, vcpu="at-least", memory="at-least",
              stop=False, units_per_vcpu=1024, whole=()):
        need_cpu = (int(vcpus) if vcpu == "int" else Fraction(vcpus)) * units_per_vcpu
        need_memory = Fraction(memory_gib) * mib_per_gb
        # `whole`: the parts of the request rounded down to whole CPU units or MiB.
        if "cpu" in whole:
            need_cpu = math.floor(need_cpu)
        if "memory" in whole:
            need_memory = math.floor(need_memory)
        for cpu in sorted(table):
            if cpu < need_cpu or (vcpu == "more-than" and cpu == need_cpu):
                continue
            for mib in table[cpu]:
                if mib > need_memory or (memory == "at-least" and mib == need_memory):
                    return (cpu, mib)
            if stop:
                return None
        return None                      # ValueError

    def outcome(value):
        return ("error", "ValueError") if value is None else ("ok", value)

    def seen(case_or_probe):
        kind, value = case_or_probe
        if kind == "error":
            return ("error", type(value).__name__) if isinstance(value, ValueError) else None
        return (kind, value)

    def under(*probes, **mistake):
        def detect(case):
            if case.fn.__name__ != "smallest_valid_size" or case.got == case.expected:
                return False
            if case.returned:
                got = ("ok", case.got)
            elif case.raised(ValueError):
                got = ("error", "ValueError")
            else:
                return False
            if outcome(model(*case.args, **mistake)) != got:
                return False
            shows = False
            for probe in probes:
                wrong = outcome(model(*probe, **mistake))
                if seen(case.probe(*probe)) != wrong:
                    return False
                shows = shows or wrong != outcome(model(*probe))
            return shows
        detect.model, detect.mistake, detect.probes = model, mistake, probes
        return detect

    # The rows whose memory is a short list of values, not a range in steps: the smallest
    # (256 CPU units) and the largest (32768), each with its own pair of properties.
    listed = {cpu: "quarter-vcpu" if cpu == min(table) else f"{cpu // 1024}-vcpu"
              for cpu, values in table.items()
              if len({b - a for a, b in zip(values, values[1:])}) > 1}

    def either(values, word):
        return ", ".join(str(v) for v in values[:-1]) + f" {word} {values[-1]}"

    def rule(cpu):
        values = table.get(cpu)
        if values is None:
            return f"{cpu!r} CPU units is not a Fargate size at all"
        if cpu in listed:
            return f"{cpu} CPU units allows exactly {either(values, 'or')} MiB"
        return (f"{cpu} CPU units allows {values[0]} to {values[-1]} MiB in steps of "
                f"{values[1] - values[0]} MiB")

    def says(case, cpu, memory):
        # What the learner's is_valid_fargate_size answers for another pair.
        return case.probe(cpu, memory) == ("ok", True)

    def validity(kind):
        # The failed answer of is_valid_fargate_size breaks the table's rule `kind` for its
        # input: say which rule, and what the table says for that CPU size.
        def detect(case):
            if case.fn.__name__ != "is_valid_fargate_size" or case.raises:
                return False
            cpu, memory = case.args
            if kind == "unknown-cpu-is-false":
                return (cpu not in table and case.error is not None
                        and f"your function raised {type(case.error).__name__} for "
                            f"{cpu!r} CPU units")
            if not case.returned or not isinstance(case.got, bool):
                return False
            if cpu not in table:
                return kind == "only-table-cpus" and rule(cpu)
            values = table[cpu]
            if cpu in listed:
                if case.got:
                    return kind == f"{listed[cpu]}-memories" and rule(cpu)
                return kind == f"{listed[cpu]}-all-three" and f"your function refuses {memory}"
            if memory < values[0] or memory > values[-1] or memory in (values[0], values[-1]):
                return kind == "memory-range" and rule(cpu)
            return kind == "memory-step" and rule(cpu)
        return detect

    def row_refused(case):
        # A valid pair refused, and the learner's function refuses every memory of its row:
        # the function does not know this CPU size.
        if case.fn.__name__ != "is_valid_fargate_size" or not case.returned:
            return False
        cpu, memory = case.args
        if case.got is not False or memory not in table.get(cpu, ()):
            return False
        if any(says(case, cpu, m) for m in table[cpu]):
            return False
        # ... and it knows other rows: it is not refusing everything.
        if not any(says(case, c, ms[0]) for c, ms in table.items() if c != cpu):
            return False
        return f"your function refuses every memory of {cpu} CPU units; {rule(cpu)}"

    def tops_refused(case):
        # A row's highest memory refused, and the learner's function also refuses the
        # highest memory of other rows, while it accepts their lowest.
        if case.fn.__name__ != "is_valid_fargate_size" or not case.returned:
            return False
        cpu, memory = case.args
        if case.got is not False or memory != table.get(cpu, (None,))[-1]:
            return False
        refused = [(c, ms[-1]) for c, ms in sorted(table.items())
                   if says(case, c, ms[0]) and not says(case, c, ms[-1])]
        if (cpu, memory) not in refused or len(refused) < 2:
            return False
        shown = ", ".join(f"({c}, {m})" for c, m in refused[:3])
        more = ", ..." if len(refused) > 3 else ""
        return f"your function refuses {shown}{more}: the highest memory of each row"

    def range_stops_at_a_plain_value(fn):
        # The learner's code calls range() with a stop that is not written `x + ...`: a
        # stop that the range leaves out.
        return has_node_anywhere(
            lambda n: isinstance(n, ast.Call) and isinstance(n.func, ast.Name)
            and n.func.id == "range" and len(n.args) >= 2
            and not (isinstance(n.args[1], ast.BinOp) and isinstance(n.args[1].op, ast.Add)))

    def not_a_bool(case):
        return (case.fn.__name__ == "is_valid_fargate_size" and case.returned
                and case.got is not None and not isinstance(case.got, bool)
                and f"your function returned a {type(case.got).__name__}")

    def depends_on_earlier_calls(case):
        # The learner's code, run again from the start, answers this call otherwise: the
        # calls made before it changed what the function works from.
        def kind(status, value):
            return (status, type(value).__name__) if status == "error" else (status, value)

        fresh = rerun_learner_code().get(case.fn.__name__)
        if not callable(fresh):
            return False
        try:
            now = ("ok", learner_call(fresh, *copy.deepcopy(case.args)))
        except Exception as exc:  # the watchdog's BaseException still stops the run
            now = ("error", exc)
        before = ("ok", case.got) if case.returned else ("error", case.error)
        if kind(*now) == kind(*before):
            return False
        shown = repr(now[1]) if now[0] == "ok" else type(now[1]).__name__
        return (f"run afresh, your code answers {shown} for this call: the calls made "
                f"before it changed the answer")

    def memory_in_gb(case):
        # The learner's memory is the expected MiB divided by 1024 (with / or //), here and
        # on a probe where the two units differ.
        def in_gb(got, expected):
            return (isinstance(got, tuple) and len(got) == 2 and got[0] == expected[0]
                    and got[1] in (expected[1] / 1024, expected[1] // 1024))
        return (case.fn.__name__ == "smallest_valid_size" and case.returned
                and isinstance(case.expected, tuple) and in_gb(case.got, case.expected)
                and case.probe(1, 2)[0] == "ok" and in_gb(case.probe(1, 2)[1], (1024, 2048)))

    def a_list(case):
        return (case.fn.__name__ == "smallest_valid_size" and isinstance(case.got, list)
                and tuple(case.got) == case.expected)

    def returned_instead_of_raising(case):
        return (case.fn.__name__ == "smallest_valid_size" and case.raises is ValueError
                and case.returned)

    def refused_a_fitting_request(case):
        return (case.fn.__name__ == "smallest_valid_size" and case.raises is None
                and case.raised(ValueError))

    def zero_refused(case):
        # ValueError for a request with a zero in it, and an answer once the zero is
        # replaced by a tiny amount (which needs the same size).
        if not refused_a_fitting_request(case) or 0 not in case.args:
            return False
        tiny = tuple(0.001 if value == 0 else value for value in case.args)
        return (case.probe(*tiny) == ("ok", case.expected)
                and f"your function answers {case.expected} for "
                    f"smallest_valid_size{tiny!r}")

    def row_never_answered(case):
        # ValueError where the answer has `cpu` CPU units, and ValueError again for the
        # smallest request that only that row holds: the search never reaches it.
        if not refused_a_fitting_request(case) or not isinstance(case.expected, tuple):
            return False
        def request(cpu):
            # The smallest request that only this row holds, and its answer.
            def gb(value):
                return value // 1024 if value % 1024 == 0 else value / 1024
            return (gb(cpu), gb(table[cpu][0])), (cpu, table[cpu][0])

        cpu = case.expected[0]
        probe, answer = request(cpu)
        kind, value = case.probe(*probe)
        if kind != "error" or not isinstance(value, ValueError):
            return False
        # ... while it answers for another CPU size: it is not refusing everything.
        other, other_answer = request(512 if cpu == 256 else 256)
        return (case.probe(*other) == ("ok", other_answer)
                and f"your function also raises ValueError for smallest_valid_size"
                    f"{probe!r}, whose answer is {answer}")

    def answer(test):
        def detect(case):
            if case.fn.__name__ != "smallest_valid_size" or not case.returned:
                return False
            got = case.got
            if not (isinstance(got, tuple) and len(got) == 2 and case.expected):
                return False
            return test(case.args, got, case.expected)
        return detect

    def not_in_table(args, got, expected):
        cpu, memory = got
        return memory not in table.get(cpu, ()) and f"({cpu!r}, {memory!r}) is not in the table"

    def too_small(args, got, expected):
        vcpus, memory_gib = args
        cpu, memory = got
        if cpu < Fraction(vcpus) * 1024:
            return f"{cpu} CPU units is less than {vcpus} vCPU"
        if memory < Fraction(memory_gib) * 1024:
            return f"{memory} MiB is less than {memory_gib} GB"
        return False

    def not_the_smallest(args, got, expected):
        return got > expected and f"{expected} also fits and is smaller"

    def listed_row(cpu):
        # The two properties of a row whose memory is a list of values.
        values, name = table[cpu], listed[cpu]
        size = f"{cpu} CPU units ({cpu / 1024:g} vCPU)"
        count = {2: "two", 3: "three"}.get(len(values), str(len(values)))
        return (
            Property(f"{name}-memories", rule(cpu),
                     f"{size} has its own list of {count} values: check membership in that "
                     f"list, not a range.", validity(f"{name}-memories")),
            Property(f"{name}-all-three",
                     f"{cpu} CPU units allows each of {either(values, 'and')} MiB",
                     f"{size} accepts all {count} of its values: {either(values, 'and')} "
                     f"MiB.", validity(f"{name}-all-three")),
        )

    cpus = sorted(table)
    return Diagnosis(
        Property("returns-a-bool", "is_valid_fargate_size returns True or False",
                 "Return the result of the comparison itself (True or False).", not_a_bool),
        Property("same-answer-every-call", "the same question always gets the same answer",
                 "Your function's answers depend on the calls made before: a call must leave "
                 "the table, and anything kept outside the function, as it found it (work on "
                 "a copy).", depends_on_earlier_calls),
        Property("unknown-cpu-is-false", "a CPU value that is not in the table gives False",
                 "A CPU value that is not in the table is simply not valid: return False "
                 "instead of raising (look it up with `in` or .get()).",
                 validity("unknown-cpu-is-false")),
        Property("only-table-cpus", f"only {either(cpus, 'and')} CPU units are valid",
                 "Accept only the CPU values of the table: other values are never valid.",
                 validity("only-table-cpus")),
        Property("every-table-cpu", "each CPU size of the table is valid with the memories "
                 "of its row",
                 "This CPU size is a row of the table, but your function accepts none of its "
                 "memories: give it its row.", row_refused),
        Property("highest-memory-included", "each row's highest memory is valid",
                 "Your function refuses the highest memory of each row: that value is valid "
                 "too. A range() leaves out its stop value: stop one step further.",
                 tops_refused, requires=range_stops_at_a_plain_value),
        Property("highest-memory-of-each-row", "each row's highest memory is valid",
                 "Your function refuses the highest memory of each row: include that value "
                 "too.", tops_refused),
        *[prop for cpu in sorted(listed) for prop in listed_row(cpu)],
        Property("memory-range", "each CPU size has its own lowest and highest memory",
                 "Compare the memory with the lowest and highest values of this CPU size's "
                 "row, both included.", validity("memory-range")),
        Property("memory-step", "between its lowest and highest memory, each CPU size moves "
                 "in its own step",
                 "Check that the memory minus the lowest value is a multiple of this CPU "
                 "size's step (1024, 4096 or 8192 MiB).", validity("memory-step")),
        Property("answer-is-a-tuple", "smallest_valid_size returns a tuple (cpu, memory)",
                 "Return a tuple: `return (cpu, memory)`, not a list.", a_list),
        Property("gb-is-1024-mib", "1 GB of the request is 1024 MiB",
                 "Your answers are those of a conversion with 1000 MiB per GB (your "
                 "function also answers (256, 2048) for 2.03125 GB, which is 2080 MiB): "
                 "multiply the GB by 1024.",
                 under((0.25, 2.03125), mib_per_gb=1000)),
        Property("vcpu-is-1024-units", "1 vCPU of the request is 1024 CPU units",
                 "Your answers are those of a conversion with 1000 CPU units per vCPU (your "
                 "function also answers (256, 512) for 0.255 vCPU, which is 261.12 CPU "
                 "units): multiply the vCPUs by 1024.",
                 under((0.255, 0.5), (0.5, 1), units_per_vcpu=1000)),
        Property("memory-in-mib", "the memory of the answer is in MiB",
                 "Your answers give the memory in GB (your function also answers "
                 "(1024, 2.0) for smallest_valid_size(1, 2)): return the MiB value of "
                 "the table.", memory_in_gb),
        Property("at-least-vcpus", "'at least' includes exactly the vCPUs asked for",
                 "Your answers skip a CPU size equal to the request (your function also "
                 "answers (2048, 4096) for smallest_valid_size(1, 2)): keep a size when "
                 "cpu >= vcpus * 1024.", under((1, 2), vcpu="more-than")),
        Property("at-least-memory", "'at least' includes exactly the memory asked for",
                 "Your answers skip a memory equal to the request (your function also "
                 "answers (256, 1024) for smallest_valid_size(0.25, 0.5)): keep a memory "
                 "when memory >= memory_gib * 1024.",
                 under((0.25, 0.5), memory="more-than")),
        Property("fractional-vcpus", "a fraction of a vCPU counts (0.5 vCPU is 512 CPU "
                 "units)",
                 "Your answers drop the fraction of the vCPUs (your function also answers "
                 "(256, 1024) for smallest_valid_size(0.5, 1)): multiply by 1024, without int() "
                 "or round().", under((0.5, 1), vcpu="int")),
        Property("exact-memory-request", "the memory asked for counts to the last fraction "
                 "of a MiB",
                 "Your answers are those of a memory request cut to whole MiB (your function "
                 "also answers (256, 2048) for smallest_valid_size(0.25, 2.0001), which asks "
                 "for 2048.1 MiB): compare each memory with memory_gib * 1024 as it is.",
                 under((0.25, 2.0001), (0.25, 2.03125), whole=("memory",))),
        Property("exact-vcpu-request", "the vCPUs asked for count to the last fraction of a "
                 "CPU unit",
                 "Your answers are those of a vCPU request cut to whole CPU units (your "
                 "function also answers (256, 512) for smallest_valid_size(0.2501, 0.5), which "
                 "asks for 256.1 CPU units): compare each CPU size with vcpus * 1024 as it is.",
                 under((0.2501, 0.5), (0.255, 0.5), whole=("cpu",))),
        Property("next-cpu-when-memory-is-short", "when a CPU size cannot hold the memory, "
                 "the next CPU size up is tried",
                 "Your answers give up after the first CPU size with enough vCPUs (your "
                 "function also raises for smallest_valid_size(0.25, 3)): go on to the "
                 "next CPU size when its memory is too small.",
                 under((0.25, 3), stop=True)),
        Property("nothing-fits-raises", "when no size fits, smallest_valid_size raises "
                 "ValueError",
                 "Raise ValueError when no size has enough vCPUs and memory, instead of "
                 "returning a value.", returned_instead_of_raising),
        Property("zero-is-a-request", "a request of zero vCPU or zero GB gets the smallest "
                 "size that holds the rest",
                 "Your function raised ValueError for a request with a zero in it: 'at least "
                 "0' is met by every size, so the smallest size that fits the rest is the "
                 "answer.", zero_refused),
        Property("every-cpu-size-searched", "the search reaches every CPU size of the table, "
                 f"up to {cpus[-1]} CPU units",
                 "Your function never answers with this CPU size: the search must reach "
                 "every CPU size of the table.", row_never_answered),
        Property("something-fits", "a request that a size can hold gets that size, not "
                 "ValueError",
                 "Your function raised ValueError although a size fits: the expected size "
                 "has at least the vCPUs and memory asked for.", refused_a_fitting_request),
        Property("answer-in-the-table", "the answer is a (cpu, memory) pair of the table",
                 "Your answer is not a valid Fargate size: take the pair from the table.",
                 answer(not_in_table)),
        Property("answer-fits", "the answer has at least the vCPUs and memory asked for",
                 "Your answer is too small for the request: 1 vCPU = 1024 CPU units, "
                 "1 GB = 1024 MiB.", answer(too_small)),
        Property("fewest-cpu-then-least-memory", "the answer has the fewest CPU units, then "
                 "the least memory, that fit",
                 "A smaller size also fits: try the CPU sizes from the smallest, and each "
                 "one's memories from the lowest.", answer(not_the_smallest)),
    )


_SIZE_MISTAKES = _size_mistakes()
check, check_raises = bound_check(_SIZE_MISTAKES)
del _size_mistakes

# --- PYODIDE:code --- #
def is_valid_fargate_size(cpu, memory):
    ...


def smallest_valid_size(vcpus, memory_gib):
    ...

# --- PYODIDE:corr --- #
# Linux task sizes: CPU units -> (lowest memory, highest memory, step), in MiB.
MEMORY_RANGES = {
    512: (1024, 4096, 1024),
    1024: (2048, 8192, 1024),
    2048: (4096, 16384, 1024),
    4096: (8192, 30720, 1024),
    8192: (16384, 61440, 4096),
    16384: (32768, 122880, 8192),
}
# The smallest and the largest CPU sizes have a short list of memories instead.
MEMORY_LISTS = {
    256: (512, 1024, 2048),
    32768: (61440, 122880, 249856),
}


def is_valid_fargate_size(cpu, memory):
    if cpu in MEMORY_LISTS:
        return memory in MEMORY_LISTS[cpu]
    if cpu not in MEMORY_RANGES:
        return False
    low, high, step = MEMORY_RANGES[cpu]
    return low <= memory <= high and (memory - low) % step == 0


def valid_memories(cpu):
    if cpu in MEMORY_LISTS:
        return MEMORY_LISTS[cpu]
    low, high, step = MEMORY_RANGES[cpu]
    return range(low, high + 1, step)


def smallest_valid_size(vcpus, memory_gib):
    for cpu in (256, 512, 1024, 2048, 4096, 8192, 16384, 32768):
        if cpu < vcpus * 1024:
            continue
        for memory in valid_memories(cpu):
            if memory >= memory_gib * 1024:
                return (cpu, memory)
    raise ValueError(f"no Fargate task size has {vcpus} vCPU and {memory_gib} GB")

# --- PYODIDE:tests --- #
check(is_valid_fargate_size, (256, 512), True)
check(is_valid_fargate_size, (256, 4096), False)
check(is_valid_fargate_size, (1024, 3072), True)
check(is_valid_fargate_size, (8192, 18432), False)
check(is_valid_fargate_size, (32768, 122880), True)
check(is_valid_fargate_size, (32768, 131072), False)

check(smallest_valid_size, (0.25, 0.5), (256, 512))
check(smallest_valid_size, (1, 10), (2048, 10240))
check(smallest_valid_size, (0.5, 3), (512, 3072))
check(smallest_valid_size, (16, 121), (32768, 249856))
# Nothing fits: ValueError.
check_raises(smallest_valid_size, (32, 245), exc_type=ValueError)

# --- PYODIDE:secrets --- #
from awsgrader import grading_code as _grading_code


@_grading_code
def _hidden_tests():
    import random
    from fractions import Fraction
    from awsgrader import check, check_raises, require_function
    from awsgrader.facts.fargate import VALID_TASK_SIZES

    is_valid = require_function(globals(), "is_valid_fargate_size", ["cpu", "memory"])
    smallest = require_function(globals(), "smallest_valid_size", ["vcpus", "memory_gib"])

    # The oracle is AWS's table itself, listed value by value in the facts module.
    def valid(cpu, memory):
        return memory in VALID_TASK_SIZES.get(cpu, ())

    mistakes = _SIZE_MISTAKES

    def expect_valid(cpu, memory, note=None):
        # `note` says what the case is about, for whoever reads this grader. It is never
        # shown: the message's hint comes from the property whose rule the learner's answer
        # breaks (see the env section), never from the case.
        check(is_valid, (cpu, memory), valid(cpu, memory), diagnose=mistakes)

    # Every valid pair of the table.
    for cpu, memories in VALID_TASK_SIZES.items():
        for memory in memories:
            expect_valid(cpu, memory)
    # Named traps first, so the message names the mistake.
    expect_valid(256, 1536, "256 CPU units allows 512, 1024 or 2048 MiB only: 1536 "
                 "(1.5 GB) is not in the list.")
    expect_valid(256, 3072, "256 CPU units stops at 2048 MiB (2 GB).")
    expect_valid(512, 512, "512 CPU units starts at 1024 MiB (1 GB).")
    expect_valid(512, 1536, "From 512 CPU units up, memory moves in whole GB (1024 MiB).")
    expect_valid(4096, 31744, "4096 CPU units stops at 30720 MiB (30 GB), not 32 GB.")
    expect_valid(4096, 32768, "4096 CPU units stops at 30720 MiB (30 GB), not 32 GB.")
    expect_valid(8192, 17408, "8192 CPU units moves in 4 GB steps (4096 MiB): "
                 "16384, 20480, 24576, ...")
    expect_valid(8192, 65536, "8192 CPU units stops at 61440 MiB (60 GB).")
    expect_valid(16384, 36864, "16384 CPU units moves in 8 GB steps (8192 MiB): "
                 "32768, 40960, 49152, ...")
    expect_valid(16384, 131072, "16384 CPU units stops at 122880 MiB (120 GB).")
    expect_valid(16384, 16384, "16384 CPU units starts at 32768 MiB (32 GB).")
    expect_valid(32768, 65536, "32768 CPU units allows 61440, 122880 or 249856 MiB only: "
                 "65536 (64 GB) is not in the list.")
    expect_valid(32768, 200000, "32768 CPU units takes three values, not a range: 200000 "
                 "MiB is between 120 GB and 244 GB.")
    expect_valid(32768, 131072, "Not the 16 vCPU row's 8 GB steps carried on: 128 GB is "
                 "not in the list.")
    expect_valid(32768, 245760, "244 GB is 249856 MiB: 240 GB is not in the list.")
    expect_valid(32768, 253952, "32768 CPU units stops at 249856 MiB (244 GB).")
    expect_valid(32768, 32768, "32768 CPU units starts at 61440 MiB (60 GB).")
    # Near misses around every valid value, and CPU values that are not in the table.
    for cpu, memories in VALID_TASK_SIZES.items():
        step = 512 if cpu == 256 else memories[1] - memories[0]
        for memory in {memories[0] - step, memories[-1] + step, memories[0] + 1,
                       memories[-1] - 1, memories[0] + 512, 0, -memories[0]}:
            expect_valid(cpu, memory)
    for cpu in (0, 128, 255, 257, 384, 768, 1000, 1536, 3072, 6144, 12288, 24576, 32000,
                32767, 32769, 49152, 65536, -256):
        for memory in (512, 2048, 4096, 8192, 16384, 61440, 122880):
            expect_valid(cpu, memory)

    # smallest_valid_size against an exact oracle over the table.
    def oracle(vcpus, memory_gib):
        need_cpu, need_memory = Fraction(vcpus) * 1024, Fraction(memory_gib) * 1024
        for cpu in sorted(VALID_TASK_SIZES):
            if cpu < need_cpu:
                continue
            for memory in VALID_TASK_SIZES[cpu]:
                if memory >= need_memory:
                    return (cpu, memory)
        return None

    def expect_smallest(vcpus, memory_gib, note=None):
        # `note`, as above, is for the reader of this grader only.
        expected = oracle(vcpus, memory_gib)
        if expected is None:
            check_raises(smallest, (vcpus, memory_gib), {}, ValueError, diagnose=mistakes,
                         why=f"no valid size has at least {vcpus} vCPU and {memory_gib} GB")
        else:
            check(smallest, (vcpus, memory_gib), expected, diagnose=mistakes)

    expect_smallest(0.25, 0.5, "Exactly 0.25 vCPU and 0.5 GB is a valid size: "
                    "'at least' includes the value asked for.")
    expect_smallest(1, 2, "1 vCPU with 2 GB is itself a valid size: at least 1 vCPU "
                    "includes 1 vCPU (1024 CPU units).")
    expect_smallest(2, 4, "2 vCPU with 4 GB is itself a valid size.")
    expect_smallest(1.5, 2, "1.5 vCPU is more than 1024 CPU units: the next size up is "
                    "2048 CPU units.")
    expect_smallest(0.75, 1, "0.75 vCPU needs 1024 CPU units.")
    expect_smallest(1, 10, "1024 CPU units allows at most 8 GB: 2048 CPU units is the "
                    "first size with 10 GB.")
    expect_smallest(0.25, 1.5, "256 CPU units has no 1.5 GB (1536 MiB): its next memory "
                    "after 1 GB is 2 GB.")
    expect_smallest(0.25, 5, "256 and 512 CPU units cannot hold 5 GB: the first that can is "
                    "1024.")
    expect_smallest(0.25, 2.03125, "2.03125 GB is 2080 MiB (1 GB = 1024 MiB): "
                    "2048 MiB is not enough.")
    expect_smallest(4, 31, "4096 CPU units stops at 30 GB: 31 GB needs 8192 CPU units, "
                    "whose memory moves in 4 GB steps.")
    expect_smallest(8, 61, "8192 CPU units stops at 60 GB: 61 GB needs 16384 CPU units.")
    expect_smallest(0, 0, "Nothing asked for: the smallest size of all.")
    expect_smallest(0.5, 0.5, "At least 512 CPU units: 512 CPU units starts at 1 GB.")
    expect_smallest(16, 120, "16 vCPU with 120 GB is the largest size of the 16 vCPU row.")
    expect_smallest(16, 121, "16 vCPU stops at 120 GB: 121 GB needs 32 vCPU, whose next "
                    "memory after 120 GB is 244 GB.")
    expect_smallest(16, 60, "16 vCPU moves in 8 GB steps from 32 GB: 60 GB needs 64 GB.")
    expect_smallest(17, 32, "More than 16 vCPU: 32 vCPU, whose smallest memory is 60 GB.")
    expect_smallest(32, 1, "32 vCPU starts at 60 GB.")
    expect_smallest(32, 60, "32 vCPU with 60 GB is itself a valid size.")
    expect_smallest(32, 120, "32 vCPU with 120 GB is itself a valid size.")
    expect_smallest(32, 121, "32 vCPU jumps from 120 GB to 244 GB.")
    expect_smallest(32, 244, "32 vCPU with 244 GB is the largest valid size.")
    expect_smallest(0, 244, "Only 32 vCPU has 244 GB.")
    expect_smallest(8, 200, "Only 32 vCPU has more than 120 GB.")
    expect_smallest(32, 245, "Nothing has more than 244 GB: raise ValueError.")
    expect_smallest(0.25, 250, "Nothing has more than 244 GB: raise ValueError.")
    expect_smallest(33, 60, "Nothing has more than 32 vCPU: raise ValueError.")
    expect_smallest(64, 1, "Nothing has more than 32 vCPU: raise ValueError.")
    # Near misses of the conversions: a request a fraction of a unit above a size (1 GB =
    # 1024 MiB, 1 vCPU = 1024 CPU units) needs the next one up.
    expect_smallest(0.25, 2.0001, "2.0001 GB is 2048.1 MiB: more than 256 CPU units' "
                    "2048 MiB.")
    expect_smallest(4, 30.0001, "30.0001 GB is 30720.1 MiB: more than 4096 CPU units' "
                    "30720 MiB.")
    expect_smallest(0.2501, 0.5, "0.2501 vCPU is 256.1 CPU units: more than 256.")
    expect_smallest(0.255, 0.5, "0.255 vCPU is 261.12 CPU units, not 255.")
    expect_smallest(1.01, 2, "1.01 vCPU is 1034.24 CPU units: more than 1024.")
    expect_smallest(16.0001, 32, "16.0001 vCPU is more than 16384 CPU units: 32 vCPU.")
    expect_smallest(16.2, 32, "16.2 vCPU is 16588.8 CPU units: 32 vCPU.")
    expect_smallest(16, 120.0001, "120.0001 GB is more than 16 vCPU's 122880 MiB: 32 vCPU "
                    "with 244 GB.")
    expect_smallest(32, 120.0001, "120.0001 GB is more than 122880 MiB: 244 GB.")
    expect_smallest(32, 244.0001, "244.0001 GB is more than 249856 MiB: raise ValueError.")
    expect_smallest(32.0001, 60, "32.0001 vCPU is more than 32768 CPU units: raise "
                    "ValueError.")
    expect_smallest(32.2, 1, "32.2 vCPU is 32972.8 CPU units: raise ValueError.")

    rng = random.Random(20261126)
    vcpu_choices = [0, 0.25, 0.5, 0.75, 1, 1.25, 1.5, 2, 3, 4, 5, 6, 8, 10, 12, 16, 16.5]
    for _ in range(120):
        expect_smallest(rng.choice(vcpu_choices), rng.choice(
            [rng.randint(0, 124), rng.randint(0, 496) / 4, rng.randint(0, 64) / 8]))
    # The largest sizes: up to 32 vCPU and 244 GB, and a little beyond.
    for _ in range(30):
        expect_smallest(rng.choice([0, 2, 8, 16, 16.5, 24, 31.75, 32, 32.25, 40]),
                        rng.choice([rng.randint(0, 250), rng.randint(0, 1000) / 4]))


_hidden_tests()
del _hidden_tests

# --- PYODIDE:post --- #
from awsgrader import stop_watchdog

stop_watchdog()
