# --- PYODIDE:env --- #
from awsgrader import start_watchdog
# A working validity check, from AWS's table on the site's fact sheet (the first exercise
# of the Fargate Practice page asks you to write it yourself).
from awsgrader.facts.fargate import is_valid_task_size as is_valid_fargate_size

start_watchdog()

# --- PYODIDE:code --- #
def fargate_task_definition(family, image, container_port, cpu, memory,
                            execution_role_arn=None):
    ...

# --- PYODIDE:corr --- #
import re

# <12-digit account>.dkr.ecr.<region>.amazonaws.com/..., or .amazonaws.com.cn in China.
PRIVATE_ECR = re.compile(r"\d{12}\.dkr\.ecr\.[a-z0-9-]+\.amazonaws\.com(\.cn)?/")


def fargate_task_definition(family, image, container_port, cpu, memory,
                            execution_role_arn=None):
    if not is_valid_fargate_size(cpu, memory):
        raise ValueError(f"{cpu} CPU units with {memory} MiB is not a Fargate task size")
    if not 1 <= container_port <= 65535:
        raise ValueError(f"container_port must be between 1 and 65535, not {container_port}")
    if PRIVATE_ECR.match(image) and execution_role_arn is None:
        raise ValueError("pulling from a private ECR repository needs an execution role")

    definition = {
        "family": family,
        "requiresCompatibilities": ["FARGATE"],
        "networkMode": "awsvpc",
        "cpu": str(cpu),
        "memory": str(memory),
        "containerDefinitions": [{
            "name": family,
            "image": image,
            "essential": True,
            "portMappings": [{"containerPort": container_port, "protocol": "tcp"}],
        }],
    }
    if execution_role_arn is not None:
        definition["executionRoleArn"] = execution_role_arn
    return definition

# --- PYODIDE:tests --- #
import copy


def outcome(fn, *args, **kwargs):
    """What the call returns, or the exception it raises, as text."""
    try:
        return fn(*args, **kwargs)
    except ValueError as exc:  # a subclass of ValueError is a ValueError too
        return f"ValueError: {exc}"
    except Exception as exc:
        return f"{type(exc).__name__}: {exc}"


def comparable(definition):
    """The definition without a hostPort equal to its containerPort (allowed in awsvpc)."""
    definition = copy.deepcopy(definition)
    try:
        for mapping in definition["containerDefinitions"][0]["portMappings"]:
            if mapping.get("hostPort") == mapping.get("containerPort"):
                mapping.pop("hostPort", None)
    except (KeyError, IndexError, TypeError, AttributeError):
        pass
    return definition


def first_difference(got, expected):
    """The first key whose value differs, to say where to look."""
    if not isinstance(got, dict):
        return f"a dict was expected, got {got!r}"
    for key in expected:
        if key not in got:
            return f"the key {key!r} is missing"
        if got[key] != expected[key]:
            return f"{key!r} should be {expected[key]!r}, not {got[key]!r}"
    extra = [key for key in got if key not in expected]
    return f"unexpected key {extra[0]!r}" if extra else "no difference"


# A public Docker Hub image needs no execution role.
got = outcome(fargate_task_definition, "web", "nginx:1.27", 80, 256, 512)
expected = {
    "family": "web",
    "requiresCompatibilities": ["FARGATE"],
    "networkMode": "awsvpc",
    "cpu": "256",
    "memory": "512",
    "containerDefinitions": [{
        "name": "web",
        "image": "nginx:1.27",
        "essential": True,
        "portMappings": [{"containerPort": 80, "protocol": "tcp"}],
    }],
}
assert comparable(got) == expected, (
    f"{first_difference(comparable(got), expected)}; expected {expected}, got {got!r}")

# A private ECR image, with the execution role that lets ECS pull it.
image = "123456789012.dkr.ecr.us-east-1.amazonaws.com/api:1.4.2"
role = "arn:aws:iam::123456789012:role/ecsTaskExecutionRole"
got = outcome(fargate_task_definition, "api", image, 8080, 1024, 2048, execution_role_arn=role)
expected = {
    "family": "api",
    "requiresCompatibilities": ["FARGATE"],
    "networkMode": "awsvpc",
    "cpu": "1024",
    "memory": "2048",
    "containerDefinitions": [{
        "name": "api",
        "image": image,
        "essential": True,
        "portMappings": [{"containerPort": 8080, "protocol": "tcp"}],
    }],
    "executionRoleArn": role,
}
assert comparable(got) == expected, (
    f"{first_difference(comparable(got), expected)}; expected {expected}, got {got!r}")

