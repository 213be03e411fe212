# --- PYODIDE:env --- #
import copy as _copy

from awsgrader import Diagnosis, Property, bound_check, grading_code, start_watchdog
from awsgrader.facts import lightsail as _lightsail

start_watchdog()

# The dual-stack Linux plans of us-east-1, from the site's fact sheet (the table in the
# statement). A copy, so that nothing done to it here outlives this run.
LINUX_BUNDLES = _copy.deepcopy(_lightsail.LINUX_BUNDLES)
del _lightsail


@grading_code
def _bundle_mistakes():
    # The properties the tests check, each with the mistake that breaks it. A detector
    # recomputes the answer under its mistake with a variant of a small model and speaks
    # only when that gives the learner's answer, and the learner's function also gives the
    # mistake's answers on small lists where that mistake shows.
    import copy
    import math
    from fractions import Fraction
    from awsgrader import learner_call
    from awsgrader.facts import lightsail as facts

    keys = ("vcpus", "ram_gb", "ssd_gb", "transfer_tb")

    def model(min_vcpus, min_ram_gb, min_ssd_gb, min_transfer_tb, bundles=None,
              mistake=None):
        bundles = facts.LINUX_BUNDLES if bundles is None else bundles
        minimums = (min_vcpus, min_ram_gb, min_ssd_gb, min_transfer_tb)

        def fits(b):
            pairs = [(Fraction(str(b[k])), Fraction(str(m))) for k, m in zip(keys, minimums)]
            if mistake == "strict":
                return all(have > need for have, need in pairs)
            if mistake == "int":
                return all(int(have) >= need for have, need in pairs)
            return all(have >= need for k, (have, need) in zip(keys, pairs)
                       if mistake != f"ignores_{k}")

        fitting = [b for b in bundles if fits(b)]
        if not fitting:
            return None                               # ValueError
        if mistake == "first_fit":
            return fitting[0]["id"]
        if mistake == "tie_last":
            fitting = fitting[::-1]
        if mistake == "tie_id":
            fitting = sorted(fitting, key=lambda b: b["id"])
        return sorted(fitting, key=lambda b: b["price_usd"])[0]["id"]

    def outcome(kind, value):
        if kind == "error":
            return ("error", None) if isinstance(value, ValueError) else ("other", None)
        return (kind, value)

    def under(*probes, **mistake):
        def detect(case):
            if case.returned:
                got = ("ok", case.got)
            else:
                got = outcome("error", case.error)
            wrong = model(*case.args, **case.kwargs, **mistake)
            if wrong == case.expected or got != (("error", None) if wrong is None
                                                  else ("ok", wrong)):
                return False
            shows = False
            for probe in probes:
                wrong = model(*probe, **mistake)
                if outcome(*case.probe(*probe)) != (("error", None) if wrong is None
                                                   else ("ok", wrong)):
                    return False
                shows = shows or wrong != model(*probe)
            return shows
        detect.model, detect.mistake, detect.probes = model, mistake, probes
        return detect

    def plan(name, price, vcpus=2, ram=1, ssd=40, transfer=2):
        return {"id": name, "price_usd": price, "vcpus": vcpus, "ram_gb": ram,
                "ssd_gb": ssd, "transfer_tb": transfer}

    def list_changed(case):
        shown = globals().get("LINUX_BUNDLES")
        if shown != facts.LINUX_BUNDLES:
            return "LINUX_BUNDLES no longer holds the table: an earlier call changed it"
        # Call the function on a copy of the list it was given, and compare.
        given = copy.deepcopy(bundles_of(case))
        try:
            learner_call(case.fn, *copy.deepcopy(case.args[:4]), copy.deepcopy(given))
        except Exception:
            pass
        mine = copy.deepcopy(given)
        try:
            learner_call(case.fn, *copy.deepcopy(case.args[:4]), mine)
        except Exception:
            pass
        return mine != given and "your function changes the list it is given"

    def the_bundle(case):
        got = case.got
        if isinstance(got, dict) and got.get("id") == case.expected:
            return "your function returned the bundle's dict"
        found = [b for b in bundles_of(case) if b["id"] == case.expected]
        if found and not isinstance(got, bool) and got == found[0]["price_usd"]:
            return "your function returned the bundle's price"
        return False

    def expected_bundle(case):
        found = [b for b in bundles_of(case) if b["id"] == case.expected]
        return found[0] if found and not case.raises else None

    def refuses_alone(case, bundle):
        # The learner's function, given this bundle alone, does not pick it.
        return case.probe(*case.args[:4], [bundle]) != ("ok", bundle["id"])

    def exact_minimum_refused(case):
        bundle = expected_bundle(case)
        if bundle is None or not refuses_alone(case, bundle):
            return False
        for k, m in zip(keys, case.args[:4]):
            if Fraction(str(bundle[k])) == Fraction(str(m)):
                # A little more (not a whole unit: int() of 0.5 would still be 0).
                more = dict(bundle, **{k: bundle[k] + 0.001})
                if not refuses_alone(case, more):
                    return (f"your function refuses {bundle['id']!r}, whose {k} equals "
                            f"min_{k}, and takes it with 0.001 more")
        return False

    def price_refused(case):
        # The expected bundle, alone in a list, is refused at its price and taken at a low
        # one: the learner's function refuses a bundle that fits because of what it costs.
        bundle = expected_bundle(case)
        if (bundle is None or not isinstance(bundle["price_usd"], (int, float))
                or bundle["price_usd"] <= 5 or not refuses_alone(case, bundle)):
            return False

        def taken(price):
            return not refuses_alone(case, dict(bundle, price_usd=price))

        if not taken(5):
            return False
        # The lowest whole price it refuses, between $5 and the bundle's price.
        low, high = 5, math.ceil(bundle["price_usd"])
        if taken(high):
            return False
        while high - low > 1:
            middle = (low + high) // 2
            low, high = (middle, high) if taken(middle) else (low, middle)
        return (f"your function takes {bundle['id']!r} alone at ${low} and refuses it at "
                f"${high}")

    def zero_refused(case):
        # ValueError for minimums with a zero among them, and the expected answer once each
        # zero is replaced by a tiny amount that every bundle has.
        minimums = case.args[:4]
        if not refused_a_fitting_request(case) or 0 not in minimums:
            return False
        tiny = tuple(0.001 if m == 0 else m for m in minimums)
        return (case.probe(*tiny, *case.args[4:], **case.kwargs) == ("ok", case.expected)
                and f"your function answers {case.expected!r} for minimums {tiny!r}")

    def fitting_refused(case):
        bundle = expected_bundle(case)
        return (bundle is not None and refuses_alone(case, bundle)
                and f"your function refuses {bundle['id']!r} in a list of its own")

    def bundles_of(case):
        return case.kwargs.get("bundles", case.args[4] if len(case.args) > 4
                               else facts.LINUX_BUNDLES)

    def answer(test):
        def detect(case):
            if not case.returned or not isinstance(case.got, str) or case.raises:
                return False
            found = [b for b in bundles_of(case) if b["id"] == case.got]
            return bool(found) and test(case.args[:4], found[0], bundles_of(case), case)
        return detect

    def not_from_the_list(case):
        return (case.returned and isinstance(case.got, str) and not case.raises
                and case.got not in [b["id"] for b in bundles_of(case)]
                and f"{case.got!r} is not in the list given")

    def tie_lost(minimums, bundle, bundles, case):
        ids = [b["id"] for b in bundles]
        best = bundles[ids.index(case.expected)]
        return (bundle["price_usd"] == best["price_usd"] and ids.index(bundle["id"]) >
                ids.index(best["id"]) and f"{best['id']!r} costs the same and comes first")

    def too_small(minimums, bundle, bundles, case):
        short = [k for k, m in zip(keys, minimums) if Fraction(str(bundle[k])) <
                 Fraction(str(m))]
        return short and f"{bundle['id']} has {short[0]} = {bundle[short[0]]!r}, below the " \
                         f"minimum"

    def dearer(minimums, bundle, bundles, case):
        best = [b for b in bundles if b["id"] == case.expected][0]
        return bundle["price_usd"] > best["price_usd"] and (
            f"{best['id']} fits and costs {best['price_usd']!r}, less than "
            f"{bundle['price_usd']!r}")

    def either(*detectors):
        def detect(case):
            for part in detectors:
                found = part(case)
                if found:
                    return found
            return False
        detect.parts = detectors
        return detect

    def returned_instead_of_raising(case):
        return case.raises is ValueError and case.returned

    def refused_a_fitting_request(case):
        return case.raises is None and case.raised(ValueError)

    probe_ties = ((1, 1, 10, 1, [plan("b", 5), plan("a", 5)]),
                  (1, 1, 10, 1, [plan("a", 5), plan("b", 5)]))
    names = {"vcpus": "vCPUs", "ram_gb": "RAM", "ssd_gb": "SSD", "transfer_tb": "transfer"}
    bigger = {"vcpus": dict(vcpus=4), "ram_gb": dict(ram=2), "ssd_gb": dict(ssd=80),
              "transfer_tb": dict(transfer=3)}
    needs = {"vcpus": (4, 1, 10, 1), "ram_gb": (1, 2, 10, 1), "ssd_gb": (1, 1, 80, 1),
             "transfer_tb": (1, 1, 10, 3)}

    def ignores(k):
        probe = (*needs[k], [plan("small", 5), plan("big", 9, **bigger[k])])
        return Property(
            f"meets-the-{names[k].lower()}-minimum",
            f"a bundle fits only if its {k} is at least min_{k}",
            f"Your answers are those you get without the {k} minimum (your function "
            f"also picks 'small' for cheapest_bundle{needs[k]} on a list where only 'big' "
            f"has enough {names[k]}): check all four minimums.",
            under(probe, mistake=f"ignores_{k}"))

    return Diagnosis(
        Property("list-left-unchanged", "the list of bundles given (by default "
                 "LINUX_BUNDLES) is left as it is",
                 "Do not remove, reorder or change the bundles of the list you are given: "
                 "work on a new list. The default argument is one list shared by every "
                 "call.", list_changed),
        Property("returns-the-id", "the answer is the bundle's id (a str)",
                 "Return the bundle's id, bundle['id'], not the bundle or its price.",
                 the_bundle),
        Property("decimals-count", "the bundles' values are compared as they are, decimals "
                 "included",
                 "Your answers are those of values turned into whole numbers (your function "
                 "also refuses a 0.5 GB bundle for min_ram_gb=0.4): compare without int().",
                 under((1, 0.4, 10, 1, [plan("half", 5, ram=0.5), plan("one", 6)]),
                       mistake="int")),
        Property("a-minimum-met-exactly-fits", "a minimum met exactly fits (>=)",
                 "A bundle that has exactly the minimum fits: use >=, not a strict comparison "
                 "(>).",
                 either(under((2, 1, 40, 2, [plan("a", 5)]), mistake="strict"),
                        exact_minimum_refused)),
        *[ignores(k) for k in keys],
        Property("cheapest-not-first", "the answer is the cheapest bundle that fits, "
                 "wherever it is in the list",
                 "Your answers are the first bundle of the list that fits (your function "
                 "also picks 'dear' from [dear $9, cheap $5]): look at every bundle and "
                 "keep the cheapest.",
                 under((1, 1, 10, 1, [plan("dear", 9), plan("cheap", 5)]),
                       mistake="first_fit")),
        Property("replace-only-when-cheaper", "on a price tie, the bundle listed first "
                 "wins: a later one replaces it only when strictly cheaper",
                 "Your answers keep the LAST of equally cheap bundles (your function also "
                 "picks 'b' from [a $5, b $5]): replace the best one only when a bundle is "
                 "strictly cheaper (<, not <=).",
                 under(*probe_ties, mistake="tie_last")),
        Property("tie-by-position-not-id", "on a price tie, the position in the list "
                 "decides, not the id",
                 "Your answers break a price tie by id (your function also picks 'a' from "
                 "[b $5, a $5]): keep the one listed first.",
                 under(*probe_ties, mistake="tie_id")),
        Property("tie-goes-to-the-first-listed", "on a price tie, the bundle listed first "
                 "wins", "Among the bundles that fit at the lowest price, return the one "
                 "listed first, whatever its other values.", answer(tie_lost)),
        Property("nothing-fits-raises", "when no bundle fits, cheapest_bundle raises "
                 "ValueError",
                 "Raise ValueError when no bundle meets all four minimums, instead of "
                 "returning a value.", returned_instead_of_raising),
        Property("any-price-fits", "a bundle that fits can be the answer whatever its "
                 "price", "Your function refuses a bundle that fits once its price is high "
                 "enough: the cheapest bundle that fits is the answer whatever it costs, "
                 "$1,000 or more included.", price_refused),
        Property("zero-minimum-is-met", "a minimum of 0 is met by every bundle",
                 "Your function raised ValueError for minimums with a 0 among them: a "
                 "minimum of 0 asks for nothing, and every bundle meets it.", zero_refused),
        Property("something-fits", "when a bundle fits, its id comes back, not ValueError",
                 "Your function raised ValueError although a bundle fits: compare your "
                 "conditions with the statement.", refused_a_fitting_request),
        Property("answer-from-the-list", "the answer is the id of a bundle of the list "
                 "given", "Look for the answer in the `bundles` argument (LINUX_BUNDLES is "
                 "only its default).", not_from_the_list),
        Property("a-fitting-bundle-is-kept", "a bundle that meets all four minimums fits",
                 "Your function refuses a bundle that meets every minimum: check each "
                 "comparison against its minimum (the bundle's value >= the minimum).",
                 fitting_refused),
        Property("answer-fits", "the answer meets all four minimums",
                 "Your answer does not meet a minimum: check each of the four.",
                 answer(too_small)),
        Property("answer-is-the-cheapest", "no bundle that fits is cheaper than the answer",
                 "A cheaper bundle fits: compare the prices of every bundle that fits.",
                 answer(dearer)),
    )


