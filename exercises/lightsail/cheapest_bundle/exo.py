# --- PYODIDE:env --- #
import copy as _copy

from awsgrader import start_watchdog
from awsgrader.facts import lightsail as _lightsail

start_watchdog()

# The dual-stack Linux plans of us-east-1, from the site's fact sheet (the table in the
# statement). A copy, so that nothing done to it here outlives this run.
LINUX_BUNDLES = _copy.deepcopy(_lightsail.LINUX_BUNDLES)
del _lightsail

# --- PYODIDE:code --- #
def cheapest_bundle(min_vcpus, min_ram_gb, min_ssd_gb, min_transfer_tb, bundles=LINUX_BUNDLES):
    ...

# --- PYODIDE:corr --- #
def cheapest_bundle(min_vcpus, min_ram_gb, min_ssd_gb, min_transfer_tb, bundles=LINUX_BUNDLES):
    best = None
    for bundle in bundles:
        fits = (bundle["vcpus"] >= min_vcpus and bundle["ram_gb"] >= min_ram_gb
                and bundle["ssd_gb"] >= min_ssd_gb and bundle["transfer_tb"] >= min_transfer_tb)
        # Strictly cheaper only: on a tie the bundle listed first stays.
        if fits and (best is None or bundle["price_usd"] < best["price_usd"]):
            best = bundle
    if best is None:
        raise ValueError(f"no bundle has {min_vcpus} vCPUs, {min_ram_gb} GB of RAM, "
                         f"{min_ssd_gb} GB of SSD and {min_transfer_tb} TB of transfer")
    return best["id"]

# --- PYODIDE:tests --- #
from awsgrader.facts import lightsail

# LINUX_BUNDLES is the default list of every call: it must stay as the table shows it.
assert LINUX_BUNDLES == lightsail.LINUX_BUNDLES, (
    f"expected LINUX_BUNDLES unchanged, got {LINUX_BUNDLES!r}: work on a new list")

# A small site: 1 vCPU, 1 GB of RAM, 30 GB of disk, 1 TB of transfer a month.
got = cheapest_bundle(1, 1, 30, 1)
assert got == "micro_3_0", f"expected 'micro_3_0', got {got!r}"
# 4 vCPUs: only the larger plans have them.
got = cheapest_bundle(4, 2, 50, 2)
assert got == "xlarge_3_0", f"expected 'xlarge_3_0', got {got!r}"
# A list of your own: the cheapest that fits, not the first one.
mine = [
    {"id": "big", "price_usd": 40, "vcpus": 4, "ram_gb": 8, "ssd_gb": 100, "transfer_tb": 4},
    {"id": "small", "price_usd": 10, "vcpus": 2, "ram_gb": 2, "ssd_gb": 50, "transfer_tb": 2},
]
got = cheapest_bundle(2, 2, 50, 1, bundles=mine)
assert got == "small", f"expected 'small', got {got!r}"
# Nothing has 64 vCPUs.
try:
    got = cheapest_bundle(64, 1, 1, 1)
except ValueError:
    pass
else:
    assert False, f"expected ValueError (no bundle has 64 vCPUs), got {got!r}"
assert LINUX_BUNDLES == lightsail.LINUX_BUNDLES, (
    f"expected LINUX_BUNDLES unchanged, got {LINUX_BUNDLES!r}: work on a new list")

