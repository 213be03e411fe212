# --- PYODIDE:env --- #
from awsgrader import Diagnosis, Property, bound_check, grading_code, start_watchdog
from awsgrader.facts import fargate as _fargate
# A working validity check, from AWS's table on the site's fact sheet (the first exercise
# of this page asks you to write it yourself).
from awsgrader.facts.fargate import is_valid_task_size as is_valid_fargate_size

start_watchdog()

# us-east-1 Linux prices, from the site's fact sheet (see the statement for their sources).
VCPU_HOUR_PRICE = dict(_fargate.VCPU_HOUR_PRICE)        # per vCPU-hour, by architecture
GB_HOUR_PRICE = dict(_fargate.GB_HOUR_PRICE)            # per GB-hour of memory
EXTRA_STORAGE_GB_HOUR_PRICE = _fargate.EXTRA_STORAGE_GB_HOUR
INCLUDED_STORAGE_GB, MAX_STORAGE_GB = _fargate.EPHEMERAL_STORAGE_GIB
del _fargate


@grading_code
def _cost_mistakes():
    # The properties the tests check, each with the mistake that breaks it. A detector
    # recomputes the bill under its mistake (exact arithmetic) and speaks only when that
    # gives the learner's value, and the learner's function also gives the mistake's bill on
    # small inputs where that mistake shows.
    import math
    from fractions import Fraction
    from awsgrader import ROUNDING_HINT, rounded_places
    from awsgrader.facts import fargate as facts

    def model(cpu, memory, hours, tasks=1, architecture="x86_64", ephemeral_storage_gb=20,
              mistake=None):
        price = lambda value: Fraction(str(value))  # noqa: E731
        minimum = Fraction(facts.MIN_BILLING_S, 3600)
        hours = Fraction(hours)
        if mistake == "whole_hours":
            hours = Fraction(math.ceil(hours))
        billed = hours if mistake == "no_minimum" else max(hours, minimum)
        vcpus = Fraction(cpu, 1 if mistake == "cpu_units" else 1024)
        gb = Fraction(memory, 1000 if mistake == "gb_1000" else 1024)
        included = 0 if mistake == "storage_from_zero" else facts.EPHEMERAL_STORAGE_GIB[0]
        vcpu_rates = "x86_64" if mistake in ("x86_for_arm", "x86_vcpu_for_arm") else architecture
        gb_rates = "x86_64" if mistake in ("x86_for_arm", "x86_gb_for_arm") else architecture
        compute = vcpus * price(facts.VCPU_HOUR_PRICE[vcpu_rates])
        mem = gb * price(facts.GB_HOUR_PRICE[gb_rates])
        storage = (ephemeral_storage_gb - included) * price(facts.EXTRA_STORAGE_GB_HOUR)
        if mistake == "minimum_on_total":
            return float((compute + mem + storage) * max(hours * tasks, minimum))
        if mistake == "storage_once":
            return float(((compute + mem) * tasks + storage) * billed)
        return float((compute + mem + storage) * billed * tasks)

    def close(a, b):
        return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)

    def real(value):
        return isinstance(value, (int, float)) and not isinstance(value, bool)

    def under(*probes, **mistake):
        def detect(case):
            if not case.returned or case.raises or not real(case.got):
                return False
            wrong = model(*case.args, **case.kwargs, **mistake)
            if close(wrong, case.expected) or not close(case.got, wrong):
                return False
            shows = False
            for probe in probes:
                kind, value = case.probe(*probe)
                wrong = model(*probe, **mistake)
                if kind != "ok" or not real(value) or not close(value, wrong):
                    return False
                shows = shows or not close(wrong, model(*probe))
            return shows
        detect.model, detect.mistake, detect.probes = model, mistake, probes
        return detect

    def rounded(case):
        places = case.returned and rounded_places(case.got, case.expected)
        return places and f"your value is the exact bill rounded to {places} decimal places"

    def argument(case, name):
        names = ["cpu", "memory", "hours", "tasks", "architecture", "ephemeral_storage_gb"]
        defaults = {"tasks": 1, "architecture": "x86_64", "ephemeral_storage_gb": 20}
        values = dict(defaults, **dict(zip(names, case.args)), **case.kwargs)
        return values[name]

    def accepted(test):
        # For a check that expects ValueError: the function returned a bill instead.
        def detect(case):
            return case.raises is ValueError and case.returned and test(
                lambda name: argument(case, name))
        return detect

    def refused(test, **instead):
        # For a check that expects a bill: the function raised ValueError instead, the input
        # has what `test` looks for, and with `instead` (another value of one argument) the
        # function returns a bill: that value is what it refuses.
        def detect(case):
            if not (case.raises is None and case.raised(ValueError)
                    and test(lambda name: argument(case, name))):
                return False
            if not instead:
                return True
            (name, value), = instead.items()
            names = ["cpu", "memory", "hours", "tasks", "architecture", "ephemeral_storage_gb"]
            kwargs = dict(zip(names, case.args), **case.kwargs)
            kwargs[name] = value(kwargs.get(name, 20))
            kind, got = case.probe(**kwargs)
            return kind == "ok" and real(got)
        return detect

    def storage_ok(arg):
        return facts.EPHEMERAL_STORAGE_GIB[0] <= arg("ephemeral_storage_gb") <= \
            facts.EPHEMERAL_STORAGE_GIB[1]

    x86 = "x86_64"
    return Diagnosis(
        Property("not-rounded", "the bill is the exact amount, not rounded",
                 ROUNDING_HINT, rounded),
        Property("billed-by-the-second", "a task is billed for its hours as they are (by "
                 "the second), not whole hours",
                 "Your bills count whole hours (your function also bills 1 hour for "
                 "fargate_cost(256, 512, 0.5)): multiply by the hours as given.",
                 under((256, 512, 0.5), (256, 512, 1.5), mistake="whole_hours")),
        Property("one-minute-minimum", "each task is billed at least one minute, even for "
                 "hours=0",
                 "Your bills leave out the one-minute minimum (your function also bills "
                 "nothing for fargate_cost(256, 512, 0)): bill each task max(hours, 1/60).",
                 under((256, 512, 0), mistake="no_minimum")),
        Property("minimum-per-task", "the one-minute minimum applies to each task",
                 "Your bills apply the one-minute minimum to all the tasks together (your "
                 "function also bills 1 minute for fargate_cost(256, 512, 0, 3)): apply it "
                 "to each task, then multiply by tasks.",
                 under((256, 512, 0, 3), mistake="minimum_on_total")),
        Property("cpu-units-to-vcpus", "1024 CPU units is 1 vCPU",
                 "Your bills charge the CPU units as vCPUs (your vCPU charge is 1024 times "
                 "too high; fargate_cost(1024, 2048, 1) agrees): divide cpu by 1024.",
                 under((1024, 2048, 1), mistake="cpu_units")),
        Property("mib-to-gb", "memory is in MiB: 1024 MiB per GB",
                 "Your bills convert memory with 1000 MiB per GB (your memory charge is too "
                 "high; fargate_cost(256, 512, 1) agrees): divide memory by 1024.",
                 under((256, 512, 1), mistake="gb_1000")),
        Property("storage-above-20-gb", "only the ephemeral storage above the included "
                 "20 GB is billed",
                 "Your bills charge all the ephemeral storage (your function also bills "
                 "storage for fargate_cost(256, 512, 1) with the default 20 GB): bill only "
                 "ephemeral_storage_gb - 20.",
                 under((256, 512, 1), mistake="storage_from_zero")),
        Property("storage-per-task", "each task's extra storage is billed",
                 "Your bills charge the extra storage once (your storage charge is that of "
                 "one task; fargate_cost(256, 512, 1, 2, 'x86_64', 30) agrees): each task "
                 "has its own storage.",
                 under((256, 512, 1, 2, x86, 30), mistake="storage_once")),
        Property("arm64-rates", "arm64 is billed at its own vCPU-hour and GB-hour rates",
                 "Your bills use the x86_64 rates for arm64 (both your vCPU and your memory "
                 "charges): look both rates up by architecture.",
                 under((256, 512, 1, 1, "arm64"), mistake="x86_for_arm")),
        Property("arm64-vcpu-rate", "arm64 is billed at its own vCPU-hour rate",
                 "Your memory charge is right for arm64, but your vCPU charge uses the "
                 "x86_64 rate: look the vCPU-hour rate up by architecture too.",
                 under((256, 512, 1, 1, "arm64"), mistake="x86_vcpu_for_arm")),
        Property("arm64-gb-rate", "arm64 is billed at its own GB-hour rate",
                 "Your vCPU charge is right for arm64, but your memory charge uses the "
                 "x86_64 rate: look the GB-hour rate up by architecture too.",
                 under((256, 512, 1, 1, "arm64"), mistake="x86_gb_for_arm")),
        Property("storage-20-is-valid", "20 GB of storage (the default) is valid",
                 "Your function raised ValueError for 20 GB of storage: 20 GB is the default "
                 "and is valid.",
                 refused(lambda arg: arg("ephemeral_storage_gb") == facts.EPHEMERAL_STORAGE_GIB[0],
                         ephemeral_storage_gb=lambda gb: gb + 1)),
        Property("storage-200-is-valid", "200 GB of storage (the largest) is valid",
                 "Your function raised ValueError for 200 GB of storage: 200 GB, the "
                 "largest, is valid; only more than 200 GB is refused.",
                 refused(lambda arg: arg("ephemeral_storage_gb") == facts.EPHEMERAL_STORAGE_GIB[1],
                         ephemeral_storage_gb=lambda gb: gb - 1)),
        Property("zero-hours-is-valid", "hours=0 is valid (billed the one-minute minimum)",
                 "Your function raised ValueError for hours=0: only negative hours are "
                 "invalid.", refused(lambda arg: arg("hours") == 0, hours=lambda h: 1)),
        Property("valid-input-accepted", "a valid input gets a bill, not ValueError",
                 "Your function raised ValueError for a valid input: compare each of your "
                 "checks with the statement.", refused(lambda arg: True)),
        Property("valid-size-only", "a size that is_valid_fargate_size rejects raises "
                 "ValueError", "Call is_valid_fargate_size(cpu, memory) and raise "
                 "ValueError when it returns False.",
                 accepted(lambda arg: not is_valid_fargate_size(arg("cpu"), arg("memory")))),
        Property("storage-range", "storage below 20 GB or above 200 GB raises ValueError",
                 "Raise ValueError when ephemeral_storage_gb is below 20 or above 200.",
                 accepted(lambda arg: not storage_ok(arg))),
        Property("hours-not-negative", "negative hours raise ValueError",
                 "Raise ValueError when hours < 0.", accepted(lambda arg: arg("hours") < 0)),
        Property("at-least-one-task", "fewer than 1 task raises ValueError",
                 "Raise ValueError when tasks < 1.", accepted(lambda arg: arg("tasks") < 1)),
        Property("known-architecture", "an architecture other than 'x86_64' or 'arm64' "
                 "raises ValueError",
                 "Raise ValueError unless architecture is exactly 'x86_64' or 'arm64' "
                 "(lowercase).",
                 accepted(lambda arg: arg("architecture") not in facts.VCPU_HOUR_PRICE)),
    )


