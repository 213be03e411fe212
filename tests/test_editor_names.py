"""The statement lists what the editor defines for the learner, from the env section itself."""
import sys

from awsgrader.facts import awslambda
from site_macros import editor_names


def test_lists_the_env_constants_with_their_fact_values():
    text = editor_names.render("lambda/monthly_cost")
    assert f"REQUEST_PRICE_PER_MILLION = {awslambda.REQUEST_PRICE_PER_MILLION!r}" in text
    assert "GB_SECOND_PRICE = {" in text
    assert "start_watchdog" not in text and "_prices" not in text


def test_lists_helpers_with_their_signature():
    text = editor_names.render("fargate/monthly_cost")
    assert "def is_valid_fargate_size(cpu, memory): ..." in text


def test_long_values_are_summarised():
    text = editor_names.render("lightsail/cheapest_bundle")
    assert "LINUX_BUNDLES = ...    # a list of" in text


def test_rendering_does_not_start_the_watchdog():
    before = sys.gettrace()
    editor_names.render("lambda/concurrency")
    assert sys.gettrace() is before


def test_nothing_to_show_renders_nothing():
    assert editor_names.defined_names("fargate/task_size") == []
    assert editor_names.render("fargate/task_size") == ""
