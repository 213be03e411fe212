"""The registry behind ``awsgrader.facts``: one record per fact with a number."""

from dataclasses import dataclass

STATUSES = {
    "confirmed": "read on a page AWS publishes (documentation, API reference, pricing page, "
                 "blog)",
    "unconfirmed": "not yet confirmed on AWS's own page, usually because AWS's pricing pages "
                   "build their rate tables with scripts; the value matches AWS's blog posts "
                   "and examples, or several independent sources, as the fact's note says",
    "derived": "computed from confirmed facts",
}


@dataclass(frozen=True)
class Fact:
    key: str
    value: object
    text: str
    source: str
    checked: str
    status: str
    note: str = ""


FACTS = {}


def fact(key, value, text, *, source, checked, status, note=""):
    """Register a fact and return its value, so that a module can bind it to a constant."""
    if key in FACTS:
        raise ValueError(f"fact {key!r} is defined twice")
    if status not in STATUSES:
        raise ValueError(f"fact {key!r}: status must be one of {sorted(STATUSES)}")
    if not source.startswith("https://"):
        raise ValueError(f"fact {key!r}: the source must be an https:// link")
    FACTS[key] = Fact(key, value, text, source, checked, status, note)
    return value
