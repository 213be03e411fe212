"""What AWS changed or documents since the pages were written (issue 19), held in place.

Each test pins one finding of the third audit to the fact sheet and to the page that teaches
it, so that a later edit cannot quietly bring the old claim back.
"""

import re

from awsgrader import facts
from awsgrader.facts import fargate
from test_wording import article_text

CREATE_TASK_DEFINITION = (
    "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/create-task-definition.html")


def section(page_html, anchor):
    """The text of the part of a page from the heading ``anchor`` to the next heading."""
    start = page_html.index(f'id="{anchor}"')
    end = re.compile(r"<h[1-3][ >]").search(page_html, start + 1)
    return article_text(page_html[start:end.start() if end else len(page_html)])


def page(built_site, rel):
    return (built_site / rel / "index.html").read_text(encoding="utf-8")


# --- Item 1: Fargate's 32 vCPU row --------------------------------------------------------

def test_fargate_32_vcpu_row_is_a_fact_from_the_newest_aws_text():
    row = facts.get("fargate.task_sizes_32_vcpu")
    assert row.value == {32768: (60 * 1024, 120 * 1024, 244 * 1024)}
    assert row.status == "confirmed" and row.source == CREATE_TASK_DEFINITION
    assert "16 vCPU" in row.note  # the older pages that stop there are named
    assert facts.get("fargate.task_cpu_vcpu").value == (0.25, 32)
    assert facts.get("fargate.task_memory_gb").value == (0.5, 244)


def test_the_exercises_table_has_the_32_vcpu_row_once():
    """One table: the graders' ``VALID_TASK_SIZES`` ends with the 32 vCPU row, taken from its
    own fact (its own source), so the row is typed once."""
    assert max(fargate.VALID_TASK_SIZES) == 32768
    assert list(fargate.VALID_TASK_SIZES)[-1] == 32768
    assert fargate.VALID_TASK_SIZES[32768] is fargate.TASK_SIZES_32_VCPU[32768]
    assert facts.get("fargate.task_sizes").value == fargate.VALID_TASK_SIZES
    for memory in (61440, 122880, 249856):
        assert fargate.is_valid_task_size(32768, memory)
    for memory in (65536, 131072, 200000, 245760, 253952):
        assert not fargate.is_valid_task_size(32768, memory)
    assert "32 vCPU" in facts.get("fargate.task_sizes").note


def test_the_reading_page_shows_the_32_vcpu_row(built_site):
    text = section(page(built_site, "fargate"), "task-sizes")
    assert "0.25 vCPU to 32 vCPU per task" in text
    assert "32 60, 120, 244 GB" in text  # the table's last row: CPU, then the memory column
    assert "older copies of AWS's pages stop at 16 vCPU" in text


def test_the_task_size_statement_follows_the_table_with_32_vcpu(built_site):
    text = article_text(page(built_site, "fargate/practice"))
    start = text.index("Check a task size")
    statement = text[start:text.index("Estimate a Fargate bill")]
    assert "32768 32 61440, 122880 or 249856" in statement  # the table's last row
    assert "smallest_valid_size(16, 121) # 16 vCPU stops at 120 GB" in statement
    assert "(32768, 249856)" in statement
    aws = statement[statement.index("AWS behaviour"):statement.index("This exercise's simplifications")]
    assert facts.get("fargate.task_sizes_32_vcpu").text in aws
    simplifications = statement[statement.index("This exercise's simplifications"):]
    assert "16 vCPU" not in simplifications and "32768" not in simplifications


def test_the_other_exercises_say_their_table_has_32_vcpu(built_site):
    cost = article_text(page(built_site, "fargate/practice"))
    cost = cost[cost.index("Estimate a Fargate bill"):]
    assert "the first exercise's table, up to 32 vCPU" in cost
    ecs = article_text(page(built_site, "ecs/practice"))
    assert "Its last row is AWS's newest: " + facts.get("fargate.task_sizes_32_vcpu").text in ecs
    assert "stops at 16 vCPU" not in ecs


# --- Item 6: route_match's ANY rule and the Not Found answer ------------------------------

def test_route_match_states_aws_any_rule_and_no_status_code_as_aws(built_site):
    html = page(built_site, "apigateway/practice")
    aws = section(html, "route-match-aws")
    assert "The ANY method matches all methods that you haven't defined for a route" in aws
    assert "a GET /pets request goes to GET /pets" in aws
    assert "404" not in aws
    assert "the page gives no status code" in aws
    simplifications = section(html, "route-match-simplifications")
    assert "because this exercise does not model it, although AWS documents it" in simplifications
    assert "AWS documents nothing" not in simplifications.split("because this exercise")[1]
    assert "The 404 status" in simplifications
    assert "ANY" in facts.get("apigateway.http_route_priority").note


# --- The other items: one claim each --------------------------------------------------------

def test_lightsail_larger_plans_and_the_exercise_table_as_a_subset(built_site):
    largest = facts.get("lightsail.largest_general_purpose_plan")
    assert largest.value == (1_764, 64, 256)
    text = article_text(page(built_site, "lightsail/practice"))
    assert largest.text in text and "The table is a subset" in text


def test_lightsail_ten_day_question_knows_the_free_trial():
    from questions import bank

    q = next(q for q in bank.load() if q["id"] == "lightsail-ten-day-instance")
    strings = " ".join(bank.render(s) for s in bank.strings(q))
    assert "no free test mode" not in strings
    assert facts.get("lightsail.free_tier_offer").text in strings
    assert "past Lightsail's free trial" in q["stem"]


def test_ecr_pull_through_cache_is_not_only_for_public_upstreams(built_site):
    text = section(page(built_site, "ecr"), "features")
    assert "upstream public registry" not in text
    assert "another Amazon ECR private registry" in text and "copies on push" in text


def test_lambda_15_minutes_is_the_default_compute_limit(built_site):
    assert "default (on-demand) compute" in facts.get("lambda.max_timeout_s").note
    assert facts.get("lambda.managed_instances_max_timeout_s").value == 5_400
    text = article_text(page(built_site, "lambda"))
    assert facts.get("lambda.managed_instances_max_timeout_s").text in text


def test_websocket_routes_validate_requests_and_can_require_api_keys(built_site):
    text = section(page(built_site, "apigateway"), "api-types")
    assert "Request validation Yes No Yes, on a route" in text
    assert "API keys Yes, with usage plans No A route can require one" in text


def test_lifecycle_policy_states_aws_rule_then_the_narrowing(built_site):
    text = article_text(page(built_site, "ecr/practice"))
    start = text.index("Predict what a lifecycle policy expires")
    aws = text[start:text.index("This exercise's simplifications", start)]
    assert "tagPrefixList value or a tagPatternList value" in aws
    narrowing = text[text.index("This exercise's simplifications", start):]
    assert "this exercise narrows AWS's rule" in narrowing


def test_api_handler_reads_missing_fields_from_real_events(built_site):
    text = article_text(page(built_site, "lambda/practice"))
    start = text.index("Answer HTTP requests from API Gateway")
    aws = text[text.index("AWS behaviour", start):text.index("This exercise's simplifications", start)]
    assert "left out" not in aws and "set to null" not in aws
    assert "do not say in words" in text[start:]


def test_provisioned_concurrency_billing_is_confirmed_by_the_lambda_faq():
    f = facts.get("lambda.provisioned_billed_while_idle")
    assert f.status == "confirmed" and f.source == "https://aws.amazon.com/lambda/faqs/"
