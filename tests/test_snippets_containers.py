"""The container snippets shown on the Containers, ECS, Fargate, ECR and Batch pages.

Each snippet is checked for what AWS requires of it (field names and values from the AWS
docs linked below) and for agreeing with the other snippets: the image the ECR push flow
pushes is the image the task definition runs, on the port the Dockerfile exposes.
"""

import fnmatch
import json
import re
import shlex
import threading
import urllib.request
from http.server import HTTPServer

import pytest

from awsgrader.facts import batch as batch_facts
from awsgrader.facts import ecr as ecr_facts
from awsgrader.facts import fargate as fargate_facts
from conftest import ROOT

SNIPPETS = ROOT / "snippets"
ECR_HOST = re.compile(r"^(?P<account>\d{12})\.dkr\.ecr\.(?P<region>[a-z]{2}(-[a-z]+)+-\d)\.amazonaws\.com$")
ECR_IMAGE = re.compile(
    r"^(?P<host>\d{12}\.dkr\.ecr\.[a-z0-9-]+\.amazonaws\.com)/(?P<repo>[a-z0-9._/-]+):(?P<tag>[\w.-]+)$")
IAM_ROLE_ARN = re.compile(r"^arn:aws:iam::\d{12}:role/[\w+=,.@/-]+$")


def load_json(relative):
    return json.loads((SNIPPETS / relative).read_text(encoding="utf-8"))


def commands(relative):
    """The shell commands of a snippet: one list of words per command, pipes split apart."""
    result = []
    for line in (SNIPPETS / relative).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        words = shlex.split(line)
        while "|" in words:
            cut = words.index("|")
            result.append(words[:cut])
            words = words[cut + 1:]
        result.append(words)
    return result


def option(words, name):
    assert name in words, f"{name} missing from {shlex.join(words)}"
    return words[words.index(name) + 1]


def fargate_memory_choices(cpu_units):
    """Valid Fargate task memory (MiB) for a task CPU value, from AWS's table: the rows up to
    16 vCPU of https://docs.aws.amazon.com/AmazonECS/latest/userguide/task-cpu-memory-error.html,
    and the 32 vCPU row that the newest text of
    https://docs.aws.amazon.com/AmazonECS/latest/developerguide/create-task-definition.html adds
    ("32768 (32 vCPU) ... 60 GB, 120 GB, 244 GB", checked 2026-12-02)."""
    gib = 1024
    table = {
        256: [512, 1 * gib, 2 * gib],
        512: [g * gib for g in range(1, 5)],
        1024: [g * gib for g in range(2, 9)],
        2048: [g * gib for g in range(4, 17)],
        4096: [g * gib for g in range(8, 31)],
        8192: [g * gib for g in range(16, 61, 4)],
        16384: [g * gib for g in range(32, 121, 8)],
        32768: [60 * gib, 120 * gib, 244 * gib],
    }
    return table.get(cpu_units, [])


def test_fargate_table_matches_the_fact_sheet():
    """The pages print the facts; this checks them against the table copied from AWS's pages.

    The exercises' table (``VALID_TASK_SIZES``) has every row, 32 vCPU included, which it
    takes from AWS's newest row (``TASK_SIZES_32_VCPU``, a fact of its own)."""
    assert set(fargate_facts.VALID_TASK_SIZES) == {256, 512, 1024, 2048, 4096, 8192, 16384,
                                                   32768}
    assert fargate_facts.TASK_SIZES_32_VCPU.items() <= fargate_facts.VALID_TASK_SIZES.items()
    every_row = fargate_facts.VALID_TASK_SIZES
    for cpu, memories in every_row.items():
        assert list(memories) == fargate_memory_choices(cpu), cpu
    low_cpu, high_cpu = fargate_facts.TASK_CPU_VCPU
    low_mem, high_mem = fargate_facts.TASK_MEMORY_GB
    assert (low_cpu, high_cpu) == (min(every_row) / 1024, max(every_row) / 1024)
    assert fargate_memory_choices(int(low_cpu * 1024))[0] == low_mem * 1024
    assert fargate_memory_choices(int(high_cpu * 1024))[-1] == high_mem * 1024


# --- Containers primer: Dockerfile, app, docker commands ---------------------------------

