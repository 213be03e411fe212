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


@pytest.mark.parametrize("fact", FACTS, ids=[f.key for f in FACTS])
def test_an_unconfirmed_fact_says_which_sources_agree(fact):
    """The Sources page tells a reader why a figure is not confirmed, fact by fact."""
    if fact.status == "unconfirmed":
        assert fact.note.strip(), f"{fact.key}: an unconfirmed fact needs a note"


@pytest.mark.parametrize("fact", FACTS, ids=[f.key for f in FACTS])
def test_fact_text_carries_no_status_word(fact):
    assert "unconfirmed" not in fact.text.lower()
    assert "confirmed" not in fact.text.lower()


def test_fargate_spot_follows_the_current_api_reference():
    spot = facts.get("fargate.spot_platforms")
    assert set(spot.value) == {"LINUX/X86_64", "LINUX/ARM64"}
    assert "API_CapacityProviderStrategyItem" in spot.source
    assert "x86 only" in spot.note  # the older pages are named, not hidden


def test_ecs_is_free_only_for_the_ec2_and_fargate_launch_types():
    assert "EC2 and Fargate launch types" in facts.get("ecs.service_charge").text
    assert facts.get("ecs.anywhere_charge").value is True
    assert facts.get("ecs.managed_instances_charge").value is True


def test_lambda_billing_beyond_requests_and_duration():
    assert facts.get("lambda.init_billed_since").value == "2025-08-01"
    assert "/blogs/compute/aws-lambda-standardizes-billing-for-init-phase" in (
        facts.get("lambda.init_billed_since").source)
    assert facts.get("lambda.provisioned_billed_while_idle").value is True


def test_default_timeout_is_confirmed_in_the_developer_guide():
    timeout = facts.get("lambda.default_timeout_s")
    assert timeout.value == 3 and timeout.status == "confirmed"
    assert "/dg/configuration-timeout.html" in timeout.source
