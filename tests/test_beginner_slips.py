"""The six most common beginner slips, derived from every exercise's reference solution, must
each be rejected by the hidden tests with one line in plain words before anything else.

For the first function the hidden tests ask for (``require_function``), the reference is
changed automatically into:

* ``no_return``: every ``return X`` becomes ``X`` (the function gives None);
* ``print``: every ``return X`` becomes ``print(X)``;
* ``misspelt``: the first use of the first parameter is misspelt (NameError);
* ``extra_parameter``: the ``def`` line gets one more parameter;
* ``str_number``: every ``return X`` becomes ``return str(X)``, when a number is expected;
* ``indentation``: the first line of the function's body is not indented (IndentationError).

The indentation slip never reaches the hidden tests: Python refuses to compile the code
before any exercise code runs. In the browser, ``start_watchdog`` (called by every exercise's
``env``) has put awsgrader's ``syntax_help`` in front of Pyodide's ``compile``, which prints
one plain-words line just before Python's own message (checked in Chromium by
``tests/browser/test_warmup_beginner.py``). Here the test checks that the slip is reported at
that step with a line number, and that ``syntax_help`` explains it in plain words.
"""

import ast
import re

import pytest

from awsgrader import syntax_help
from exercise_runner import discover, validate

EXERCISES = discover()
SLIPS = ["no_return", "print", "misspelt", "extra_parameter", "str_number", "indentation"]
PLAIN = {
    "no_return": "Your function returned None: did you forget `return`?",
    # A grader that calls the function directly (not through awsgrader.call) cannot see what
    # it printed: it still says that the function returned None and why.
    "print": ("but returned None: use `return`", "returned None: did you forget `return`?"),
    "misspelt": "is not defined: check the spelling",
    "extra_parameter": "parameters (",
    "str_number": "instead of a number",
}
REQUIRED = re.compile(r"""require_function\(\s*globals\(\),\s*["'](\w+)["']""")
NUMBER = re.compile(r"^  expected: -?\d[\d_]*(\.\d+)?(e[-+]?\d+)?$", re.M)


def target_function(ex):
    found = REQUIRED.search(ex.sections["secrets"])
    return found.group(1) if found else None


class _Returns(ast.NodeTransformer):
    """Rewrites the ``return X`` statements of one function (not of functions nested in it)."""

    def __init__(self, make):
        self.make = make
        self.count = 0

    def visit_FunctionDef(self, node):  # nested functions keep their returns
        return node

    visit_AsyncFunctionDef = visit_FunctionDef
    visit_Lambda = visit_FunctionDef

    def visit_Return(self, node):
        if node.value is None or (isinstance(node.value, ast.Constant) and node.value.value is None):
            return node
        self.count += 1
        return ast.copy_location(self.make(node.value), node)


def _function(tree, name):
    return next((n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == name), None)