def dockerfile_instructions():
    text = (SNIPPETS / "containers/Dockerfile").read_text(encoding="utf-8")
    result = []
    for line in text.splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            keyword, _, rest = line.strip().partition(" ")
            result.append((keyword.upper(), rest.strip()))
    return result


def test_dockerfile_is_well_formed():
    instructions = dockerfile_instructions()
    known = {"FROM", "WORKDIR", "COPY", "RUN", "ENV", "EXPOSE", "USER", "CMD", "ENTRYPOINT",
             "ARG", "LABEL"}
    assert instructions[0][0] == "FROM", "a Dockerfile starts with FROM"
    for keyword, _ in instructions:
        assert keyword in known, keyword
    base = instructions[0][1]
    # A pinned tag from the ECR Public Gallery: no Docker Hub rate limit, no floating :latest.
    assert base.startswith("public.ecr.aws/"), base
    assert ":" in base and not base.endswith(":latest"), base
    cmd = [rest for keyword, rest in instructions if keyword == "CMD"]
    assert len(cmd) == 1
    assert json.loads(cmd[0]) == ["python", "app.py"], "exec form, runs the copied app"


def test_dockerfile_copies_files_that_exist_and_runs_as_non_root():
    instructions = dockerfile_instructions()
    for keyword, rest in instructions:
        if keyword == "COPY":
            *sources, _dest = rest.split()
            for source in sources:
                assert (SNIPPETS / "containers" / source).is_file(), source
    users = [rest for keyword, rest in instructions if keyword == "USER"]
    assert users and users[-1] not in ("root", "0")


def exposed_port():
    ports = [rest for keyword, rest in dockerfile_instructions() if keyword == "EXPOSE"]
    assert len(ports) == 1
    return int(ports[0].split("/")[0])


def test_app_answers_on_the_port_it_reads_from_the_environment(monkeypatch):
    import importlib.util

    spec = importlib.util.spec_from_file_location("snippet_app", SNIPPETS / "containers/app.py")
    app = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(app)

    server = HTTPServer(("127.0.0.1", 0), app.Hello)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/health"
        with urllib.request.urlopen(url, timeout=5) as response:
            assert response.status == 200
            assert response.headers["Content-Type"] == "application/json"
            assert json.loads(response.read()) == {"message": "Hello from a container",
                                                   "path": "/health"}
    finally:
        server.shutdown()
        server.server_close()

    captured = {}

    class FakeServer:
        def __init__(self, address, handler):
            captured["address"] = address

        def serve_forever(self):
            pass

    monkeypatch.setattr(app, "HTTPServer", FakeServer)
    monkeypatch.setenv("PORT", str(exposed_port()))
    app.serve()
    # 0.0.0.0, not 127.0.0.1: inside a container, localhost is unreachable from outside.
    assert captured["address"] == ("0.0.0.0", exposed_port())


def test_build_and_run_commands():
    build, run, curl = commands("containers/build-run.sh")
    assert build[:2] == ["docker", "build"] and build[-1] == "."
    tag = option(build, "-t")
    assert run[:2] == ["docker", "run"] and run[-1] == tag
    host_port, container_port = option(run, "-p").split(":")
    assert int(container_port) == exposed_port()
    assert curl[0] == "curl" and f":{host_port}/" in curl[1]


# --- ECS / Fargate: task definition -------------------------------------------------------

TASK = load_json("ecs/task-definition-fargate.json")


def test_task_definition_has_the_fields_fargate_requires():
    # https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html
    assert re.fullmatch(r"[A-Za-z0-9_-]{1,255}", TASK["family"])
    assert "FARGATE" in TASK["requiresCompatibilities"]
    assert TASK["networkMode"] == "awsvpc", "Fargate tasks must use the awsvpc network mode"
    cpu, memory = int(TASK["cpu"]), int(TASK["memory"])
    assert memory in fargate_memory_choices(cpu), f"{cpu} CPU units / {memory} MiB is not a Fargate size"
    assert TASK["runtimePlatform"]["operatingSystemFamily"] == "LINUX"
    assert TASK["runtimePlatform"]["cpuArchitecture"] in ("X86_64", "ARM64")
    assert IAM_ROLE_ARN.match(TASK["executionRoleArn"])
    assert IAM_ROLE_ARN.match(TASK["taskRoleArn"])
    assert TASK["executionRoleArn"] != TASK["taskRoleArn"], "AWS recommends separate roles"
    containers = TASK["containerDefinitions"]
    assert containers and all(c["name"] and c["image"] for c in containers)
    assert any(c.get("essential", True) for c in containers)