_COST_MISTAKES = _cost_mistakes()
check, check_raises = bound_check(_COST_MISTAKES)
del _cost_mistakes

# --- PYODIDE:code --- #
def fargate_cost(cpu, memory, hours, tasks=1, architecture="x86_64", ephemeral_storage_gb=20):
    ...

# --- PYODIDE:corr --- #
def fargate_cost(cpu, memory, hours, tasks=1, architecture="x86_64", ephemeral_storage_gb=20):
    if architecture not in VCPU_HOUR_PRICE:
        raise ValueError(f"architecture must be 'x86_64' or 'arm64', not {architecture!r}")
    if not is_valid_fargate_size(cpu, memory):
        raise ValueError(f"{cpu} CPU units with {memory} MiB is not a Fargate task size")
    if not INCLUDED_STORAGE_GB <= ephemeral_storage_gb <= MAX_STORAGE_GB:
        raise ValueError("ephemeral_storage_gb must be between 20 and 200")
    if hours < 0:
        raise ValueError("hours cannot be negative")
    if tasks < 1:
        raise ValueError("tasks must be at least 1")

    billed_hours = max(hours, 1 / 60)          # each task is billed at least one minute
    vcpus = cpu / 1024
    gb = memory / 1024
    per_task_hour = (vcpus * VCPU_HOUR_PRICE[architecture]
                     + gb * GB_HOUR_PRICE[architecture]
                     + (ephemeral_storage_gb - INCLUDED_STORAGE_GB) * EXTRA_STORAGE_GB_HOUR_PRICE)
    return per_task_hour * billed_hours * tasks