_BUNDLE_MISTAKES = _bundle_mistakes()
_check, _check_raises = bound_check(_BUNDLE_MISTAKES)
del _bundle_mistakes


@grading_code
def _table_unchanged(fn, args, kwargs):
    # The default list serves every call: after a call, it must still be the table.
    from awsgrader import fail, format_call, short_repr
    from awsgrader.facts import lightsail as facts

    shown = globals().get("LINUX_BUNDLES")
    if shown != facts.LINUX_BUNDLES:
        prop = _BUNDLE_MISTAKES["list-left-unchanged"]
        fail(format_call(getattr(fn, "__name__", "function"), args, kwargs)
             + " changed LINUX_BUNDLES", "the table unchanged", short_repr(shown, 400),
             prop.hint, check=f"{prop.id}: {prop.rule}")


@grading_code
def check(fn, args=(), expected=None, kwargs=None, **options):
    """Call your function with args and compare with expected; the default list must stay
    as the table shows it."""
    got = _check(fn, args, expected, kwargs, **options)
    _table_unchanged(fn, args, kwargs)
    return got


@grading_code
def check_raises(fn, args=(), kwargs=None, exc_type=ValueError, **options):
    """Call your function with args and expect it to raise exc_type."""
    _check_raises(fn, args, kwargs, exc_type, **options)
    _table_unchanged(fn, args, kwargs)


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
# (check also makes sure that LINUX_BUNDLES, the default list of every call, stays as the
# table shows it.)
# A small site: 1 vCPU, 1 GB of RAM, 30 GB of disk, 1 TB of transfer a month.
check(cheapest_bundle, (1, 1, 30, 1), "micro_3_0")
# 4 vCPUs: only the larger plans have them.
check(cheapest_bundle, (4, 2, 50, 2), "xlarge_3_0")
# A list of your own: the cheapest that fits, not the first one.
mine = [
    {"id": "big", "price_usd": 40, "vcpus": 4, "ram_gb": 8, "ssd_gb": 100, "transfer_tb": 4},
    {"id": "small", "price_usd": 10, "vcpus": 2, "ram_gb": 2, "ssd_gb": 50, "transfer_tb": 2},
]
check(cheapest_bundle, (2, 2, 50, 1), "small", {"bundles": mine})
# Nothing has 64 vCPUs.
check_raises(cheapest_bundle, (64, 1, 1, 1), exc_type=ValueError)

