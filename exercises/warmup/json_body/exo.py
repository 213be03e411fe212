# --- PYODIDE:env --- #
from awsgrader import start_watchdog
import json

start_watchdog()

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
# call(function, (inputs,)) calls your function and says what went wrong if it fails.
from awsgrader import call

got = call(greeting_body, ('{"name": "Ada"}',))
assert isinstance(got, str), f"expected a str (JSON text), got a {type(got).__name__}: {got!r}"
try:
    decoded = json.loads(got)
except ValueError:
    decoded = "not JSON"
assert decoded == {"message": "Hello, Ada!"}, (
    f'expected the JSON text of {{"message": "Hello, Ada!"}}, got {got!r} ({decoded})')

# --- PYODIDE:secrets --- #
def _hidden_tests():
    import json
    from awsgrader import call, difference, explain_result, fail, format_call, require_function

    greet = require_function(globals(), "greeting_body", ["body"])

    def check_json(body, name, hint):
        wanted = {"message": f"Hello, {name}!"}
        label = format_call("greeting_body", (body,))
        expected = f"a JSON str of {wanted!r}"
        printed = []
        got = call(greet, (body,), label=label, expected_text=expected, hint=hint,
                   printed=printed)
        if not isinstance(got, str):
            fail(label, expected, repr(got)[:200], hint,
                 why=f"the result should be a str (JSON text), not a {type(got).__name__}",
                 plain=explain_result(got, expected, "".join(printed)))
        try:
            decoded = json.loads(got)
        except ValueError as exc:
            fail(label, expected, repr(got)[:200], hint,
                 why=f"the result is not valid JSON ({exc}): build it with json.dumps")
        why = difference(decoded, wanted, where="the decoded result")
        if why:
            fail(label, expected, repr(got)[:200], hint, why)

    check_json('{"name": "Ada"}', "Ada", "Read the name with json.loads, answer with json.dumps.")
    check_json('{"name": "Grace", "team": "ops"}', "Grace", "Other keys in the body are ignored.")
    check_json('{"team": "ops", "name": "Linus"}', "Linus", "The name may come after other keys.")
    check_json('{"name":"Zoë"}', "Zoë", "Any characters: json.dumps takes care of them.")
    check_json('{"name": "O\\"Brien"}', 'O"Brien',
               'A name with a double quote: only json.dumps writes it correctly.')
    check_json('{"name": "Ana Lúcia"}', "Ana Lúcia", "Spaces are part of the name.")


_hidden_tests()
del _hidden_tests

# --- PYODIDE:post --- #
from awsgrader import stop_watchdog

stop_watchdog()