# --- PYODIDE:secrets --- #
def _hidden_tests():
    import random
    from fractions import Fraction
    from awsgrader import call, check, check_raises, fail, require_function, short_repr
    from awsgrader.facts import lightsail as facts

    cheapest = require_function(globals(), "cheapest_bundle", [
        "min_vcpus", "min_ram_gb", "min_ssd_gb", "min_transfer_tb", "bundles"])
    table = facts.LINUX_BUNDLES
    keys = ("vcpus", "ram_gb", "ssd_gb", "transfer_tb")

    def oracle(minimums, bundles):
        # Sort by price, keeping the list's order on a tie (sorted() is stable).
        fitting = [b for b in bundles
                   if all(Fraction(str(b[k])) >= Fraction(str(m)) for k, m in zip(keys, minimums))]
        return sorted(fitting, key=lambda b: b["price_usd"])[0]["id"] if fitting else None

    def label(minimums, bundles):
        args = ", ".join(map(repr, minimums))
        if bundles is None:
            return f"cheapest_bundle({args})  [default bundles: LINUX_BUNDLES]"
        return f"cheapest_bundle({args}, bundles={short_repr(bundles, 700)})"

    def mistaken(minimums, bundles, mistake):
        """The id a known mistake picks, so that a hint names it only when it is the
        learner's."""
        def fits(b):
            pairs = [(Fraction(str(b[k])), Fraction(str(m))) for k, m in zip(keys, minimums)]
            if mistake == "strict":
                return all(have > need for have, need in pairs)
            if mistake == "int":
                return all(int(have) >= need for have, need in pairs)
            return all(have >= need for k, (have, need) in zip(keys, pairs)
                       if mistake != f"ignores_{k}")

        fitting = [b for b in bundles if fits(b)]
        if mistake == "first_fit":
            return fitting[0]["id"] if fitting else None
        return sorted(fitting, key=lambda b: b["price_usd"])[0]["id"] if fitting else None

    mistakes = {
        "strict": "Your answer is the one a strict comparison (>) gives: a minimum that is "
                  "met exactly fits (>=).",
        "int": "Your answer is the one the bundles' values turned into whole numbers give "
               "(int() of 0.5 GB is 0): compare the values as they are, decimals included.",
        **{f"ignores_{k}": f"Your answer is the one you get without the {k} minimum: "
                           "a bundle must meet all four minimums." for k in keys},
        "first_fit": "Your answer is the first bundle of the list that fits: look at every "
                     "bundle and keep the cheapest.",
    }

    def diagnose(minimums, bundles, expected, case):
        def hint(got):
            found = [text for name, text in mistakes.items()
                     if mistaken(minimums, bundles, name) not in (expected, None)
                     and got == mistaken(minimums, bundles, name)]
            return " Or: ".join(found) if found else case

        return hint

    def expect(minimums, bundles=None, hint=None):
        expected = oracle(minimums, table if bundles is None else bundles)
        kwargs = {} if bundles is None else {"bundles": bundles}
        if expected is None:
            check_raises(cheapest, minimums, kwargs, ValueError, hint=hint,
                         label=label(minimums, bundles))
        else:
            check(cheapest, minimums, expected, kwargs,
                  hint=diagnose(minimums, table if bundles is None else bundles, expected,
                                hint),
                  label=label(minimums, bundles))
        if bundles is None:
            unchanged(label(minimums, bundles))

    def unchanged(after):
        shown = globals().get("LINUX_BUNDLES")
        if shown != table:
            fail(f"LINUX_BUNDLES after {after}", "the table unchanged",
                 short_repr(shown, 400),
                 hint="Do not remove, reorder or change the bundles of the list you are "
                      "given: work on a new list. The default argument is one list shared "
                      "by every call.")

    def plan(name, price, vcpus=2, ram=1, ssd=40, transfer=2):
        return {"id": name, "price_usd": price, "vcpus": vcpus, "ram_gb": ram,
                "ssd_gb": ssd, "transfer_tb": transfer}

    unchanged("the public tests")

    # The real table (the default argument).
    expect((0, 0, 0, 0), hint="Zero minimums: every plan fits, so the cheapest of all.")
    expect((2, 0.5, 20, 1), hint="Exactly the smallest plan's specs: a minimum that is met "
                                 "exactly fits.")
    expect((1, 0.6, 10, 1), hint="0.6 GB of RAM is more than the $5 plan's 512 MB (0.5 GB).")
    expect((2, 1, 41, 1), hint="41 GB of SSD is one more than the $7 plan has.")
    expect((2, 1, 40, 2.5), hint="Fractional minimum: 2.5 TB of transfer needs the 3 TB plan.")
    expect((3, 1, 20, 1), hint="3 vCPUs: the plans below $84 have 2.")
    expect((16, 64, 1280, 8), hint="The largest plan, met exactly.")
    expect((2, 4, 80, 4))
    expect((8, 8, 100, 1))
    expect((2, 65, 20, 1), hint="No plan has 65 GB of RAM: raise ValueError.")
    expect((2, 1, 1281, 1), hint="No plan has 1,281 GB of SSD: raise ValueError.")
    expect((2, 1, 20, 8.5), hint="No plan has 8.5 TB of transfer: raise ValueError.")
    expect((17, 1, 20, 1), hint="No plan has 17 vCPUs: raise ValueError.")

    # The default list serves every call (expect() also checks it is left unchanged).
    for minimums in [(2, 8, 100, 1), (1, 0.5, 10, 1), (2, 2, 60, 3), (1, 0.5, 10, 1)]:
        expect(minimums, hint="The same default list serves every call.")

    # Lists of your own.
    unsorted = [plan("p40", 40, ram=8), plan("p10", 10, ram=2), plan("p25", 25, ram=4),
                plan("p5", 5, ram=0.5)]
    expect((1, 1, 10, 1), unsorted, hint="The list is not sorted by price: the cheapest "
                                         "bundle that fits is p10.")
    expect((1, 3, 10, 1), unsorted, hint="The cheapest plan with at least 3 GB of RAM.")
    ties = [plan("zeta", 12, ram=2), plan("alpha", 12, ram=2), plan("mid", 12, ram=4)]
    expect((1, 1, 10, 1), ties, hint="A tie on price goes to the bundle listed FIRST (zeta), "
                                     "not to the smallest id or the last one.")
    ties_after = [plan("dear", 30, ram=8), plan("b_first", 9, ram=2), plan("a_second", 9, ram=2)]
    expect((1, 2, 10, 1), ties_after, hint="Two bundles at $9: the one listed first wins.")
    cents = [plan("x", 7.99, ram=1), plan("y", 7.989, ram=1), plan("z", 8, ram=1)]
    expect((1, 1, 10, 1), cents, hint="Prices are compared as numbers, cents included.")
    each = [plan("cpu", 5, vcpus=8, ram=1, ssd=20, transfer=1),
            plan("ram", 6, vcpus=2, ram=16, ssd=20, transfer=1),
            plan("ssd", 7, vcpus=2, ram=1, ssd=500, transfer=1),
            plan("net", 8, vcpus=2, ram=1, ssd=20, transfer=9),
            plan("all", 50, vcpus=8, ram=16, ssd=500, transfer=9)]
    expect((4, 1, 10, 1), each, hint="Only 'cpu' and 'all' have 4 vCPUs.")
    expect((1, 8, 10, 1), each, hint="Only 'ram' and 'all' have 8 GB of RAM.")
    expect((1, 1, 100, 1), each, hint="Only 'ssd' and 'all' have 100 GB of SSD.")
    expect((1, 1, 10, 5), each, hint="Only 'net' and 'all' have 5 TB of transfer.")
    expect((4, 8, 10, 1), each, hint="Every minimum must be met by the same bundle.")
    expect((1, 1, 10, 1), [plan("only", 3)], hint="One bundle that fits.")
    expect((1, 1, 10, 1), [], hint="An empty list: nothing fits, raise ValueError.")
    expect((2, 1, 40, 3), [plan("a", 5), plan("b", 6)],
           hint="Neither plan has 3 TB of transfer: raise ValueError.")

    # Random lists against the oracle.
    rng = random.Random(20261126)
    for _ in range(60):
        bundles = [plan(f"b{i}", rng.choice([3.5, 5, 7, 7, 12, 24, 24, 44.5]),
                        vcpus=rng.choice([1, 2, 4]), ram=rng.choice([0.5, 1, 2, 4]),
                        ssd=rng.choice([20, 40, 80]), transfer=rng.choice([1, 2, 3]))
                   for i in range(rng.randint(1, 8))]
        minimums = (rng.choice([0, 1, 2, 3]), rng.choice([0, 0.5, 1, 1.5, 4]),
                    rng.choice([0, 20, 30, 80]), rng.choice([0, 1, 2, 2.5]))
        expect(minimums, bundles)

    # The id comes back, not the bundle (or its price).
    got = call(cheapest, (1, 1, 10, 1), {"bundles": [plan("solo", 3)]})
    if not isinstance(got, str):
        fail("cheapest_bundle(1, 1, 10, 1, bundles=[{'id': 'solo', ...}])", "'solo'",
             short_repr(got), hint="Return the bundle's id (a str), not the bundle itself.")


_hidden_tests()
del _hidden_tests

# --- PYODIDE:post --- #
from awsgrader import stop_watchdog

stop_watchdog()
