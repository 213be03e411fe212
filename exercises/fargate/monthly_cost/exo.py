# --- PYODIDE:env --- #
from awsgrader import start_watchdog
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
from awsgrader import check, check_raises

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
def _hidden_tests():
    import math
    import random
    from fractions import Fraction
    from awsgrader import check, check_raises, require_function
    from awsgrader.facts import fargate as facts

    cost = require_function(globals(), "fargate_cost", [
        "cpu", "memory", "hours", "tasks", "architecture", "ephemeral_storage_gb"])

    def exact(cpu, memory, hours, tasks=1, architecture="x86_64", ephemeral_storage_gb=20,
              mistake=None):
        """The bill in exact arithmetic (an oracle independent of the float reference), and
        a breakdown that the failure message shows; with `mistake`, the bill that known
        mistake gives: a hint names a mistake only after checking it gives the learner's
        value."""
        price = lambda value: Fraction(str(value))  # noqa: E731
        minimum = Fraction(facts.MIN_BILLING_S, 3600)
        hours = Fraction(hours)
        if mistake == "whole_hours":
            hours = Fraction(math.ceil(hours))
        billed = max(hours, minimum)
        if mistake == "no_minimum":
            billed = hours
        vcpus = Fraction(cpu, 1 if mistake == "cpu_units" else 1024)
        gb = Fraction(memory, 1000 if mistake == "gb_1000" else 1024)
        included = 0 if mistake == "storage_from_zero" else facts.EPHEMERAL_STORAGE_GIB[0]
        extra_gb = ephemeral_storage_gb - included
        vcpu_rates = "x86_64" if mistake in ("x86_for_arm", "x86_vcpu_for_arm") else architecture
        gb_rates = "x86_64" if mistake in ("x86_for_arm", "x86_gb_for_arm") else architecture
        compute = vcpus * price(facts.VCPU_HOUR_PRICE[vcpu_rates])
        mem = gb * price(facts.GB_HOUR_PRICE[gb_rates])
        storage = extra_gb * price(facts.EXTRA_STORAGE_GB_HOUR)
        total = (compute + mem + storage) * billed * tasks
        if mistake == "minimum_on_total":
            total = (compute + mem + storage) * max(hours * tasks, minimum)
        elif mistake == "storage_once":
            total = ((compute + mem) * tasks + storage) * billed
        billed_text = (f"{float(billed):g} h" if billed >= 1 else
                       f"{float(billed * 3600):g} s")
        breakdown = (f"expected: {float(vcpus):g} vCPU, {float(gb):g} GB, {extra_gb} GB of "
                     f"extra storage; each task billed {billed_text}; "
                     f"${float(compute + mem + storage):.10g} per task-hour")
        return float(total), breakdown

    mistakes = {
        "whole_hours": "your result bills whole hours: Fargate bills by the second, so a "
                       "fraction of an hour is billed as it is.",
        "no_minimum": "your result leaves out the one-minute minimum: each task, even one of "
                      "hours=0, is billed at least one minute (1/60 h).",
        "minimum_on_total": "your result applies the one-minute minimum to all the tasks "
                            "together: it applies to EACH task.",
        "cpu_units": "your result uses CPU units as vCPUs: 1024 CPU units is 1 vCPU.",
        "gb_1000": "your result counts 1 GB as 1000 MiB: memory is in MiB, 1024 MiB per GB.",
        "storage_from_zero": "your result bills all the ephemeral storage: the first 20 GB "
                             "are included, only the GB above are billed.",
        "storage_once": "your result bills the extra storage once: each task has its own "
                        "storage, billed per task.",
        "x86_for_arm": "your result uses the x86_64 rates: arm64 has its own vCPU-hour AND "
                       "GB-hour rates.",
        "x86_vcpu_for_arm": "your result uses the x86_64 vCPU-hour rate with the arm64 GB-hour "
                            "rate: arm64 has its own vCPU-hour rate too.",
        "x86_gb_for_arm": "your result uses the arm64 vCPU-hour rate with the x86_64 GB-hour "
                          "rate: arm64 has its own GB-hour rate too.",
    }

    def close(a, b):
        return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)

    def expect(*args, **kwargs):
        expected, breakdown = exact(*args, **kwargs)

        def hint(got):
            try:
                got = float(got)
            except (TypeError, ValueError):
                return None
            found = [text for name, text in mistakes.items()
                     if not close(exact(*args, **kwargs, mistake=name)[0], expected)
                     and close(got, exact(*args, **kwargs, mistake=name)[0])]
            if found:
                return f"{' Or: '.join(found)} ({breakdown})"
            return breakdown[0].upper() + breakdown[1:]

        check(cost, args, expected, kwargs, hint=hint)

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
        check_raises(cost, args, kwargs, ValueError, hint=f"Raise ValueError for {what}.")


_hidden_tests()
del _hidden_tests

# --- PYODIDE:post --- #
from awsgrader import stop_watchdog

stop_watchdog()
