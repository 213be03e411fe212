"""Snippets of the Lambda, API Gateway and Lightsail pages: each one runs or parses as AWS expects.

* ``lambda/app.py`` is imported and run on the real API Gateway sample events (payload 1.0
  and 2.0), and on the variants those events allow (null query string, base64 body).
* ``lambda/Dockerfile`` is checked statically: an AWS Lambda base image, and a CMD that names
  a function that exists in a file the image copies.
* The ``*.sh`` AWS CLI lines are split with shlex and checked against the real subcommands
  and their required options (from the AWS CLI reference), and against the fact sheet.
"""

import base64
import copy
import importlib.util
import json
import re
import shlex

import pytest

from awsgrader.events import load
from awsgrader.facts import awslambda
from conftest import ROOT

SNIPPETS = ROOT / "snippets"
EVENTS = ["api-gateway-rest-proxy-v1", "api-gateway-http-proxy-v2"]


def load_handler():
    spec = importlib.util.spec_from_file_location("snippet_app", SNIPPETS / "lambda" / "app.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.handler


def check_proxy_response(response):
    """The response shape API Gateway accepts from a Lambda proxy integration."""
    assert isinstance(response, dict), response
    assert type(response["statusCode"]) is int, response["statusCode"]
    assert isinstance(response["body"], str), "body must be a string, or API Gateway answers 502"
    assert all(isinstance(k, str) and isinstance(v, str) for k, v in response["headers"].items())
    assert set(response) <= {"statusCode", "headers", "multiValueHeaders", "body",
                             "isBase64Encoded", "cookies"}, set(response)
    json.dumps(response)  # Lambda serializes the return value to JSON
    return json.loads(response["body"])


# --- lambda/app.py ---------------------------------------------------------------------------

@pytest.mark.parametrize("name", EVENTS)
def test_handler_answers_each_payload_format(name):
    event = load(name)
    answer = check_proxy_response(load_handler()(event, None))
    expected_method = event.get("httpMethod") or event["requestContext"]["http"]["method"]
    assert answer["method"] == expected_method
    assert answer["path"] == "/my/path"
    assert answer["query"] == event["queryStringParameters"]
    assert answer["received"] == len(event["body"])


@pytest.mark.parametrize("name", EVENTS)
def test_handler_copes_with_null_query_and_body(name):
    event = load(name)
    event["queryStringParameters"] = None
    event["body"] = None
    answer = check_proxy_response(load_handler()(event, None))
    assert answer["query"] == {} and answer["received"] == 0


@pytest.mark.parametrize("name", EVENTS)
def test_handler_decodes_base64_bodies(name):
    event = load(name)
    text = event["body"]
    event["body"] = base64.b64encode(text.encode()).decode()
    event["isBase64Encoded"] = True
    answer = check_proxy_response(load_handler()(event, None))
    assert answer["received"] == len(text)


def test_handler_does_not_modify_the_event():
    event = load(EVENTS[0])
    before = copy.deepcopy(event)
    load_handler()(event, None)
    assert event == before


# --- lambda/Dockerfile -----------------------------------------------------------------------

def dockerfile_instructions(path):
    lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
    return [line.split(None, 1) for line in lines if line and not line.startswith("#")]


def test_dockerfile_builds_a_lambda_image():
    instructions = dockerfile_instructions(SNIPPETS / "lambda" / "Dockerfile")
    assert instructions[0][0] == "FROM"
    assert re.fullmatch(r"public\.ecr\.aws/lambda/python:3\.\d+", instructions[0][1])
    copies = [args.split()[0] for op, args in instructions if op == "COPY"]
    cmds = [args for op, args in instructions if op == "CMD"]
    assert len(cmds) == 1
    cmd = json.loads(cmds[0])  # exec form: a JSON array
    assert len(cmd) == 1 and re.fullmatch(r"\w+\.\w+", cmd[0]), cmd
    module, function = cmd[0].split(".")
    assert f"{module}.py" in copies, f"{module}.py is not copied into the image"
    source = (SNIPPETS / "lambda" / f"{module}.py").read_text(encoding="utf-8")
    assert re.search(rf"^def {function}\(event, context\):", source, re.M)


def test_dockerfile_and_zip_use_the_same_python():
    tag = dockerfile_instructions(SNIPPETS / "lambda" / "Dockerfile")[0][1].rsplit(":", 1)[1]
    commands = cli_commands("lambda/deploy.sh")
    runtimes = [c["options"]["--runtime"] for c in commands if "--runtime" in c["options"]]
    assert runtimes == [f"python{tag}"]


# --- AWS CLI snippets ------------------------------------------------------------------------

# Subcommands used in the snippets -> (required options, every option they may use), from the
# AWS CLI v2 reference (docs.aws.amazon.com/cli/latest/reference/<service>/<subcommand>.html).
CLI = {
    ("lambda", "create-function"): ({"--function-name", "--role"},
                                    {"--runtime", "--handler", "--zip-file", "--memory-size",
                                     "--timeout", "--package-type", "--code", "--architectures"}),
    ("lambda", "invoke"): ({"--function-name"},
                           {"--cli-binary-format", "--payload", "--invocation-type"}),
    ("lambda", "update-function-configuration"): ({"--function-name"},
                                                  {"--memory-size", "--timeout"}),
    ("lambda", "add-permission"): ({"--function-name", "--statement-id", "--action",
                                    "--principal"}, {"--source-arn"}),
    ("apigatewayv2", "create-api"): ({"--name", "--protocol-type"}, {"--target"}),
    ("apigateway", "create-api-key"): (set(), {"--name", "--enabled"}),
    ("apigateway", "create-usage-plan"): ({"--name"}, {"--throttle", "--quota", "--api-stages"}),
    ("apigateway", "create-usage-plan-key"): ({"--usage-plan-id", "--key-id", "--key-type"},
                                              set()),
    ("lightsail", "get-bundles"): (set(), set()),
    ("lightsail", "get-blueprints"): (set(), set()),
    ("lightsail", "create-instances"): ({"--instance-names", "--availability-zone",
                                         "--blueprint-id", "--bundle-id"}, set()),
    ("lightsail", "stop-instance"): ({"--instance-name"}, set()),
    ("lightsail", "delete-instance"): ({"--instance-name"}, set()),
}
FLAGS = {"--enabled"}  # options that take no value
CLI_SNIPPETS = ["lambda/deploy.sh", "apigateway/quick-create.sh", "apigateway/usage-plan.sh",
                "lightsail/create-instance.sh"]


def cli_commands(snippet):
    """Each `aws` line of a snippet as {service, subcommand, options, positional}."""
    commands = []
    for line in (SNIPPETS / snippet).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        words = shlex.split(line)
        if words[0] != "aws":
            assert words[0] == "zip", line
            continue
        options, positional, rest = {}, [], words[3:]
        while rest:
            word = rest.pop(0)
            if word.startswith("--"):
                options[word] = True if word in FLAGS else rest.pop(0)
            else:
                positional.append(word)
        commands.append({"service": words[1], "subcommand": words[2], "options": options,
                         "positional": positional, "line": line})
    return commands


@pytest.mark.parametrize("snippet", CLI_SNIPPETS)
def test_cli_lines_use_real_subcommands_and_options(snippet):
    commands = cli_commands(snippet)
    assert commands
    for command in commands:
        key = (command["service"], command["subcommand"])
        assert key in CLI, f"unknown subcommand: {command['line']}"
        required, optional = CLI[key]
        used = set(command["options"])
        assert required <= used, f"missing {required - used}: {command['line']}"
        assert used <= required | optional, f"unexpected {used - required - optional}"


def test_lambda_cli_values_respect_the_limits():
    low, high = awslambda.MEMORY_MB
    for command in cli_commands("lambda/deploy.sh"):
        options = command["options"]
        if "--memory-size" in options:
            assert low <= int(options["--memory-size"]) <= high
        if "--timeout" in options:
            assert 1 <= int(options["--timeout"]) <= awslambda.MAX_TIMEOUT_S
        if options.get("--package-type") == "Image":
            assert re.fullmatch(r"ImageUri=\d{12}\.dkr\.ecr\.[a-z0-9-]+\.amazonaws\.com/"
                                r"[a-z0-9-]+:[\w.-]+", options["--code"])
        elif command["subcommand"] == "create-function":
            assert options["--zip-file"].startswith("fileb://")
            assert options["--handler"] == "app.handler"
        if command["subcommand"] == "invoke":
            assert command["positional"], "invoke needs an output file"
    one_vcpu = [c for c in cli_commands("lambda/deploy.sh")
                if c["subcommand"] == "update-function-configuration"]
    assert int(one_vcpu[0]["options"]["--memory-size"]) == awslambda.MB_PER_VCPU


def test_http_api_quick_create_targets_a_lambda_function():
    create, permission = cli_commands("apigateway/quick-create.sh")
    assert create["options"]["--protocol-type"] == "HTTP"
    assert re.fullmatch(r"arn:aws:lambda:[a-z0-9-]+:\d{12}:function:[\w-]+",
                        create["options"]["--target"])
    function = create["options"]["--target"].rsplit(":", 1)[1]
    assert permission["options"]["--function-name"] == function
    assert permission["options"]["--principal"] == "apigateway.amazonaws.com"
    assert permission["options"]["--action"] == "lambda:InvokeFunction"


def test_usage_plan_values_are_well_formed():
    plan = next(c for c in cli_commands("apigateway/usage-plan.sh")
                if c["subcommand"] == "create-usage-plan")
    assert re.fullmatch(r"burstLimit=\d+,rateLimit=\d+", plan["options"]["--throttle"])
    assert re.fullmatch(r"limit=\d+,period=(DAY|WEEK|MONTH)", plan["options"]["--quota"])


def test_lightsail_instance_has_bundle_and_blueprint_ids():
    create = next(c for c in cli_commands("lightsail/create-instance.sh")
                  if c["subcommand"] == "create-instances")
    assert re.fullmatch(r"[a-z]+(_ipv6)?_\d+_\d+", create["options"]["--bundle-id"])
    assert re.fullmatch(r"[a-z0-9_]+", create["options"]["--blueprint-id"])
    assert re.fullmatch(r"[a-z]{2}-[a-z]+-\d[a-z]", create["options"]["--availability-zone"])
    subcommands = [c["subcommand"] for c in cli_commands("lightsail/create-instance.sh")]
    assert subcommands.index("stop-instance") < subcommands.index("delete-instance")