def test_task_definition_container_matches_the_image_and_the_dockerfile():
    web = TASK["containerDefinitions"][0]
    assert ECR_IMAGE.match(web["image"]), web["image"]
    ports = web["portMappings"]
    assert [p["containerPort"] for p in ports] == [exposed_port()]
    # awsvpc: the host port, if given, must equal the container port.
    assert all(p.get("hostPort", p["containerPort"]) == p["containerPort"] for p in ports)
    log = web["logConfiguration"]
    assert log["logDriver"] == "awslogs"
    assert {"awslogs-group", "awslogs-region"} <= set(log["options"])
    # The logs go to the Region the image lives in.
    assert log["options"]["awslogs-region"] == ECR_HOST.match(
        ECR_IMAGE.match(web["image"])["host"])["region"]


# --- ECR: push flow and lifecycle policy ---------------------------------------------------

ECR_COMMANDS = {"create-repository", "get-login-password", "put-lifecycle-policy"}
DOCKER_COMMANDS = {"login", "build", "tag", "push"}


def test_push_flow_uses_real_commands_in_the_right_order():
    steps = commands("ecr/push.sh")
    for words in steps:
        assert words[0] in ("aws", "docker"), words
        if words[0] == "aws":
            assert words[1] == "ecr" and words[2] in ECR_COMMANDS, words
        else:
            assert words[1] in DOCKER_COMMANDS, words
    order = [w[2] if w[0] == "aws" else w[1] for w in steps]
    assert order.index("get-login-password") < order.index("login") < order.index("push")
    assert order.index("build") < order.index("tag") < order.index("push")
    # `aws ecr get-login` was removed in AWS CLI v2.
    assert "get-login" not in order


def test_push_flow_logs_in_tags_and_pushes_the_same_registry_and_image():
    steps = commands("ecr/push.sh")
    by_name = {(w[2] if w[0] == "aws" else w[1]): w for w in steps}
    login = by_name["login"]
    assert option(login, "--username") == "AWS" and "--password-stdin" in login
    host = ECR_HOST.match(login[-1])
    assert host, login[-1]
    region = option(by_name["get-login-password"], "--region")
    assert host["region"] == region
    local = option(by_name["build"], "-t")
    source, target = by_name["tag"][2:4]
    assert source == local
    image = ECR_IMAGE.match(target)
    assert image and image["host"] == login[-1]
    assert image["repo"] == option(by_name["create-repository"], "--repository-name")
    assert by_name["push"][2] == target
    assert target == TASK["containerDefinitions"][0]["image"], "the task runs what was pushed"
    policy_file = option(by_name["put-lifecycle-policy"], "--lifecycle-policy-text")
    assert policy_file == "file://lifecycle-policy.json"
    assert (SNIPPETS / "ecr/lifecycle-policy.json").is_file()


POLICY = load_json("ecr/lifecycle-policy.json")


def test_lifecycle_policy_follows_the_documented_rules():
    # https://docs.aws.amazon.com/AmazonECR/latest/userguide/lifecycle_policy_parameters.html
    rules = POLICY["rules"]
    priorities = [r["rulePriority"] for r in rules]
    assert all(isinstance(p, int) and p >= 1 for p in priorities)
    assert len(set(priorities)) == len(priorities), "rulePriority must be unique"
    untagged = 0
    for rule in rules:
        sel = rule["selection"]
        assert sel["tagStatus"] in ("tagged", "untagged", "any")
        has_tags = "tagPrefixList" in sel or "tagPatternList" in sel
        if sel["tagStatus"] == "tagged":
            assert has_tags, "tagged rules need tagPrefixList or tagPatternList"
        else:
            assert not has_tags, "untagged/any rules must omit tag lists"
        if sel["tagStatus"] != "tagged":
            untagged += 1
        for pattern in sel.get("tagPatternList", []):
            assert pattern.count("*") <= ecr_facts.TAG_PATTERN_MAX_WILDCARDS
        assert sel["countType"] in ("imageCountMoreThan", "sinceImagePushed", "sinceImagePulled")
        if sel["countType"] == "imageCountMoreThan":
            assert "countUnit" not in sel
        else:
            assert sel["countUnit"] == "days"
        assert isinstance(sel["countNumber"], int) and sel["countNumber"] > 0
        assert rule["action"]["type"] == "expire"
    assert untagged <= 1, "only one rule may select untagged images"
    for rule in rules:
        if rule["selection"]["tagStatus"] == "any":
            assert rule["rulePriority"] == max(priorities), "an `any` rule must be evaluated last"


