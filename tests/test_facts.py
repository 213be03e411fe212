"""The fact sheet: one place, every number with a source, a date and a status."""

import datetime
import re

import pytest

from awsgrader import facts

FACTS = sorted(facts.FACTS.values(), key=lambda f: f.key)


def test_facts_are_registered():
    assert "lambda.request_price_per_million" in facts.FACTS


@pytest.mark.parametrize("fact", FACTS, ids=[f.key for f in FACTS])
def test_fact_has_source_date_and_status(fact):
    assert re.fullmatch(r"[a-z0-9_]+(\.[a-z0-9_]+)+", fact.key)
    assert fact.source.startswith("https://")
    checked = datetime.date.fromisoformat(fact.checked)
    assert datetime.date(2025, 1, 1) <= checked <= datetime.date.today()
    assert fact.status in facts.STATUSES
    assert fact.text.strip()


def test_unknown_fact_is_a_clear_error():
    with pytest.raises(KeyError, match="unknown fact 'lambda.nope'"):
        facts.get("lambda.nope")


def test_registering_twice_is_refused():
    with pytest.raises(ValueError, match="defined twice"):
        facts.fact("lambda.request_price_per_million", 1, "x", source="https://x",
                   checked="2026-01-01", status="confirmed")