# --- PYODIDE:tests --- #
# 0.25 vCPU and 0.5 GB for a month of 730 hours (about $9.01: do not round).
check(fargate_cost, (256, 512, 730), 9.010025)
# The same on Graviton (arm64).
check(fargate_cost, (256, 512, 730), 7.20875, {"architecture": "arm64"})
# Three tasks of 1 vCPU and 2 GB for a day.
check(fargate_cost, (1024, 2048, 24), 3.55464, {"tasks": 3})
# 50 GB of ephemeral storage: the 30 GB above the included 20 GB are billed.
check(fargate_cost, (256, 512, 730), 11.440925, {"ephemeral_storage_gb": 50})
# A 10-second task is billed one minute.
check(fargate_cost, (256, 512, 10 / 3600), 0.0123425 / 60)
# 256 CPU units cannot have 4 GB.
check_raises(fargate_cost, (256, 4096, 1), exc_type=ValueError)

# --- PYODIDE:secrets --- #
from awsgrader import grading_code as _grading_code


@_grading_code
def _hidden_tests():
    import random
    from fractions import Fraction
    from awsgrader import (call, check_raises, difference, explain_result, fail, format_call,
                           kind_mismatch, require_function, short_repr)
    from awsgrader.facts import fargate as facts

    cost = require_function(globals(), "fargate_cost", [
        "cpu", "memory", "hours", "tasks", "architecture", "ephemeral_storage_gb"])

    def exact(cpu, memory, hours, tasks=1, architecture="x86_64", ephemeral_storage_gb=20):
        """The bill in exact arithmetic (an oracle independent of the float reference), and
        a breakdown of it that the failure message shows."""
        price = lambda value: Fraction(str(value))  # noqa: E731
        minimum = Fraction(facts.MIN_BILLING_S, 3600)
        billed = max(Fraction(hours), minimum)
        vcpus = Fraction(cpu, 1024)
        gb = Fraction(memory, 1024)
        extra_gb = ephemeral_storage_gb - facts.EPHEMERAL_STORAGE_GIB[0]
        compute = vcpus * price(facts.VCPU_HOUR_PRICE[architecture])
        mem = gb * price(facts.GB_HOUR_PRICE[architecture])
        storage = extra_gb * price(facts.EXTRA_STORAGE_GB_HOUR)
        total = (compute + mem + storage) * billed * tasks
        billed_text = (f"{float(billed):g} h" if billed >= 1 else
                       f"{float(billed * 3600):g} s")
        breakdown = (f"expected: {float(vcpus):g} vCPU, {float(gb):g} GB, {extra_gb} GB of "
                     f"extra storage; each task billed {billed_text}; "
                     f"${float(compute + mem + storage):.10g} per task-hour")
        return float(total), breakdown

    mistakes = _COST_MISTAKES

    def expect(*args, **kwargs):
        # The message's hint comes from the property whose mistake explains the learner's
        # value (see the env section); the breakdown of the expected bill goes on the "why"
        # line, as a fact about this input.
        expected, breakdown = exact(*args, **kwargs)
        # Texts for a message only: a passing answer never pays for them.
        def label():
            return format_call("fargate_cost", args, kwargs)

        def expected_text():
            return short_repr(expected)

        got = call(cost, args, kwargs, label=label, expected_text=expected_text,
                   diagnose=mistakes, expected=expected)
        why = difference(got, expected)
        if why:
            check_line, hint = mistakes(cost, args, kwargs, expected, got=got) or (None, None)
            if not kind_mismatch(got, expected):
                why += f"; {breakdown}"
            fail(label, expected_text, short_repr(got), hint, why, check=check_line,
                 plain=explain_result(got, expected, fn=cost))

    expect(256, 512, 730)
    expect(1024, 3072, 100)
    expect(4096, 30720, 10)
    expect(512, 1024, 0.0625)
    expect(1024, 2048, 1.5, tasks=4)
    expect(2048, 8192, 2.5, architecture="arm64")
    # The one-minute minimum, per task.
    expect(256, 512, 1 / 120)
    expect(256, 512, 1 / 240, tasks=3)
    expect(256, 512, 1 / 240, tasks=10)
    expect(512, 2048, 0)
    expect(512, 2048, 0, tasks=3)
    expect(256, 512, 1 / 60)
    expect(1024, 4096, 0.025)
    # Ephemeral storage above the included 20 GB.
    expect(256, 512, 730, ephemeral_storage_gb=20)
    expect(256, 512, 730, ephemeral_storage_gb=21)
    expect(256, 512, 730, ephemeral_storage_gb=200)
    expect(2048, 4096, 3, tasks=5, ephemeral_storage_gb=120)
    expect(256, 512, 0, ephemeral_storage_gb=80)
    expect(16384, 122880, 730, tasks=50, architecture="arm64", ephemeral_storage_gb=200)
    expect(8192, 61440, 744, tasks=2)
    # The largest row, 32 vCPU: 60, 120 or 244 GB.
    expect(32768, 249856, 730, tasks=2, architecture="arm64")
    expect(32768, 61440, 1.5)

    # Random cases. Hours are whole seconds whose float times 3600 is exact (whole hours,
    # sixteenths of an hour, or under a minute), so a solution that also rounds up to the
    # second, as AWS does, gets the same bill.
    rng = random.Random(20261126)
    sizes = [(cpu, memory) for cpu, memories in facts.VALID_TASK_SIZES.items()
             for memory in memories]
    for _ in range(150):
        cpu, memory = rng.choice(sizes)
        hours = rng.choice([rng.randint(0, 744), rng.randint(0, 16 * 744) / 16,
                            rng.randint(0, 59) / 3600, rng.randint(1, 64) / 16])
        expect(cpu, memory, hours, tasks=rng.randint(1, 20),
               architecture=rng.choice(["x86_64", "arm64"]),
               ephemeral_storage_gb=rng.choice([20, 20, rng.randint(20, 200)]))

    bad = [
        ((256, 4096, 1), {}, "a size that is_valid_fargate_size rejects (256 CPU units "
                             "allows at most 2 GB)"),
        ((1024, 1024, 1), {}, "a size that is_valid_fargate_size rejects"),
        ((300, 512, 1), {}, "300 CPU units: not a Fargate size"),
        ((8192, 17408, 1), {}, "8192 CPU units with 17408 MiB: 8 vCPU moves in 4 GB steps"),
        ((32768, 131072, 1), {}, "32768 CPU units with 131072 MiB: 32 vCPU takes 60, 120 or "
                                 "244 GB only"),
        ((256, 512, 1), {"ephemeral_storage_gb": 19}, "storage below 20 GB"),
        ((256, 512, 1), {"ephemeral_storage_gb": 0}, "storage below 20 GB"),
        ((256, 512, 1), {"ephemeral_storage_gb": 201}, "storage above 200 GB"),
        ((256, 512, -1), {}, "negative hours"),
        ((256, 512, -0.001), {}, "negative hours"),
        ((256, 512, 1), {"tasks": 0}, "fewer than 1 task"),
        ((256, 512, 1), {"tasks": -2}, "fewer than 1 task"),
        ((256, 512, 1), {"architecture": "arm"}, "an unknown architecture"),
        ((256, 512, 1), {"architecture": "ARM64"}, "an unknown architecture (names are "
                                                   "lowercase: 'x86_64' or 'arm64')"),
        ((256, 512, 1), {"architecture": "x86"}, "an unknown architecture"),
        ((256, 512, 1), {"architecture": "windows"}, "an unknown architecture"),
    ]
    for args, kwargs, what in bad:
        check_raises(cost, args, kwargs, ValueError, why=what, diagnose=mistakes)


_hidden_tests()
del _hidden_tests

# --- PYODIDE:post --- #
from awsgrader import stop_watchdog

stop_watchdog()
