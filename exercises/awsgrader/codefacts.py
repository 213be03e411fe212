"""What the learner's code is made of, read from its syntax tree, so that a message names a
construct (a loop, ``.get``, ``try``, ``return``) only when the learner's code has it.

A learner's function may do its work in helpers of its own: the facts cover the function and
every function or class of the learner's code that it names, directly or through another.
When the code cannot be read (no tree: not the learner's function, or code gone), every
answer is ``None``: "not known", which a message treats as "do not say it".
"""

import ast

from . import sandbox

# Methods that change their object in place and give None.
IN_PLACE = frozenset({"sort", "append", "extend", "reverse", "insert", "update", "clear",
                      "add", "remove"})


def _nodes(fn):
    """The function's tree and the trees of the learner's functions and classes it names."""
    first = sandbox.function_tree(fn)
    if first is None:
        return None
    module = sandbox.learner_tree()
    defined = {}
    if module is not None:
        for node in module.body:
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                defined[node.name] = node
    seen, todo = [], [first]
    while todo:
        node = todo.pop()
        if any(node is s for s in seen):
            continue
        seen.append(node)
        for sub in ast.walk(node):
            if isinstance(sub, ast.Name) and sub.id in defined:
                todo.append(defined[sub.id])
    return seen


def _walk(fn):
    nodes = _nodes(fn)
    if nodes is None:
        return None
    return [sub for node in nodes for sub in ast.walk(node)]


def has_node(fn, predicate):
    """True when a node of the learner's function or of its helpers satisfies ``predicate``
    (for example ``lambda n: isinstance(n, ast.BinOp) and isinstance(n.op, ast.FloorDiv)``);
    None when the code cannot be read."""
    subs = _walk(fn)
    return None if subs is None else any(predicate(s) for s in subs)


def has_node_anywhere(predicate):
    """True when any node of the learner's code (module-level constants and tables
    included) satisfies ``predicate``; None when the code cannot be read."""
    tree = sandbox.learner_tree()
    return None if tree is None else any(predicate(s) for s in ast.walk(tree))


def has_loop(fn):
    subs = _walk(fn)
    if subs is None:
        return None
    return any(isinstance(s, (ast.For, ast.While, ast.AsyncFor, ast.comprehension))
               for s in subs)


def has_try(fn):
    subs = _walk(fn)
    return None if subs is None else any(isinstance(s, ast.Try) for s in subs)


def method_calls(fn, name):
    """The calls ``<something>.name(...)`` in the learner's function and its helpers."""
    subs = _walk(fn)
    if subs is None:
        return None
    return [s for s in subs if isinstance(s, ast.Call) and isinstance(s.func, ast.Attribute)
            and s.func.attr == name]


def calls_get_without_default(fn):
    calls = method_calls(fn, "get")
    return None if calls is None else any(len(c.args) == 1 and not c.keywords for c in calls)


def returns_inside_loop(fn):
    """True when a ``return`` sits inside a loop of the function or of its helpers."""
    nodes = _nodes(fn)
    if nodes is None:
        return None
    for node in nodes:
        for sub in ast.walk(node):
            if isinstance(sub, (ast.For, ast.While, ast.AsyncFor)):
                if any(isinstance(r, ast.Return) for r in _body_nodes(sub)):
                    return True
    return False


def returns_nothing(fn):
    """True when the function or a helper has a ``return`` without a value (or ``return
    None``)."""
    return has_node(fn, lambda n: isinstance(n, ast.Return) and (
        n.value is None or isinstance(n.value, ast.Constant) and n.value.value is None))


def joins_with_and(fn):
    """True when the function or a helper joins conditions with ``and``."""
    return has_node(fn, lambda n: isinstance(n, ast.BoolOp) and isinstance(n.op, ast.And))


def _body_nodes(loop):
    """The nodes of a loop's body (not of its ``else``), without nested functions."""
    todo = list(loop.body)
    while todo:
        sub = todo.pop()
        yield sub
        if not isinstance(sub, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef,
                                ast.Lambda)):
            todo.extend(ast.iter_child_nodes(sub))


def returns_a_value(fn):
    """True when the function itself has a ``return`` with a value other than ``None``."""
    node = sandbox.function_tree(fn)
    if node is None:
        return None
    for sub in _own_nodes(node):
        if isinstance(sub, ast.Return) and sub.value is not None and not (
                isinstance(sub.value, ast.Constant) and sub.value.value is None):
            return True
    return False


def returned_in_place_call(fn):
    """The method name when the function returns ``x.sort()``-like calls (which give None)."""
    node = sandbox.function_tree(fn)
    if node is None:
        return None
    for sub in _own_nodes(node):
        if (isinstance(sub, ast.Return) and isinstance(sub.value, ast.Call)
                and isinstance(sub.value.func, ast.Attribute)
                and sub.value.func.attr in IN_PLACE):
            return sub.value.func.attr
    return None


def _own_nodes(node):
    """The nodes of a function, without those of functions or classes nested in it."""
    todo = list(ast.iter_child_nodes(node))
    while todo:
        sub = todo.pop()
        yield sub
        if not isinstance(sub, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef,
                                ast.Lambda)):
            todo.extend(ast.iter_child_nodes(sub))
