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
def outcome(fn, *args, **kwargs):
    """What the call returns, or the exception it raises, as text."""
    try:
        return fn(*args, **kwargs)
    except ValueError as exc:  # a subclass of ValueError is a ValueError too
        return f"ValueError: {exc}"
    except Exception as exc:
        return f"{type(exc).__name__}: {exc}"


def is_about(got, expected):
    try:
        return abs(float(got) - expected) <= 1e-9 * expected
    except (TypeError, ValueError):
        return False


# 0.25 vCPU and 0.5 GB for a month of 730 hours.
got = outcome(fargate_cost, 256, 512, 730)
assert is_about(got, 9.010025), f"expected 9.010025 (about $9.01), got {got!r}"
# The same on Graviton (arm64).
got = outcome(fargate_cost, 256, 512, 730, architecture="arm64")
assert is_about(got, 7.20875), f"expected 7.20875, got {got!r}"
# Three tasks of 1 vCPU and 2 GB for a day.
got = outcome(fargate_cost, 1024, 2048, 24, tasks=3)
assert is_about(got, 3.55464), f"expected 3.55464, got {got!r}"
# 50 GB of ephemeral storage: the 30 GB above the included 20 GB are billed.
got = outcome(fargate_cost, 256, 512, 730, ephemeral_storage_gb=50)
assert is_about(got, 11.440925), f"expected 11.440925, got {got!r}"
# A 10-second task is billed one minute.
got = outcome(fargate_cost, 256, 512, 10 / 3600)
assert is_about(got, 0.0123425 / 60), f"expected {0.0123425 / 60} (one minute), got {got!r}"
# 256 CPU units cannot have 4 GB.
got = outcome(fargate_cost, 256, 4096, 1)
assert str(got).startswith("ValueError"), f"expected ValueError (invalid size), got {got!r}"

# --- PYODIDE:secrets --- #
def _hidden_tests():
    import random
    from fractions import Fraction
    from awsgrader import check, check_raises, require_function
    from awsgrader.facts import fargate as facts

    cost = require_function(globals(), "fargate_cost", [
        "cpu", "memory", "hours", "tasks", "architecture", "ephemeral_storage_gb"])

    def exact(cpu, memory, hours, tasks=1, architecture="x86_64", ephemeral_storage_gb=20):
        # An independent oracle in exact arithmetic; returns the bill and a breakdown that
        # the failure message shows.
        price = lambda value: Fraction(str(value))  # noqa: E731
        minimum = Fraction(facts.MIN_BILLING_S, 3600)
        billed = max(Fraction(hours), minimum)
        vcpus, gb = Fraction(cpu, 1024), Fraction(memory, 1024)
        extra_gb = ephemeral_storage_gb - facts.EPHEMERAL_STORAGE_GIB[0]
        compute = vcpus * price(facts.VCPU_HOUR_PRICE[architecture])
        mem = gb * price(facts.GB_HOUR_PRICE[architecture])
        storage = extra_gb * price(facts.EXTRA_STORAGE_GB_HOUR)
        total = (compute + mem + storage) * billed * tasks
        billed_text = (f"{float(billed):g} h" if billed >= 1 else
                       f"{float(billed * 3600):g} s")
        breakdown = (f"{float(vcpus):g} vCPU, {float(gb):g} GB, {extra_gb} GB of extra "
                     f"storage; each task billed {billed_text}; "
                     f"${float(compute + mem + storage):.10g} per task-hour")
        return float(total), breakdown

    def expect(*args, hint=None, **kwargs):
        expected, breakdown = exact(*args, **kwargs)
        check(cost, args, expected, kwargs, hint=f"{hint} ({breakdown})" if hint else breakdown)

    expect(256, 512, 730, hint="The statement's check: about $9.01 a month.")
    expect(1024, 3072, 100, hint="GB = MiB / 1024: 3072 MiB is 3 GB; 1024 CPU units is 1 vCPU.")
    expect(4096, 30720, 10, hint="4096 CPU units is 4 vCPU and 30720 MiB is 30 GB.")
    expect(512, 1024, 0.0625, hint="Fractions of an hour are billed as they are: "
           "0.0625 h is 225 s, not a whole hour.")
    expect(1024, 2048, 1.5, tasks=4, hint="Four tasks cost four times one task.")
    expect(2048, 8192, 2.5, architecture="arm64",
           hint="arm64 has its own vCPU-hour AND GB-hour rates.")
    # The one-minute minimum, per task.
    expect(256, 512, 1 / 120, hint="A 30-second task is billed one minute (1/60 h).")
    expect(256, 512, 1 / 240, tasks=10, hint="Each task is billed at least one minute: "
           "10 tasks of 15 s bill 10 minutes, not 150 s.")
    expect(512, 2048, 0, hint="hours=0 still bills the one-minute minimum: a task that was "
           "started is billed at least one minute.")
    expect(512, 2048, 0, tasks=3, hint="hours=0 bills one minute per task.")
    expect(256, 512, 1 / 60, hint="Exactly one minute is billed as one minute.")
    expect(1024, 4096, 0.025, hint="90 seconds is above the minimum: billed as 90 s.")
    # Ephemeral storage above the included 20 GB.
    expect(256, 512, 730, ephemeral_storage_gb=20, hint="20 GB of storage is included: "
           "nothing extra to pay.")
    expect(256, 512, 730, ephemeral_storage_gb=21, hint="Only the storage above 20 GB is "
           "billed: 1 GB here.")
    expect(256, 512, 730, ephemeral_storage_gb=200, hint="Only the storage above 20 GB is "
           "billed: 180 GB here.")
    expect(2048, 4096, 3, tasks=5, ephemeral_storage_gb=120,
           hint="Extra storage is billed per task, for the billed hours.")
    expect(256, 512, 0, ephemeral_storage_gb=80,
           hint="The one-minute minimum applies to the storage too.")
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