def make_slip(ex, slip):
    """The reference with ``slip`` applied, or raise pytest.skip saying why it does not apply."""
    name = target_function(ex)
    if name is None:
        pytest.skip("the hidden tests do not name one function with require_function")
    tree = ast.parse(ex.sections["corr"])
    fn = _function(tree, name)
    if fn is None:
        pytest.skip(f"{name} is not a top-level function of the reference")

    if slip in ("no_return", "print", "str_number"):
        rewriter = _Returns(lambda v: ast.Return(v))
        for stmt in ast.parse(ast.unparse(fn)).body[0].body:
            rewriter.visit(stmt)
        if not rewriter.count:
            pytest.skip(f"{name} returns no value (it acts through its arguments)")
        # The reference computes the result under another name; the learner's function, with
        # the same parameters, then forgets to return it, prints it, or returns it as text.
        # (Removing the `return` lines themselves would change the control flow.)
        wrapper = ast.parse(ast.unparse(fn)).body[0]
        fn.name = f"_{name}_reference"
        a = wrapper.args
        call = ast.Call(
            ast.Name(fn.name, ast.Load()),
            [ast.Name(x.arg, ast.Load()) for x in a.posonlyargs + a.args]
            + ([ast.Starred(ast.Name(a.vararg.arg, ast.Load()), ast.Load())] if a.vararg else []),
            [ast.keyword(x.arg, ast.Name(x.arg, ast.Load())) for x in a.kwonlyargs]
            + ([ast.keyword(None, ast.Name(a.kwarg.arg, ast.Load()))] if a.kwarg else []))
        body = {
            "no_return": ast.Expr(call),
            "print": ast.Expr(ast.Call(ast.Name("print", ast.Load()), [call], [])),
            "str_number": ast.Return(ast.Call(ast.Name("str", ast.Load()), [call], [])),
        }[slip]
        wrapper.body = [body]
        wrapper.decorator_list = []
        tree.body.append(wrapper)
        return ast.unparse(ast.fix_missing_locations(tree))

    if slip == "misspelt":
        params = [a.arg for a in fn.args.posonlyargs + fn.args.args]
        if not params:
            pytest.skip(f"{name} has no parameter to misspell")
        first = params[0]
        if any(isinstance(n, ast.ExceptHandler) and (n.type is None or ast.unparse(n.type) in (
                "Exception", "BaseException")) for n in ast.walk(fn)):
            pytest.skip(f"{name} catches every exception by design (it must never raise), "
                        "so a NameError inside it becomes its own error answer")
        for node in ast.walk(fn):
            if isinstance(node, ast.Name) and node.id == first and isinstance(node.ctx, ast.Load):
                node.id = first[0] + first[2:] if len(first) > 2 else first + "x"
                return ast.unparse(tree)
        pytest.skip(f"{name} never reads its first parameter")

    if slip == "extra_parameter":
        required = len(fn.args.posonlyargs) + len(fn.args.args) - len(fn.args.defaults)
        fn.args.args.insert(required - len(fn.args.posonlyargs), ast.arg("extra"))
        return ast.unparse(tree)

    if slip == "indentation":
        lines = ast.unparse(tree).splitlines()
        start = next(i for i, line in enumerate(lines) if line.startswith(f"def {name}("))
        body = next(i for i in range(start + 1, len(lines)) if lines[i].strip()
                    and not lines[i - 1].rstrip().endswith((",", "(")))
        lines[body] = lines[body].lstrip()  # the first line of the body is not indented
        return "\n".join(lines) + "\n"
    raise AssertionError(slip)


CASES = [pytest.param(ex, slip, id=f"{ex.id}:{slip}") for ex in EXERCISES for slip in SLIPS]


@pytest.mark.parametrize(("ex", "slip"), CASES)
def test_beginner_slip_gets_a_plain_words_line_first(ex, slip):
    code = make_slip(ex, slip)
    outcome = validate(ex, code, public_tests=False)
    if slip == "str_number" and outcome.passed:
        pytest.skip("the function returns text already")
    assert not outcome.passed, f"{ex.id}: the {slip} slip passes the hidden tests:\n{code}"

    if slip == "indentation":
        assert isinstance(outcome.error, IndentationError), repr(outcome.error)
        assert outcome.step == "editor" and outcome.error.lineno, outcome
        line = syntax_help.explain(outcome.error)
        assert line.startswith("Python could not read your code") and "indented" in line, line
        return

    message = outcome.message
    if slip == "str_number" and (outcome.passed or not NUMBER.search(message)):
        pytest.skip("the hidden tests expect no number from this function")
    assert isinstance(outcome.error, AssertionError), (
        f"{ex.id}: {slip} fails with {outcome.error!r}, not a grader message")
    first = message.splitlines()[0]
    wanted = PLAIN[slip] if isinstance(PLAIN[slip], tuple) else (PLAIN[slip],)
    assert any(w in first for w in wanted), (
        f"{ex.id}: the {slip} slip's message does not start with the plain-words line "
        f"({PLAIN[slip]!r}):\n{message}")
