# --- PYODIDE:env --- #
from awsgrader import start_watchdog

start_watchdog()

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


def is_valid_fargate_size(cpu, memory):
    if cpu == 256:
        return memory in (512, 1024, 2048)
    if cpu not in MEMORY_RANGES:
        return False
    low, high, step = MEMORY_RANGES[cpu]
    return low <= memory <= high and (memory - low) % step == 0


def valid_memories(cpu):
    if cpu == 256:
        return (512, 1024, 2048)
    low, high, step = MEMORY_RANGES[cpu]
    return range(low, high + 1, step)


def smallest_valid_size(vcpus, memory_gib):
    for cpu in (256, 512, 1024, 2048, 4096, 8192, 16384):
        if cpu < vcpus * 1024:
            continue
        for memory in valid_memories(cpu):
            if memory >= memory_gib * 1024:
                return (cpu, memory)
    raise ValueError(f"no Fargate task size has {vcpus} vCPU and {memory_gib} GB")

# --- PYODIDE:tests --- #
def outcome(fn, *args):
    """What the call returns, or the exception it raises, as text."""
    try:
        return fn(*args)
    except ValueError as exc:  # a subclass of ValueError is a ValueError too
        return f"ValueError: {exc}"
    except Exception as exc:
        return f"{type(exc).__name__}: {exc}"


for args, expected in [((256, 512), True), ((256, 4096), False),
                       ((1024, 3072), True), ((8192, 18432), False)]:
    got = outcome(is_valid_fargate_size, *args)
    assert got is expected, f"is_valid_fargate_size{args}: expected {expected}, got {got!r}"

for args, expected in [((0.25, 0.5), (256, 512)), ((1, 10), (2048, 10240)),
                       ((0.5, 3), (512, 3072))]:
    got = outcome(smallest_valid_size, *args)
    assert got == expected, f"smallest_valid_size{args}: expected {expected}, got {got!r}"

got = outcome(smallest_valid_size, 16, 121)
assert str(got).startswith("ValueError"), (
    f"smallest_valid_size(16, 121): expected ValueError (nothing fits), got {got!r}")

# --- PYODIDE:secrets --- #
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

    def describe(cpu):
        values = VALID_TASK_SIZES.get(cpu)
        if values is None:
            return f"{cpu} CPU units is not a Fargate size at all"
        if cpu == 256:
            return "256 CPU units allows exactly 512, 1024 or 2048 MiB"
        return (f"{cpu} CPU units allows {values[0]} to {values[-1]} MiB "
                f"in steps of {values[1] - values[0]} MiB")

    def expect_valid(cpu, memory, hint=None):
        check(is_valid, (cpu, memory), valid(cpu, memory), hint=hint or describe(cpu))

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
    # Near misses around every valid value, and CPU values that are not in the table.
    for cpu, memories in VALID_TASK_SIZES.items():
        step = 512 if cpu == 256 else memories[1] - memories[0]
        for memory in {memories[0] - step, memories[-1] + step, memories[0] + 1,
                       memories[-1] - 1, memories[0] + 512, 0, -memories[0]}:
            expect_valid(cpu, memory)
    for cpu in (0, 128, 255, 257, 384, 768, 1000, 1536, 3072, 6144, 12288, 32768, -256):
        for memory in (512, 2048, 4096, 8192, 16384):
            expect_valid(cpu, memory)

    # smallest_valid_size against an exact oracle over the table.
    def oracle(vcpus, memory_gib):
        for cpu in sorted(VALID_TASK_SIZES):
            if cpu < Fraction(vcpus) * 1024:
                continue
            for memory in VALID_TASK_SIZES[cpu]:
                if memory >= Fraction(memory_gib) * 1024:
                    return (cpu, memory)
        return None

    def expect_smallest(vcpus, memory_gib, hint=None):
        expected = oracle(vcpus, memory_gib)
        if expected is None:
            check_raises(smallest, (vcpus, memory_gib), {}, ValueError, hint=hint or (
                f"No valid size has at least {vcpus} vCPU and {memory_gib} GB: raise "
                "ValueError."))
        else:
            check(smallest, (vcpus, memory_gib), expected, hint=hint or (
                f"The fewest CPU units with at least {vcpus} vCPU, then the least memory "
                f"of at least {memory_gib} GB: {describe(expected[0])}."))

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
    expect_smallest(0.25, 5, "256 and 512 CPU units cannot hold 5 GB: the first that can is "
                    "1024.")
    expect_smallest(0.25, 2.03125, "2.03125 GB is 2080 MiB (1 GB = 1024 MiB): "
                    "2048 MiB is not enough.")
    expect_smallest(4, 31, "4096 CPU units stops at 30 GB: 31 GB needs 8192 CPU units, "
                    "whose memory moves in 4 GB steps.")
    expect_smallest(8, 61, "8192 CPU units stops at 60 GB: 61 GB needs 16384 CPU units.")
    expect_smallest(0, 0, "Nothing asked for: the smallest size of all.")
    expect_smallest(0.5, 0.5, "At least 512 CPU units: 512 CPU units starts at 1 GB.")
    expect_smallest(16, 120, "16 vCPU with 120 GB is the largest valid size.")
    expect_smallest(16, 121, "Nothing has more than 120 GB: raise ValueError.")
    expect_smallest(17, 32, "Nothing has more than 16 vCPU: raise ValueError.")
    expect_smallest(32, 1, "Nothing has more than 16 vCPU: raise ValueError.")

    rng = random.Random(20261126)
    vcpu_choices = [0, 0.25, 0.5, 0.75, 1, 1.25, 1.5, 2, 3, 4, 5, 6, 8, 10, 12, 16, 16.5]
    for _ in range(120):
        expect_smallest(rng.choice(vcpu_choices), rng.choice(
            [rng.randint(0, 124), rng.randint(0, 496) / 4, rng.randint(0, 64) / 8]))


_hidden_tests()
del _hidden_tests

# --- PYODIDE:post --- #
from awsgrader import stop_watchdog

stop_watchdog()
