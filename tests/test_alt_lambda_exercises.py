"""Extra checks for the Lambda exercises api_handler, runtime_api and concurrency.

Their alternative correct solutions live in alt_solutions/ and are run by
test_alt_solutions.py; this file checks the grader helpers and the choices the graders make.
"""

import ast
import json
import math
from decimal import Decimal
from fractions import Fraction

import pytest

from awsgrader.apigw import header, is_json_media_type, response_problem, rest_event
from awsgrader.events import load
from awsgrader.facts import apigateway, awslambda
from exercise_runner import discover, validate

EXERCISES = {e.id: e for e in discover()}
GOOD = {"statusCode": 200, "headers": {"Content-Type": "application/json"},
        "body": '{"message": "Hello, Ada!"}'}


def test_rest_event_is_the_real_sample_with_the_request_changed():
    sample = load("api-gateway-rest-proxy-v1")
    event = rest_event("POST", None, body='{"name": "Ada"}')
    assert set(event) == set(sample)
    assert event["requestContext"]["identity"] == sample["requestContext"]["identity"]
    assert event["httpMethod"] == event["requestContext"]["httpMethod"] == "POST"
    assert event["path"] == event["resource"] == "/hello"
    assert event["queryStringParameters"] is None
    assert event["multiValueQueryStringParameters"] is None
    assert event["body"] == '{"name": "Ada"}' and event["isBase64Encoded"] is False
    event = rest_event("GET", {"name": "Ada"})
    assert event["multiValueQueryStringParameters"] == {"name": ["Ada"]}
    assert "body" not in rest_event("POST", drop=("body",))


@pytest.mark.parametrize("response", [
    GOOD,
    {**GOOD, "headers": {"content-type": "application/json; charset=utf-8", "X-Extra": "1"}},
    {**GOOD, "headers": {"CONTENT-TYPE": "Application/JSON"}, "isBase64Encoded": False},
    {**GOOD, "multiValueHeaders": {"Set-Cookie": ["a=1", "b=2"]}},
    {**GOOD, "body": '{"message":"Hello, Ada!"}'},
])
def test_well_formed_responses_are_accepted(response):
    assert response_problem(response) is None


@pytest.mark.parametrize(("response", "words"), [
    ([GOOD], "502"),
    ({**GOOD, "body": {"message": "Hello"}}, "502"),
    ({**GOOD, "cookies": ["a=1"]}, "502"),
    ({"headers": GOOD["headers"], "body": GOOD["body"]}, "502"),
    ({**GOOD, "headers": [("Content-Type", "application/json")]}, "502"),
    ({**GOOD, "body": b"{}"}, "502"),  # Lambda cannot serialise bytes
    ({**GOOD, "statusCode": "200"}, "int"),
    ({**GOOD, "statusCode": True}, "int"),
    ({**GOOD, "body": "Hello"}, "not JSON"),
    ({**GOOD, "body": None}, "string"),
    ({**GOOD, "headers": {}}, "Content-Type"),
    ({**GOOD, "headers": {"Content-Type": "text/plain"}}, "application/json"),
    ({**GOOD, "isBase64Encoded": True}, "base64"),
])
def test_malformed_responses_say_why(response, words):
    problem = response_problem(response)
    assert problem and words in problem, problem


def test_header_lookup_ignores_case():
    assert header({"allow": "GET, POST"}, "Allow") == "GET, POST"
    assert header(None, "Allow") is None
    assert is_json_media_type("application/json;charset=UTF-8")
    assert not is_json_media_type("application/jsonp")


def test_a_body_that_is_a_dict_is_explained_as_a_502():
    ex = EXERCISES["lambda/api_handler"]
    code = (ex.folder / "wrong" / "body_is_a_dict.py").read_text(encoding="utf-8")
    outcome = validate(ex, code, public_tests=False)
    assert f"{apigateway.BAD_PROXY_RESPONSE_STATUS} Bad Gateway" in outcome.message


def _ways(rps, ms):
    floats = [rps * ms / 1000, rps * (ms / 1000), ms / 1000 * rps, rps / 1000 * ms,
              rps * ms * 0.001, rps * (ms * 0.001), ms * 0.001 * rps]
    results = {math.ceil(x) for x in floats}
    results.add(math.ceil(Fraction(rps) * Fraction(ms) / 1000))
    results.add(math.ceil(Decimal(rps) * Decimal(ms) / 1000))
    results.add(math.ceil(Fraction(str(rps)) * Fraction(str(ms)) / 1000))
    return results


def test_float_order_really_can_change_the_ceiling():
    """Why the concurrency grader skips some inputs: this one has two 'right' answers."""
    assert _ways(10, 700) == {7, 8}


def test_every_hand_picked_concurrency_case_is_unambiguous():
    """The hidden tests skip inputs whose answer depends on the float order; none of the
    hand-picked cases may be skipped silently."""
    tree = ast.parse(EXERCISES["lambda/concurrency"].sections["secrets"])
    cases = []
    for node in ast.walk(tree):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                and node.func.id in ("need", "throttled") and len(node.args) >= 2):
            try:
                cases.append((ast.literal_eval(node.args[0]), ast.literal_eval(node.args[1])))
            except ValueError:
                continue  # the random cases and the 15-minute case (a fact) are names
    assert len(cases) > 30
    ambiguous = [c for c in cases if len(_ways(*c)) > 1]
    assert not ambiguous, f"hand-picked cases the grader would skip: {ambiguous}"


def test_runtime_grader_accepts_any_json_spelling():
    ex = EXERCISES["lambda/runtime_api"]
    code = ex.sections["corr"].replace(
        'json.dumps(result).encode("utf-8")',
        'json.dumps(result, ensure_ascii=False, indent=2).encode("utf-8")')
    assert code != ex.sections["corr"]
    assert validate(ex, code).passed


def test_api_handler_grader_accepts_any_body_spelling():
    ex = EXERCISES["lambda/api_handler"]
    code = ex.sections["corr"].replace(
        '"body": json.dumps(payload)}', '"body": json.dumps(payload, indent=1, ensure_ascii=False)}')
    assert code != ex.sections["corr"]
    assert validate(ex, code).passed, validate(ex, code).message


def test_facts_used_by_the_pages_exist():
    assert json.dumps([awslambda.DEFAULT_CONCURRENCY, awslambda.THROTTLE_STATUS,
                       awslambda.UNRESERVED_CONCURRENCY_MIN]) == "[1000, 429, 100]"


def test_solution_notes_repeat_the_facts_correctly():
    """PMT does not run the page macros on *_REM.md files, so their numbers are written out:
    this keeps them equal to the fact sheet."""
    rem = (EXERCISES["lambda/concurrency"].folder / "exo_REM.md").read_text(encoding="utf-8")
    assert f"{awslambda.DEFAULT_CONCURRENCY:,} concurrent executions per Region" in rem
    assert f"**{awslambda.THROTTLE_STATUS}**" in rem
    rem = (EXERCISES["lambda/api_handler"].folder / "exo_REM.md").read_text(encoding="utf-8")
    assert f"**{apigateway.BAD_PROXY_RESPONSE_STATUS} Bad Gateway**" in rem
    assert "{{" not in rem