def test_lifecycle_policy_does_what_the_page_says():
    """The page says: untagged images go after 14 days; the 10 newest v* images stay."""
    untagged, releases = sorted(POLICY["rules"], key=lambda r: r["rulePriority"])
    assert untagged["selection"]["tagStatus"] == "untagged"
    assert untagged["selection"]["countNumber"] == 14
    sel = releases["selection"]
    assert sel["countType"] == "imageCountMoreThan" and sel["countNumber"] == 10
    assert all(fnmatch.fnmatchcase(tag, sel["tagPatternList"][0]) for tag in ("v1.0", "v2.13"))
    assert not fnmatch.fnmatchcase("latest", sel["tagPatternList"][0])


# --- AWS Batch: job definition and submit commands -----------------------------------------

JOB = load_json("batch/job-definition-fargate.json")


def test_job_definition_has_the_fields_batch_on_fargate_requires():
    # https://docs.aws.amazon.com/batch/latest/userguide/fargate-job-definitions.html
    assert re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_-]{0,127}", JOB["jobDefinitionName"])
    assert JOB["type"] == "container"
    assert JOB["platformCapabilities"] == ["FARGATE"]
    props = JOB["containerProperties"]
    assert ECR_IMAGE.match(props["image"]), "the job definition references a container image"
    assert IAM_ROLE_ARN.match(props["executionRoleArn"]), "required on Fargate"
    # On Fargate, vCPU and memory go in resourceRequirements, never in vcpus/memory.
    assert "vcpus" not in props and "memory" not in props
    assert "instanceType" not in props and "ulimits" not in props
    assert not props.get("privileged", False)
    needs = {r["type"]: r["value"] for r in props["resourceRequirements"]}
    assert set(needs) == {"VCPU", "MEMORY"}, "no GPU on Fargate"
    cpu_units = int(float(needs["VCPU"]) * 1024)
    assert int(needs["MEMORY"]) in fargate_memory_choices(cpu_units)
    assert props["networkConfiguration"]["assignPublicIp"] in ("ENABLED", "DISABLED")
    assert props["fargatePlatformConfiguration"]["platformVersion"] in ("LATEST", "1.4.0", "1.3.0")


def test_job_definition_parameters_and_limits():
    props = JOB["containerProperties"]
    placeholders = {w[len("Ref::"):] for w in props["command"] if w.startswith("Ref::")}
    assert placeholders <= set(JOB["parameters"]), "every Ref:: has a default parameter"
    assert 1 <= JOB["retryStrategy"]["attempts"] <= 10
    assert JOB["timeout"]["attemptDurationSeconds"] >= 60
    assert JOB["timeout"]["attemptDurationSeconds"] < batch_facts.FARGATE_MAX_DAYS * 86_400


def test_submit_commands():
    register, single, array = commands("batch/submit-job.sh")
    assert register[:3] == ["aws", "batch", "register-job-definition"]
    assert option(register, "--cli-input-json") == "file://job-definition-fargate.json"
    for words in (single, array):
        assert words[:3] == ["aws", "batch", "submit-job"]
        for required in ("--job-name", "--job-queue", "--job-definition"):
            option(words, required)
        assert option(words, "--job-definition") == JOB["jobDefinitionName"]
    size = int(option(array, "--array-properties").split("=")[1])
    low, high = batch_facts.ARRAY_SIZE
    assert low <= size <= high


@pytest.mark.parametrize("relative", sorted(
    str(p.relative_to(SNIPPETS)) for folder in ("containers", "ecs", "ecr", "batch")
    for p in (SNIPPETS / folder).iterdir()))
def test_every_snippet_is_shown_on_a_page(relative):
    pages = "".join(p.read_text(encoding="utf-8") for p in (ROOT / "docs").rglob("*.md"))
    assert f'--8<-- "{relative}"' in pages, f"{relative} is not included in any page"
