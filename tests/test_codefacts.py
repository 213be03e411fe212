"""awsgrader.codefacts reads the learner's code, helpers included, from the last run."""

from awsgrader import codefacts, sandbox


def _learner(code, name):
    sandbox.reset_state()
    namespace = {"__name__": "__main__"}
    sandbox.run_env("", namespace)
    sandbox.run_editor(code, namespace)
    return namespace[name]


def test_constructs_are_read_from_the_function_and_its_helpers():
    fn = _learner("def helper(xs):\n    for x in xs:\n        return x\n\n"
                  "def first(xs):\n    return helper(xs)\n", "first")
    assert codefacts.has_loop(fn) is True
    assert codefacts.returns_inside_loop(fn) is True
    assert codefacts.has_try(fn) is False
    assert codefacts.returns_a_value(fn) is True


def test_return_kinds():
    fn = _learner("def f(d):\n    if not d:\n        return\n    return d.get('a')\n", "f")
    assert codefacts.returns_nothing(fn) is True
    assert codefacts.calls_get_without_default(fn) is True
    assert codefacts.joins_with_and(fn) is False
    fn = _learner("def f(xs):\n    return xs.sort()\n", "f")
    assert codefacts.returned_in_place_call(fn) == "sort"
    fn = _learner("def f(a, b):\n    print(a and b)\n", "f")
    assert codefacts.returns_a_value(fn) is False and codefacts.joins_with_and(fn) is True


def test_code_that_cannot_be_read_answers_none():
    assert codefacts.has_loop(len) is None
    assert codefacts.returns_a_value(lambda: 1) is None   # a lambda: no def to read


def test_a_construct_anywhere_in_the_code():
    _learner("TABLE = {1: range(1, 4)}\n\ndef f(x):\n    return x in TABLE[1]\n", "f")
    is_range = lambda n: (hasattr(n, "func") and getattr(n.func, "id", None) == "range")  # noqa: E731
    assert codefacts.has_node_anywhere(is_range) is True
    _learner("def f(x):\n    return x\n", "f")
    assert codefacts.has_node_anywhere(is_range) is False
