"""Fargate exercises (task_size, monthly_cost): correct solutions written other ways pass,
and they agree with the reference on many generated inputs, so that no hidden case depends
on a choice the statement does not state."""

import math
import random


from exercise_runner import ROOT, discover, load_solution, outcome_of

EXERCISES = {e.id: e for e in discover()}
ALT_DIR = ROOT / "tests" / "alt_solutions"


def alternatives(slug):
    return sorted(ALT_DIR.glob(f"fargate__{slug}__*.py"))


_load = load_solution


def _solutions(slug):
    exercise = EXERCISES[f"fargate/{slug}"]
    codes = [exercise.sections["corr"]] + [p.read_text(encoding="utf-8") for p in alternatives(slug)]
    return [_load(exercise, code) for code in codes]


_outcome = outcome_of


def test_task_size_solutions_agree():
    solutions = _solutions("task_size")
    for cpu in list(range(0, 16384 + 512, 128)) + [24576, 32512, 32640, 32768, 32896, 65536]:
        for memory in range(0, 262144, 512):
            results = {ns["is_valid_fargate_size"](cpu, memory) for ns in solutions}
            assert len(results) == 1, (cpu, memory)
    rng = random.Random(11)
    for _ in range(3000):
        vcpus = rng.choice([rng.randint(0, 17), rng.randint(0, 70) / 4, rng.randint(0, 34),
                            rng.randint(0, 136) / 4])
        memory_gib = rng.choice([rng.randint(0, 125), rng.randint(0, 500) / 4,
                                 rng.randint(0, 256) / 32, rng.randint(0, 250),
                                 rng.randint(0, 1000) / 4])
        results = [_outcome(ns["smallest_valid_size"], vcpus, memory_gib) for ns in solutions]
        assert all(r == results[0] for r in results), (vcpus, memory_gib, results)


def test_monthly_cost_solutions_agree():
    solutions = [ns["fargate_cost"] for ns in _solutions("monthly_cost")]
    rng = random.Random(12)
    for _ in range(3000):
        # Hours whose float times 3600 is an exact whole number of seconds (as in the hidden
        # tests): 61 / 3600 * 3600 is 61.00000000000001, which a per-second round-up bills
        # as 62 s.
        args = (rng.choice([256, 512, 1024, 2048, 4096, 8192, 16384, 32768, 300]),
                rng.choice([512, 1024, 2048, 3072, 8192, 16384, 17408, 30720, 61440, 122880,
                            131072, 249856]),
                rng.choice([rng.randint(-2, 800), rng.randint(0, 160) / 16,
                            rng.randint(0, 59) / 3600, 0]))
        kwargs = {"tasks": rng.randint(-1, 30),
                  "architecture": rng.choice(["x86_64", "arm64", "arm64", "ARM64"]),
                  "ephemeral_storage_gb": rng.choice([20, 20, rng.randint(15, 205)])}
        results = [_outcome(fn, *args, **kwargs) for fn in solutions]
        kinds = {kind for kind, _ in results}
        assert len(kinds) == 1, (args, kwargs, results)
        if kinds == {"ok"}:
            values = [float(value) for _, value in results]
            assert all(math.isclose(v, values[0], rel_tol=1e-9, abs_tol=1e-12)
                       for v in values), (args, kwargs, values)
