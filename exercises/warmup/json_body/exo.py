# --- PYODIDE:env --- #
from awsgrader import Diagnosis, Property, grading_code, start_watchdog
import json

start_watchdog()


@grading_code
def _body_mistakes():
    # Each detector reads what the learner's function gave (a dict, Python text, JSON text
    # whose decoded value is close to the answer...) and speaks only when it recognises in
    # it the answer under its mistake.
    import ast

    def text(case):
        return case.returned and isinstance(case.got, str)

    def decoded(case):
        try:
            return ("ok", json.loads(case.got))
        except ValueError:
            return ("error", None)

    def name_of(case):
        return json.loads(case.args[0])["name"]

    def body_as_dict(case):
        # body["name"] or body.get("name") on the text itself.
        error = str(case.error)
        return ((case.raised(TypeError) and "string indices" in error)
                or (case.raised(AttributeError) and "'str' object has no attribute" in error))

    def a_dict(case):
        return case.returned and case.got == case.expected

    def python_text(case):
        if not text(case) or decoded(case)[0] == "ok":
            return False
        try:
            return ast.literal_eval(case.got) == case.expected
        except (ValueError, SyntaxError):
            return False

    def by_hand(case):
        greeting = case.expected["message"]
        return (text(case) and decoded(case)[0] == "error" and '"' in name_of(case)
                and f'"{greeting}"' in case.got)

    def twice(case):
        if not text(case):
            return False
        ok, value = decoded(case)
        if ok != "ok" or not isinstance(value, str):
            return False
        try:
            return json.loads(value) == case.expected
        except ValueError:
            return False

    def greeting_only(case):
        if not text(case):
            return False
        ok, value = decoded(case)
        return case.got == case.expected["message"] or (ok == "ok"
                                                        and value == case.expected["message"])

    def other_key(case):
        if not text(case):
            return False
        ok, value = decoded(case)
        return (ok == "ok" and isinstance(value, dict) and len(value) == 1
                and "message" not in value
                and list(value.values()) == [case.expected["message"]]
                and f"your key is {list(value)[0]!r}")

    def wording(case):
        # The name is right, the punctuation or spacing around it is not.
        if not text(case):
            return False
        ok, value = decoded(case)
        if ok != "ok" or not isinstance(value, dict) or set(value) != {"message"}:
            return False
        mine, wanted = value["message"], case.expected["message"]

        def letters(words):
            return "".join(c for c in str(words).lower() if c.isalnum())
        return mine != wanted and letters(mine) == letters(wanted) and f"yours is {mine!r}"

    return Diagnosis(
        Property("body-is-text", "the body arrives as JSON text, to decode",
                 "The body is JSON text, not a dict yet: decode it with json.loads(body) "
                 "first, then read [\"name\"] from the dict that gives.",
                 body_as_dict),
        Property("answer-is-text", "the answer is JSON text, not a dict",
                 "Your dict is right, but the response body must be text: return "
                 "json.dumps(your_dict).",
                 a_dict),
        Property("json-not-python", "the answer is JSON, with double quotes",
                 "str() writes a dict the Python way, with single quotes, which is not JSON:"
                 " use json.dumps(your_dict).",
                 python_text),
        Property("json-from-json-dumps", "the answer stays valid JSON whatever the name",
                 "A name with a double quote breaks JSON written by hand (the quote ends the "
                 "text too early): build a dict and let json.dumps write the text.",
                 by_hand),
        Property("encoded-once", "the answer is encoded once",
                 "Your text is JSON of JSON text: it was encoded twice. Call json.dumps "
                 "once, on the dict.",
                 twice),
        Property("a-dict-with-message", "the answer is a JSON object with the key message",
                 "Your greeting is right, but return the JSON text of a dict that holds it "
                 "under the key message: json.dumps({\"message\": greeting}).",
                 greeting_only),
        Property("key-is-message", "the key is message, in lower case",
                 "Your greeting is right, but the key must be exactly message.",
                 other_key),
        Property("greeting-exactly", "the message is Hello, then the name, then !",
                 "The message must read exactly \"Hello, \" + name + \"!\": a comma and one "
                 "space after Hello, and an exclamation mark at the end, nothing else.",
                 wording),
    )


_BODY_MISTAKES = _body_mistakes()
del _body_mistakes


@grading_code
def _check_json(fn, args, wanted, diagnose=_BODY_MISTAKES):
    # Like awsgrader's check, for a result that must be JSON text: any spacing is accepted,
    # what counts is the value the text decodes to.
    from awsgrader import call, difference, explain_result, fail, format_call, short_repr

    label = format_call(getattr(fn, "__name__", "function"), args)
    expected = f"the JSON text of {short_repr(wanted)}"
    printed = []
    got = call(fn, args, label=label, expected_text=expected, diagnose=diagnose,
               expected=wanted, printed=printed)
    if not isinstance(got, str):
        why = f"the result should be a str (JSON text), not a {type(got).__name__}"
    else:
        try:
            why = difference(json.loads(got), wanted, where="the decoded result")
        except ValueError as exc:
            why = f"the result is not valid JSON ({exc})"
    if why:
        found = diagnose(fn, args, {}, wanted, got=got, printed="".join(printed))
        check_line, hint = found or (None, None)
        fail(label, expected, short_repr(got, 200), hint, why, check=check_line,
             plain=explain_result(got, wanted, "".join(printed), fn=fn))
    return got


check = _check_json

# --- PYODIDE:code --- #
import json


def greeting_body(body):
    ...

# --- PYODIDE:corr --- #
import json


def greeting_body(body):
    data = json.loads(body)
    answer = {"message": "Hello, " + data["name"] + "!"}
    return json.dumps(answer)

# --- PYODIDE:tests --- #
# check(function, (inputs,), expected) calls your function and says what went wrong; here
# expected is the dict that your JSON text must decode to (spacing does not matter).
check(greeting_body, ('{"name": "Ada"}',), {"message": "Hello, Ada!"})

# --- PYODIDE:secrets --- #
from awsgrader import grading_code as _grading_code


@_grading_code
def _hidden_tests():
    from awsgrader import require_function

    greet = require_function(globals(), "greeting_body", ["body"])
    # The hints come from the property whose mistake explains the learner's answer (see env).
    for body, name in [
        ('{"name": "Ada"}', "Ada"),
        ('{"name": "Grace", "team": "ops"}', "Grace"),
        ('{"team": "ops", "name": "Linus"}', "Linus"),
        ('{"name":"Zoë"}', "Zoë"),
        ('{"name": "O\\"Brien"}', 'O"Brien'),
        ('{"name": "Ana Lúcia"}', "Ana Lúcia"),
        # A near miss of "other keys are ignored": a key that contains "name".
        ('{"username": "ada99", "name": "Ada"}', "Ada"),
    ]:
        _check_json(greet, (body,), {"message": f"Hello, {name}!"})


_hidden_tests()
del _hidden_tests

# --- PYODIDE:post --- #
from awsgrader import stop_watchdog

stop_watchdog()