# --- PYODIDE:secrets --- #
from awsgrader import grading_code as _grading_code


@_grading_code
def _hidden_tests():
    import random
    from fractions import Fraction
    from awsgrader import check, check_raises, fail, require_function, short_repr
    from awsgrader.facts import lightsail as facts

    cheapest = require_function(globals(), "cheapest_bundle", [
        "min_vcpus", "min_ram_gb", "min_ssd_gb", "min_transfer_tb", "bundles"])
    table = facts.LINUX_BUNDLES
    keys = ("vcpus", "ram_gb", "ssd_gb", "transfer_tb")

    exact_values = {}

    def exact(value):
        # The decimal the value is written as, exactly (0.1 is 1/10); each value is read once.
        key = (type(value), value)
        if key not in exact_values:
            exact_values[key] = Fraction(str(value))
        return exact_values[key]

    def oracle(minimums, bundles):
        # Sort by price, keeping the list's order on a tie (sorted() is stable).
        fitting = [b for b in bundles
                   if all(exact(b[k]) >= exact(m) for k, m in zip(keys, minimums))]
        return sorted(fitting, key=lambda b: b["price_usd"])[0]["id"] if fitting else None

    def label(minimums, bundles):
        args = ", ".join(map(repr, minimums))
        if bundles is None:
            return f"cheapest_bundle({args})  [default bundles: LINUX_BUNDLES]"
        return f"cheapest_bundle({args}, bundles={short_repr(bundles, 700)})"

    mistakes = _BUNDLE_MISTAKES

    def expect(minimums, bundles=None, note=None):
        # `note` says what the case is about, for whoever reads this grader. It is never
        # shown: the message's hint comes from the property whose mistake explains the
        # learner's answer (see the env section), never from the case.
        expected = oracle(minimums, table if bundles is None else bundles)
        kwargs = {} if bundles is None else {"bundles": bundles}
        if expected is None:
            check_raises(cheapest, minimums, kwargs, ValueError, diagnose=mistakes,
                         label=lambda: label(minimums, bundles),
                         why="no bundle meets all four minimums")
        else:
            check(cheapest, minimums, expected, kwargs, diagnose=mistakes,
                  label=lambda: label(minimums, bundles))
        if bundles is None:
            unchanged(lambda: label(minimums, bundles))

    def unchanged(after):
        shown = globals().get("LINUX_BUNDLES")
        if shown != table:
            prop = mistakes["list-left-unchanged"]
            fail(f"{after()} changed LINUX_BUNDLES", "the table unchanged",
                 short_repr(shown, 400), prop.hint, check=f"{prop.id}: {prop.rule}")

    def plan(name, price, vcpus=2, ram=1, ssd=40, transfer=2):
        return {"id": name, "price_usd": price, "vcpus": vcpus, "ram_gb": ram,
                "ssd_gb": ssd, "transfer_tb": transfer}

    # Changed by the public tests (their check() reports it at once) or by code outside
    # the function.
    unchanged(lambda: "cheapest_bundle(...) before the hidden tests:")

    # The real table (the default argument).
    expect((0, 0, 0, 0), note="Zero minimums: every plan fits, so the cheapest of all.")
    expect((2, 0.5, 20, 1), note="Exactly the smallest plan's specs: a minimum that is met "
                                 "exactly fits.")
    expect((1, 0.6, 10, 1), note="0.6 GB of RAM is more than the $5 plan's 512 MB (0.5 GB).")
    expect((2, 1, 41, 1), note="41 GB of SSD is one more than the $7 plan has.")
    expect((2, 1, 40, 2.5), note="Fractional minimum: 2.5 TB of transfer needs the 3 TB plan.")
    expect((3, 1, 20, 1), note="3 vCPUs: the plans below $84 have 2.")
    expect((16, 64, 1280, 8), note="The largest plan, met exactly.")
    expect((2, 4, 80, 4))
    expect((8, 8, 100, 1))
    expect((2, 65, 20, 1), note="No plan has 65 GB of RAM: raise ValueError.")
    expect((2, 1, 1281, 1), note="No plan has 1,281 GB of SSD: raise ValueError.")
    expect((2, 1, 20, 8.5), note="No plan has 8.5 TB of transfer: raise ValueError.")
    expect((17, 1, 20, 1), note="No plan has 17 vCPUs: raise ValueError.")

    # The default list serves every call (expect() also checks it is left unchanged).
    for minimums in [(2, 8, 100, 1), (1, 0.5, 10, 1), (2, 2, 60, 3), (1, 0.5, 10, 1)]:
        expect(minimums, note="The same default list serves every call.")

    # Lists of your own.
    unsorted = [plan("p40", 40, ram=8), plan("p10", 10, ram=2), plan("p25", 25, ram=4),
                plan("p5", 5, ram=0.5)]
    expect((1, 1, 10, 1), unsorted, note="The list is not sorted by price: the cheapest "
                                         "bundle that fits is p10.")
    expect((1, 3, 10, 1), unsorted, note="The cheapest plan with at least 3 GB of RAM.")
    ties = [plan("zeta", 12, ram=2), plan("alpha", 12, ram=2), plan("mid", 12, ram=4)]
    expect((1, 1, 10, 1), ties, note="A tie on price goes to the bundle listed FIRST (zeta), "
                                     "not to the smallest id or the last one.")
    richer_later = [plan("first", 12, vcpus=2, ram=2), plan("richer", 12, vcpus=4, ram=8)]
    expect((1, 1, 10, 1), richer_later, note="A tie on price goes to the bundle listed first, "
                                             "even when a later one has more resources.")
    ties_after = [plan("dear", 30, ram=8), plan("b_first", 9, ram=2), plan("a_second", 9, ram=2)]
    expect((1, 2, 10, 1), ties_after, note="Two bundles at $9: the one listed first wins.")
    cents = [plan("x", 7.99, ram=1), plan("y", 7.989, ram=1), plan("z", 8, ram=1)]
    expect((1, 1, 10, 1), cents, note="Prices are compared as numbers, cents included.")
    dear = [plan("tiny", 5), plan("metal", 2400, vcpus=64, ram=256, ssd=2000, transfer=10),
            plan("big", 1000, vcpus=48, ram=192, ssd=1500, transfer=9)]
    expect((32, 128, 1000, 8), dear, note="Only bundles of $1,000 or more fit: the cheaper "
                                          "of them, whatever the price.")
    expect((1, 1, 10, 1), [plan("rich", 125000.5)], note="One bundle that fits, at any "
                                                          "price.")
    each = [plan("cpu", 5, vcpus=8, ram=1, ssd=20, transfer=1),
            plan("ram", 6, vcpus=2, ram=16, ssd=20, transfer=1),
            plan("ssd", 7, vcpus=2, ram=1, ssd=500, transfer=1),
            plan("net", 8, vcpus=2, ram=1, ssd=20, transfer=9),
            plan("all", 50, vcpus=8, ram=16, ssd=500, transfer=9)]
    expect((4, 1, 10, 1), each, note="Only 'cpu' and 'all' have 4 vCPUs.")
    expect((1, 8, 10, 1), each, note="Only 'ram' and 'all' have 8 GB of RAM.")
    expect((1, 1, 100, 1), each, note="Only 'ssd' and 'all' have 100 GB of SSD.")
    expect((1, 1, 10, 5), each, note="Only 'net' and 'all' have 5 TB of transfer.")
    expect((4, 8, 10, 1), each, note="Every minimum must be met by the same bundle.")
    expect((1, 1, 10, 1), [plan("only", 3)], note="One bundle that fits.")
    expect((1, 1, 10, 1), [], note="An empty list: nothing fits, raise ValueError.")
    expect((2, 1, 40, 3), [plan("a", 5), plan("b", 6)],
           note="Neither plan has 3 TB of transfer: raise ValueError.")

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
    expect((1, 1, 10, 1), [plan("solo", 3)])


_hidden_tests()
del _hidden_tests

# --- PYODIDE:post --- #
from awsgrader import stop_watchdog

stop_watchdog()