# The same image without an execution role cannot be pulled.
got = outcome(fargate_task_definition, "api", image, 8080, 1024, 2048)
assert str(got).startswith("ValueError"), f"expected ValueError (no execution role), got {got!r}"

# 256 CPU units cannot have 4 GB.
got = outcome(fargate_task_definition, "web", "nginx:1.27", 80, 256, 4096)
assert str(got).startswith("ValueError"), f"expected ValueError (invalid size), got {got!r}"

# --- PYODIDE:secrets --- #
def _hidden_tests():
    from awsgrader import (call, check_raises, difference, fail, format_call,
                           require_function, short_repr)
    from awsgrader.facts.fargate import VALID_TASK_SIZES

    build = require_function(globals(), "fargate_task_definition", [
        "family", "image", "container_port", "cpu", "memory", "execution_role_arn"])

    role = "arn:aws:iam::123456789012:role/ecsTaskExecutionRole"

    def definition(family, image, port, cpu, memory, execution_role_arn=None):
        expected = {
            "family": family,
            "requiresCompatibilities": ["FARGATE"],
            "networkMode": "awsvpc",
            "cpu": str(cpu),
            "memory": str(memory),
            "containerDefinitions": [{
                "name": family,
                "image": image,
                "essential": True,
                "portMappings": [{"containerPort": port, "protocol": "tcp"}],
            }],
        }
        if execution_role_arn is not None:
            expected["executionRoleArn"] = execution_role_arn
        return expected

    def host_port_problem(got, port):
        # In awsvpc mode a hostPort may be given only if it equals the containerPort.
        try:
            mappings = got["containerDefinitions"][0]["portMappings"]
            for i, mapping in enumerate(mappings):
                if "hostPort" in mapping and mapping["hostPort"] != port:
                    return (f"portMappings[{i}] has hostPort {mapping['hostPort']!r}: in "
                            f"awsvpc mode (always on Fargate) leave hostPort out or make it "
                            f"equal to the containerPort, {port}")
                if "hostPort" in mapping:
                    mappings[i] = {k: v for k, v in mapping.items() if k != "hostPort"}
        except (KeyError, IndexError, TypeError, AttributeError):
            pass
        return None

    # A hint for the first difference found, by the part of the definition it is in.
    key_hints = [
        ("has hostPort", "On Fargate each task has its own network interface (awsvpc): there "
                         "is no host port to map, so leave hostPort out."),
        ("unexpected key 'executionRoleArn'", "Leave executionRoleArn out when no role is "
                                              "given (None is not a role)."),
        ("no key 'executionRoleArn'", "A role that is given goes in executionRoleArn."),
        ("unexpected key", "Return exactly the keys of the statement (a hostPort equal "
                           "to the containerPort is the only extra allowed)."),
        ("['networkMode']", "Fargate tasks always use the awsvpc network mode."),
        ("['requiresCompatibilities']", "requiresCompatibilities is a list: [\"FARGATE\"]."),
        ("['cpu']", "Task-level cpu is a string of CPU units in a task definition: \"256\"."),
        ("['memory']", "Task-level memory is a string of MiB in a task definition: \"512\"."),
        ("['name']", "The container is named after the family."),
        ("['image']", "The container runs the image exactly as given."),
        ("['essential']", "The only container is essential: True."),
        ("['protocol']", "The port mapping's protocol is \"tcp\"."),
        ("['containerPort']", "containerPort is the container_port argument, an int."),
    ]

    def expect(args, kwargs=None, hint=None):
        kwargs = kwargs or {}
        expected = definition(*args, **kwargs)
        label = format_call("fargate_task_definition", args, kwargs)
        image, port, cpu, memory = args[1:5]
        valid_input = (f"This input is valid: {cpu} CPU units with {memory} MiB is a Fargate "
                       f"size, {port} is a valid port")
        if kwargs.get("execution_role_arn"):
            valid_input += ", and an execution role is given."
        else:
            valid_input += (f", and {image} is not in a private ECR registry, so no execution "
                            "role is needed.")
        got = call(build, args, kwargs, label=label, expected_text=repr(expected),
                   hint=valid_input)
        got_text = short_repr(got, 1000)
        why = host_port_problem(got, port) or difference(got, expected)
        if why:
            specific = next((text for part, text in key_hints if part in why), None)
            fail(label, repr(expected), got_text, specific or hint, why)

    def expect_error(args, kwargs=None, hint=None):
        check_raises(build, args, kwargs or {}, ValueError, hint=hint)

    # The shape of the definition.
    expect(("web", "nginx:1.27", 80, 256, 512), hint="cpu and memory are strings in a task "
           "definition (\"256\", \"512\"); the container is named after the family.")
    expect(("shop-frontend", "nginx", 443, 512, 1024), hint="One container named after the "
           "family, essential, with one tcp port mapping; no executionRoleArn key when no "
           "role is given.")
    expect(("worker_v2", "python:3.12-slim", 8000, 16384, 122880),
           hint="Task-level cpu and memory are strings: \"16384\" and \"122880\".")
    expect(("web", "nginx:1.27", 80, 256, 512), {"execution_role_arn": role},
           hint="A role that is given is always in the definition, whatever the image.")
    # Ports: 1 to 65535.
    expect(("edge", "nginx:1.27", 1, 256, 512), hint="Port 1 is a valid port.")
    expect(("edge", "nginx:1.27", 65535, 256, 512), hint="Port 65535 is a valid port.")
    for port in (0, 65536, -80, 70000):
        expect_error(("edge", "nginx:1.27", port, 256, 512),
                     hint=f"Port {port} is outside 1-65535: raise ValueError.")
    # Sizes: only the Fargate table.
    for cpu, memory in ((256, 4096), (1024, 1024), (8192, 17408), (300, 512), (4096, 32768)):
        expect_error(("web", "nginx:1.27", 80, cpu, memory), hint=(
            f"{cpu} CPU units with {memory} MiB is not a Fargate size "
            "(is_valid_fargate_size is defined for you): raise ValueError."))
    for cpu, memories in VALID_TASK_SIZES.items():
        expect(("web", "nginx:1.27", 80, cpu, memories[-1]),
               hint="Every size of the Fargate table is accepted.")

    # Images that need no execution role: Docker Hub, ECR Public, other registries.
    public = [
        "nginx", "library/nginx", "docker.io/library/nginx:1.27", "amazon/aws-cli:2.15.0",
        "public.ecr.aws/nginx/nginx:1.27", "public.ecr.aws/docker/library/python:3.12",
        "public.ecr.aws/aws-cli/aws-cli:latest", "ghcr.io/acme/ecr-sync:1.0",
        "quay.io/prometheus/node-exporter:v1.8.0", "registry.example.com:5000/team/app:1",
    ]
    for image in public:
        expect(("app", image, 8080, 512, 1024), hint=(
            "Only images from a private ECR registry (<12-digit account>.dkr.ecr.<region>."
            "amazonaws.com/...) need an execution role; Docker Hub and ECR Public "
            "(public.ecr.aws) images do not."))

    # Images from a private ECR registry: an execution role is required.
    digest = "sha256:" + "3f" * 32
    private = [
        "123456789012.dkr.ecr.us-east-1.amazonaws.com/api:1.4.2",
        "123456789012.dkr.ecr.us-east-1.amazonaws.com/api",
        "210987654321.dkr.ecr.eu-west-1.amazonaws.com/team/payments/api:2024-11-01",
        f"123456789012.dkr.ecr.ap-southeast-2.amazonaws.com/api@{digest}",
        "123456789012.dkr.ecr.us-gov-west-1.amazonaws.com/api:1",
        "123456789012.dkr.ecr.us-east-1.amazonaws.com/docker-hub/library/nginx:1.27",
        "123456789012.dkr.ecr.cn-north-1.amazonaws.com.cn/api:1.0",
    ]
    for image in private:
        where = ("in the China Regions the domain ends .amazonaws.com.cn"
                 if ".amazonaws.com.cn/" in image else
                 "whatever the Region, tag, digest or repository path")
        expect_error(("api", image, 8080, 1024, 2048), hint=(
            f"{image.split('/')[0]} is a private ECR registry ({where}): without an "
            "execution role ECS cannot pull the image, so raise ValueError."))
        expect(("api", image, 8080, 1024, 2048), {"execution_role_arn": role},
               hint="With an execution role a private ECR image is fine: include "
                    "executionRoleArn.")


_hidden_tests()
del _hidden_tests

# --- PYODIDE:post --- #
from awsgrader import stop_watchdog

stop_watchdog()
