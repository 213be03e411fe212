"""Real API Gateway events (see README.md in this folder for their source)."""

import json
from pathlib import Path

_FOLDER = Path(__file__).parent
_CACHE = {}


def load(name):
    """A fresh copy of the event ``name`` (file name without ``.json``)."""
    if name not in _CACHE:
        _CACHE[name] = json.loads((_FOLDER / f"{name}.json").read_text(encoding="utf-8"))
    from ..checks import fresh_copy

    return fresh_copy(_CACHE[name])


def names():
    return sorted(p.stem for p in _FOLDER.glob("*.json"))
