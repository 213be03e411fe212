"""A headline or hint names a cause only when the learner's code has it (issue 18, item 2).

Each case is a mistake described in the issue, written here as a learner would: the message
must reject it without naming a cause its code does not have.
"""

import pytest

from exercise_runner import discover, validate

EXERCISES = {e.id: e for e in discover()}
FORGOT = "did you forget `return`"

NO_DEFAULT_ROUTE = EXERCISES["apigateway/route_match"].sections["corr"].replace(
    '    if best is None and "$default" in routes:\n        return ("$default", {})\n', "")

CASES = [
    # A router that returns None where ('$default', {}) was due: it returns values elsewhere.
    ("apigateway/route_match", NO_DEFAULT_ROUTE, [FORGOT]),
    # A try/except KeyError that returns None: no .get, and a return with a value.
    ("warmup/any_case_header",
     "def get_header(headers, name):\n    try:\n        return headers[name]\n"
     "    except KeyError:\n        return None\n",
     [FORGOT, ".get without a second value"]),
    ("warmup/missing_header",
     "def user_agent(headers):\n    try:\n        return headers['User-Agent']\n"
     "    except KeyError:\n        return None\n",
     [FORGOT, ".get without a second value"]),
    # An empty-dict special case, without a loop.
    ("warmup/bill_total",
     "def total_bill(costs):\n    if not costs:\n        return None\n"
     "    return sum(costs.values())\n",
     [FORGOT, "the loop never runs"]),
    # A lookup that tries two spellings.
    ("warmup/missing_header",
     "def user_agent(headers):\n    return headers.get('User-Agent') or headers.get('user-agent')\n",
     [FORGOT]),
]


def _without_line(exercise_id, start):
    corr = EXERCISES[exercise_id].sections["corr"]
    lines = corr.splitlines(keepends=True)
    kept = [line for line in lines if not line.lstrip().startswith(start)]
    assert len(kept) == len(lines) - 1, f"{exercise_id}: no single line starts with {start!r}"
    return "".join(kept)


CASES += [
    # A fallback that answers Amazon Lightsail instead of Amazon EC2: rule 1 is right.
    ("compute/choose_service",
     EXERCISES["compute/choose_service"].sections["corr"].replace(
         '    return "Amazon EC2"', '    return "Amazon Lightsail"'),
     ["rule 1"]),
    # A table without its 16 vCPU row: nothing about bounds being included.
    ("fargate/task_size", _without_line("fargate/task_size", "16384:"), ["both included"]),
]


@pytest.mark.parametrize("exercise_id,code,unsaid", CASES,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_no_cause_the_code_does_not_have(exercise_id, code, unsaid):
    outcome = validate(EXERCISES[exercise_id], code)
    assert not outcome.passed, "the mistake passes"
    for words in unsaid:
        assert words not in outcome.message, (
            f"the message names {words!r}, which the code does not have:\n{outcome.message}")


def test_a_function_without_return_is_still_told_so():
    outcome = validate(EXERCISES["warmup/bill_total"],
                       "def total_bill(costs):\n    total = 0\n    for name in costs:\n"
                       "        total = total + costs[name]\n")
    assert outcome.message.startswith("Your function returned None: did you forget `return`?")


def test_returning_an_in_place_sort_is_named():
    outcome = validate(EXERCISES["warmup/sort_two_keys"],
                       "def plan_order(plans):\n    names = [p['name'] for p in plans]\n"
                       "    return names.sort()\n")
    assert "the result of .sort(...), which changes the object in place" in outcome.message, (
        outcome.message)
    assert FORGOT not in outcome.message
