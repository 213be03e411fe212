# --- PYODIDE:env --- #
from awsgrader import Diagnosis, Property, bound_check, grading_code, start_watchdog

start_watchdog()


@grading_code
def _order_mistakes():
    # A small model of the ordering, with a switch per mistake. A detector speaks only when
    # the model with its mistake gives the learner's list, and the learner's function gives
    # the mistake's lists on every probe below (small lists of plans where each mistake
    # differs from the right order and from every other mistake).
    def model(plans, name_first=False, ties=True, reverse=False, text_price=False,
              ties_z_to_a=False):
        def key(plan):
            price = str(plan["price"]) if text_price else plan["price"]
            if name_first:
                return (plan["name"], price)
            return (price, plan["name"]) if ties else price
        if ties_z_to_a:
            # Names Z to A first, then a stable sort by price: ties stay Z to A.
            by_name = sorted(plans, key=lambda plan: plan["name"], reverse=True)
            return [plan["name"] for plan in sorted(by_name, key=lambda plan: plan["price"])]
        return [plan["name"] for plan in sorted(plans, key=key, reverse=reverse)]

    def plans(*pairs):
        return [{"name": name, "price": price} for name, price in pairs]

    # (The last one, a tie already in name order, tells price only from ties Z to A.)
    probes = ((plans(("b", 1), ("a", 2)),), (plans(("b", 1), ("a", 1)),),
              (plans(("x", 100), ("y", 99.5)),), (plans(("a", 1), ("b", 2)),),
              (plans(("a", 1), ("b", 1)),))

    def under(**mistake):
        def detect(case):
            if not case.returned or case.got == case.expected:
                return False
            if model(*case.args, **mistake) != case.got:
                return False
            return all(case.probe(*p) == ("ok", model(*p, **mistake)) for p in probes)
        detect.model, detect.mistake, detect.probes = model, mistake, probes
        return detect

    def not_names(case):
        # The plans (dicts) or pairs, in the right order, instead of their names.
        got, names = case.got, case.expected
        if not isinstance(got, list) or len(got) != len(names) or not names:
            return False
        for item, name in zip(got, names):
            if isinstance(item, dict):
                if item.get("name") != name:
                    return False
            elif not isinstance(item, (tuple, list)) or name not in item:
                return False
        return f"it returns {type(got[0]).__name__}s"

    def code_names(code):
        names = set(code.co_names)
        for const in code.co_consts:
            if hasattr(const, "co_names"):
                names |= code_names(const)
        return names

    def sort_returns_none(case):
        # None, for a list of plans too, from a function that calls the list method .sort().
        return (case.returned and case.got is None and case.probe(*probes[0]) == ("ok", None)
                and "sort" in code_names(case.fn.__code__))

    return Diagnosis(
        Property("price-decides-first", "the price decides first, the name only breaks "
                 "ties",
                 "Your function orders by name first (it puts 'a' at 2 before 'b' at 1): "
                 "the key must be the pair (price, name), price first.",
                 under(name_first=True)),
        Property("name-breaks-ties", "plans with the same price are in name order",
                 "Your function sorts by price only, so plans with the same price keep the "
                 "order they came in ('b' before 'a', both at 1): make the key the pair "
                 "(price, name).",
                 under(ties=False)),
        Property("ties-a-to-z", "plans with the same price are in name order, A to Z",
                 "Your function lists plans with the same price from Z to A ('b' before "
                 "'a', both at 1): names go A to Z, so the name must not be in reverse "
                 "order.",
                 under(ties_z_to_a=True)),
        Property("cheapest-first", "the cheapest plan comes first",
                 "Your list is in the opposite order, the most expensive first: sorted "
                 "goes from the smallest key up, so leave out reverse=True.",
                 under(reverse=True)),
        Property("prices-as-numbers", "prices compare as numbers",
                 "Your function compares prices as text, where '100' comes before '99.5' "
                 "(character by character): use the number plan[\"price\"] in the key, "
                 "not str() of it.",
                 under(text_price=True)),
        Property("names-only", "the result is the list of the plans' names",
                 "The order is right, but return the names only: build the list "
                 "[plan[\"name\"] for plan in ordered].",
                 not_names),
        Property("sorted-not-sort", "the function returns a list",
                 "Your function returns None and calls .sort(): .sort() changes the list "
                 "itself and gives back None, so `return x.sort()` returns None. Return "
                 "sorted(...), which gives a new list, or sort first and return the list "
                 "on the next line.",
                 sort_returns_none),
    )


_ORDER_MISTAKES = _order_mistakes()
check, check_raises = bound_check(_ORDER_MISTAKES)
del _order_mistakes

# --- PYODIDE:code --- #
def plan_order(plans):
    ...

# --- PYODIDE:corr --- #
def plan_order(plans):
    def price_then_name(plan):
        return (plan["price"], plan["name"])

    ordered = sorted(plans, key=price_then_name)
    return [plan["name"] for plan in ordered]

# --- PYODIDE:tests --- #
# check(function, (inputs,), expected) calls your function and says what went wrong.
plans = [
    {"name": "medium", "price": 20},
    {"name": "small", "price": 10},
    {"name": "basic", "price": 10},
]
check(plan_order, (plans,), ["basic", "small", "medium"])

# --- PYODIDE:secrets --- #
from awsgrader import grading_code as _grading_code


@_grading_code
def _hidden_tests():
    from awsgrader import check, require_function

    order = require_function(globals(), "plan_order", ["plans"])

    def plans(*pairs):
        return [{"name": name, "price": price} for name, price in pairs]

    # The hints come from the property whose mistake explains the learner's list (see env).
    mistakes = _ORDER_MISTAKES
    cases = [
        (plans(("medium", 20), ("small", 10), ("basic", 10)), ["basic", "small", "medium"]),
        (plans(("b", 3), ("a", 1), ("c", 2)), ["a", "c", "b"]),
        (plans(("zeta", 5), ("alpha", 5), ("mid", 5)), ["alpha", "mid", "zeta"]),
        (plans(("big", 40), ("small", 3.5), ("tiny", 3.5)), ["small", "tiny", "big"]),
        (plans(("x", 99.5), ("y", 100)), ["x", "y"]),
        (plans(("b", 7), ("a", 12)), ["b", "a"]),
        ([], []),
        (plans(("only", 8)), ["only"]),
        (plans(("pro", 100), ("plus", 99.5), ("mini", 5)), ["mini", "plus", "pro"]),
    ]
    for args, expected in cases:
        check(order, (args,), expected, diagnose=mistakes)


_hidden_tests()
del _hidden_tests

# --- PYODIDE:post --- #
from awsgrader import stop_watchdog

stop_watchdog()
