# --- PYODIDE:env --- #
from awsgrader import Diagnosis, Property, bound_check, grading_code, start_watchdog
# A working validity check, from AWS's table on the site's fact sheet (the first exercise
# of the Fargate Practice page asks you to write it yourself).
from awsgrader.facts.fargate import is_valid_task_size as is_valid_fargate_size

start_watchdog()


@grading_code
def _definition_mistakes():
    # The properties the tests check. For a definition that comes back, a property names
    # the part of it that differs from the expected one (read from the value itself). For
    # an input that should be refused, or accepted, a property reads from the input which
    # rule applies, and where it names a narrower mistake (a Region, the China domain, ECR
    # Public), it first confirms it by calling the function again on a variant of the input.
    import re

    private_ecr = re.compile(r"\d{12}\.dkr\.ecr\.([a-z0-9-]+)\.amazonaws\.com(\.cn)?/")

    def part(case):
        """(property id, text) for the first part of a returned definition that is wrong."""
        got, expected = case.got, case.expected
        if not case.returned or case.raises or not isinstance(expected, dict):
            return None, None
        if not isinstance(got, dict):
            return "returns-a-dict", f"your function returned a {type(got).__name__}"
        port = expected["containerDefinitions"][0]["portMappings"][0]["containerPort"]
        try:
            for mapping in got["containerDefinitions"][0]["portMappings"]:
                if "hostPort" in mapping and mapping["hostPort"] != port:
                    return "no-host-port", f"your hostPort is {mapping['hostPort']!r}"
        except (KeyError, IndexError, TypeError, AttributeError):
            pass
        if "executionRoleArn" in got and "executionRoleArn" not in expected:
            return "no-role-key-without-a-role", (
                f"your executionRoleArn is {got['executionRoleArn']!r}")
        if "executionRoleArn" in expected and got.get("executionRoleArn") != \
                expected["executionRoleArn"]:
            return "role-in-execution-role-arn", None
        extra = [k for k in got if k not in expected]
        if extra:
            return "exact-keys", f"unexpected key {extra[0]!r}"
        for key in ("family", "networkMode", "requiresCompatibilities", "cpu", "memory"):
            if key not in got:
                return "exact-keys", f"the key {key!r} is missing"
            if got[key] != expected[key]:
                return {"family": "family-as-given", "networkMode": "awsvpc-network-mode",
                        "requiresCompatibilities": "compatibilities-list",
                        "cpu": "cpu-and-memory-strings",
                        "memory": "cpu-and-memory-strings"}[key], (
                    f"your {key} is {got[key]!r}")
        containers = got.get("containerDefinitions")
        if not (isinstance(containers, list) and len(containers) == 1
                and isinstance(containers[0], dict)):
            return "one-container", f"your containerDefinitions is {containers!r}"
        mine, wanted = containers[0], expected["containerDefinitions"][0]
        for key in ("name", "image", "essential"):
            if mine.get(key) != wanted[key]:
                return {"name": "container-named-after-family", "image": "image-as-given",
                        "essential": "essential-container"}[key], (
                    f"your {key} is {mine.get(key)!r}")
        mappings = mine.get("portMappings")
        if not (isinstance(mappings, list) and len(mappings) == 1
                and isinstance(mappings[0], dict)):
            return "one-port-mapping", f"your portMappings is {mappings!r}"
        mapping = {k: v for k, v in mappings[0].items() if k != "hostPort"}
        if mapping.get("containerPort") != port:
            return "container-port", f"your containerPort is {mapping.get('containerPort')!r}"
        if mapping.get("protocol") != "tcp":
            return "tcp-protocol", f"your protocol is {mapping.get('protocol')!r}"
        if set(mine) - {"name", "image", "essential", "portMappings"} or set(mapping) - {
                "containerPort", "protocol"}:
            return "exact-keys", "the container or its port mapping has an extra key"
        return None, None

    def wrong_part(pid):
        def detect(case):
            found, text = part(case)
            return found == pid and (text or True)
        return detect

    def inputs(case):
        names = ["family", "image", "container_port", "cpu", "memory", "execution_role_arn"]
        return dict(zip(names, case.args), **case.kwargs)

    def refuses(case, **change):
        values = dict(inputs(case), **change)
        kind, value = case.probe(**values)
        return kind == "error" and isinstance(value, ValueError)

    def accepted(test):
        # For a check that expects ValueError: the function returned a definition instead.
        def detect(case):
            return case.raises is ValueError and case.returned and test(case, inputs(case))
        return detect

    def refused(test):
        # For a check that expects a definition: the function raised ValueError instead.
        def detect(case):
            return case.raises is None and case.raised(ValueError) and test(case, inputs(case))
        return detect

    def private(values):
        # The registry's match when the image is private ECR and no role is given.
        if values.get("execution_role_arn") is None:
            return private_ecr.match(values["image"])
        return None

    def china_missed(case, values):
        image = values["image"]
        return (private(values) and ".amazonaws.com.cn/" in image
                and refuses(case, image=image.replace(".amazonaws.com.cn/", ".amazonaws.com/"))
                and "your function refuses the same image with .amazonaws.com")

    def region_missed(case, values):
        found = private(values)
        return (found and found.group(1) != "us-east-1" and not found.group(2)
                and refuses(case, image=values["image"].replace(
                    f".ecr.{found.group(1)}.", ".ecr.us-east-1.", 1))
                and f"your function refuses the same image in us-east-1, not in "
                    f"{found.group(1)}")

    def ecr_public_refused(case, values):
        return (values["image"].startswith("public.ecr.aws/")
                and values.get("execution_role_arn") is None
                and not refuses(case, image="nginx")
                and "your function accepts 'nginx' without a role")

    def public_refused(case, values):
        # Refused without a role, accepted with one: the role is what the function wants.
        return (not private_ecr.match(values["image"])
                and values.get("execution_role_arn") is None
                and not refuses(case, execution_role_arn="arn:aws:iam::123456789012:role/r")
                and "your function accepts the same input with a role")

    def shared_result(case):
        # A definition came back wrong: does a result change when the function is called
        # again (one dict, or one inner list or dict, shared by every call)?
        import copy

        if not case.returned or case.raises or not isinstance(case.expected, dict):
            return False
        shown = copy.deepcopy(case.got)
        try:
            kind, first = case.probe("first", "nginx:1.27", 80, 256, 512,
                                     "arn:aws:iam::123456789012:role/first")
            if kind != "ok":
                return False
            before = copy.deepcopy(first)
            kind, second = case.probe("second", "httpd:2.4", 8080, 512, 1024)
            if kind != "ok":
                return False
            return ((second is first or first != before)
                    and "your result for family 'first' changed when the function was "
                        "called again for family 'second'")
        finally:
            # The probes may have changed the learner's shared dict: the message shows
            # what the failed call returned, as it returned it.
            if isinstance(case.got, dict) and case.got != shown:
                case.got.clear()
                case.got.update(shown)

    def short_account(case, values):
        # Refused without a role, accepted with one, and the host is private ECR's but for
        # an account that is not 12 digits.
        host = values["image"].split("/", 1)[0]
        account, _, rest = host.partition(".")
        return (account.isdigit() and len(account) != 12
                and private_ecr.match(f"{'1' * 12}.{rest}/")
                and values.get("execution_role_arn") is None
                and not refuses(case, execution_role_arn="arn:aws:iam::123456789012:role/r")
                and f"your function wants a role for an account of {len(account)} digits")

    def port_edge_refused(case, values):
        return values["container_port"] in (1, 65535)

    def size_refused(case, values):
        return is_valid_fargate_size(values["cpu"], values["memory"]) and not refuses(
            case, cpu=256, memory=512) and "your function accepts 256 CPU units with 512 MiB"

    def size_swapped(case, values):
        # A valid size refused, and the same size with cpu and memory swapped accepted.
        cpu, memory = values["cpu"], values["memory"]
        return (is_valid_fargate_size(cpu, memory) and not is_valid_fargate_size(memory, cpu)
                and not refuses(case, cpu=memory, memory=cpu)
                and f"your function accepts {memory} CPU units with {cpu} MiB")

    def size_label(values):
        return is_valid_fargate_size(values["cpu"], values["memory"])

    return Diagnosis(
        Property("returns-a-dict", "the task definition is a dict", "Return the dict that "
                 "the statement shows, built from the arguments.", wrong_part("returns-a-dict")),
        Property("new-dict-each-call", "each call returns a new definition, unchanged by "
                 "later calls",
                 "A result of your function changes when the function is called again, so "
                 "one call's values (a role, a family) show up in another's: build a new "
                 "dict, with new inner lists and dicts, at each call.", shared_result),
        Property("no-host-port", "on Fargate (awsvpc), a port mapping has no hostPort other "
                 "than the containerPort",
                 "On Fargate each task has its own network interface (awsvpc): there is no "
                 "host port to map, so leave hostPort out.", wrong_part("no-host-port")),
        Property("no-role-key-without-a-role", "without a role, the definition has no "
                 "executionRoleArn key",
                 "Leave executionRoleArn out when no role is given (None is not a role).",
                 wrong_part("no-role-key-without-a-role")),
        Property("role-in-execution-role-arn", "a role that is given is in executionRoleArn",
                 "A role that is given goes in executionRoleArn, whatever the image.",
                 wrong_part("role-in-execution-role-arn")),
        Property("exact-keys", "the definition has exactly the statement's keys",
                 "Return exactly the keys of the statement (a hostPort equal to the "
                 "containerPort is the only extra allowed).", wrong_part("exact-keys")),
        Property("family-as-given", "family is the family argument",
                 "Put the family argument, as given, in 'family'.",
                 wrong_part("family-as-given")),
        Property("awsvpc-network-mode", "networkMode is 'awsvpc'",
                 "Fargate tasks always use the awsvpc network mode.",
                 wrong_part("awsvpc-network-mode")),
        Property("compatibilities-list", "requiresCompatibilities is [\"FARGATE\"]",
                 "requiresCompatibilities is a list: [\"FARGATE\"].",
                 wrong_part("compatibilities-list")),
        Property("cpu-and-memory-strings", "task-level cpu and memory are strings of CPU "
                 "units and MiB", "In a task definition, task-level cpu and memory are "
                 "strings: str(cpu), str(memory), such as \"256\" and \"512\".",
                 wrong_part("cpu-and-memory-strings")),
        Property("one-container", "containerDefinitions is a list of one container",
                 "containerDefinitions is a list holding one dict.",
                 wrong_part("one-container")),
        Property("container-named-after-family", "the container is named after the family",
                 "Give the container the family as its name.",
                 wrong_part("container-named-after-family")),
        Property("image-as-given", "the container runs the image exactly as given",
                 "Put the image argument, unchanged, in the container's 'image'.",
                 wrong_part("image-as-given")),
        Property("essential-container", "the only container is essential (True)",
                 "Set 'essential': True.", wrong_part("essential-container")),
        Property("one-port-mapping", "portMappings is a list of one mapping",
                 "portMappings is a list holding one dict.", wrong_part("one-port-mapping")),
        Property("container-port", "containerPort is the container_port argument, an int",
                 "Put container_port, as an int, in 'containerPort'.",
                 wrong_part("container-port")),
        Property("tcp-protocol", "the port mapping's protocol is \"tcp\"",
                 "Set 'protocol': \"tcp\".", wrong_part("tcp-protocol")),
        Property("ecr-in-china-regions", "a private ECR registry in the China Regions ends "
                 "in .amazonaws.com.cn",
                 "A registry <account>.dkr.ecr.<region>.amazonaws.com.cn is a private ECR "
                 "registry too (the China Regions): it needs an execution role.",
                 accepted(china_missed)),
        Property("ecr-in-every-region", "a private ECR registry may be in any Region",
                 "Recognise <12-digit account>.dkr.ecr.<region>.amazonaws.com for every "
                 "Region, not one.", accepted(region_missed)),
        Property("private-ecr-needs-a-role", "an image from a private ECR registry without "
                 "an execution role raises ValueError",
                 "Raise ValueError when the image is in a private ECR registry "
                 "(<12-digit account>.dkr.ecr.<region>.amazonaws.com/...) and no role is "
                 "given.", accepted(lambda case, values: private(values))),
        Property("port-range", "a port outside 1-65535 raises ValueError",
                 "Raise ValueError unless 1 <= container_port <= 65535.",
                 accepted(lambda case, values: not 1 <= values["container_port"] <= 65535)),
        Property("size-from-the-table", "a size that is_valid_fargate_size rejects raises "
                 "ValueError", "Call is_valid_fargate_size(cpu, memory) and raise ValueError "
                 "when it returns False.",
                 accepted(lambda case, values: not size_label(values))),
        Property("ports-1-and-65535-valid", "ports 1 and 65535 are valid",
                 "Ports go from 1 to 65535, both included.", refused(port_edge_refused)),
        Property("cpu-then-memory", "the size check takes cpu first, then memory",
                 "Your function checks the size with cpu and memory swapped: "
                 "is_valid_fargate_size takes cpu first, then memory.",
                 refused(size_swapped)),
        Property("every-table-size-valid", "every size of the Fargate table is valid",
                 "Accept every size that is_valid_fargate_size accepts.",
                 refused(size_refused)),
        Property("ecr-public-needs-no-role", "an ECR Public image (public.ecr.aws) needs no "
                 "execution role",
                 "ECR Public (public.ecr.aws/...) is public, like Docker Hub: only a private "
                 "registry <12-digit account>.dkr.ecr.<region>.amazonaws.com needs a role.",
                 refused(ecr_public_refused)),
        Property("account-is-12-digits", "a private ECR registry's account ID is exactly 12 "
                 "digits",
                 "Only a host that starts with exactly 12 digits is a private ECR registry: "
                 "with fewer or more, the image is not from private ECR and needs no role.",
                 refused(short_account)),
        Property("public-images-need-no-role", "an image outside private ECR needs no "
                 "execution role",
                 "Only images from a private ECR registry (<12-digit account>.dkr.ecr."
                 "<region>.amazonaws.com/...) need an execution role: accept other images "
                 "without one.", refused(public_refused)),
    )


_DEFINITION_MISTAKES = _definition_mistakes()
_check, check_raises = bound_check(_DEFINITION_MISTAKES)
del _definition_mistakes


@grading_code
def check(fn, args=(), expected=None, kwargs=None, **options):
    """Call your function with args and compare with expected: the tests below use it."""
    # In awsvpc mode a hostPort equal to the containerPort is allowed: it is left out of
    # the comparison.
    import functools

    @functools.wraps(fn)
    def comparable(*a, **k):
        definition = fn(*a, **k)
        try:
            for mapping in definition["containerDefinitions"][0]["portMappings"]:
                if mapping.get("hostPort") == mapping.get("containerPort"):
                    mapping.pop("hostPort", None)
        except (KeyError, IndexError, TypeError, AttributeError):
            pass
        return definition
    return _check(comparable, args, expected, kwargs, **options)


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
# A public Docker Hub image needs no execution role.
check(fargate_task_definition, ("web", "nginx:1.27", 80, 256, 512), {
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
})

# A private ECR image, with the execution role that lets ECS pull it.
image = "123456789012.dkr.ecr.us-east-1.amazonaws.com/api:1.4.2"
role = "arn:aws:iam::123456789012:role/ecsTaskExecutionRole"
check(fargate_task_definition, ("api", image, 8080, 1024, 2048), {
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
}, {"execution_role_arn": role})

# The same image without an execution role cannot be pulled.
check_raises(fargate_task_definition, ("api", image, 8080, 1024, 2048), exc_type=ValueError)

# 256 CPU units cannot have 4 GB.
check_raises(fargate_task_definition, ("web", "nginx:1.27", 80, 256, 4096), exc_type=ValueError)

# --- PYODIDE:secrets --- #
from awsgrader import grading_code as _grading_code


@_grading_code
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

    mistakes = _DEFINITION_MISTAKES

    def expect(args, kwargs=None, note=None):
        # `note` says what the case is about, for whoever reads this grader. It is never
        # shown: the message's hint comes from the property that the learner's value or
        # exception breaks (see the env section), never from the case.
        kwargs = kwargs or {}
        expected = definition(*args, **kwargs)
        label = format_call("fargate_task_definition", args, kwargs)
        port = args[2]
        got = call(build, args, kwargs, label=label, expected_text=repr(expected),
                   diagnose=mistakes, expected=expected)
        got_text = short_repr(got, 1000)
        why = host_port_problem(got, port) or difference(got, expected)
        if why:
            check_line, hint = mistakes(build, args, kwargs, expected, got=got) or (None, None)
            fail(label, repr(expected), got_text, hint, why, check=check_line)

    def expect_error(args, kwargs=None, why=None):
        # `why`: what makes this input invalid, a fact shown with the message.
        check_raises(build, args, kwargs or {}, ValueError, why=why, diagnose=mistakes)

    # The shape of the definition.
    expect(("web", "nginx:1.27", 80, 256, 512), note="cpu and memory are strings in a task "
           "definition (\"256\", \"512\"); the container is named after the family.")
    expect(("shop-frontend", "nginx", 443, 512, 1024), note="One container named after the "
           "family, essential, with one tcp port mapping; no executionRoleArn key when no "
           "role is given.")
    expect(("worker_v2", "python:3.12-slim", 8000, 16384, 122880),
           note="Task-level cpu and memory are strings: \"16384\" and \"122880\".")
    expect(("batch-32", "python:3.12-slim", 8000, 32768, 249856),
           note="The largest size, 32 vCPU with 244 GB, is valid: \"32768\" and \"249856\".")
    expect(("web", "nginx:1.27", 80, 256, 512), {"execution_role_arn": role},
           note="A role that is given is always in the definition, whatever the image.")
    expect(("web", "nginx:1.27", 80, 256, 512),
           note="Right after a call with a role, a call without one has no role: each call "
                "builds its own definition.")
    # Ports: 1 to 65535.
    expect(("edge", "nginx:1.27", 1, 256, 512), note="Port 1 is a valid port.")
    expect(("edge", "nginx:1.27", 65535, 256, 512), note="Port 65535 is a valid port.")
    for port in (0, 65536, -80, 70000):
        expect_error(("edge", "nginx:1.27", port, 256, 512),
                     why=f"port {port} is outside 1-65535")
    # Sizes: only the Fargate table.
    for cpu, memory in ((256, 4096), (1024, 1024), (8192, 17408), (300, 512), (4096, 32768),
                        (32768, 131072)):
        expect_error(("web", "nginx:1.27", 80, cpu, memory),
                     why=f"{cpu} CPU units with {memory} MiB is not a Fargate size")
    for cpu, memories in VALID_TASK_SIZES.items():
        expect(("web", "nginx:1.27", 80, cpu, memories[-1]),
               note="Every size of the Fargate table is accepted.")

    # Images that need no execution role: Docker Hub, ECR Public, other registries.
    public = [
        "nginx", "library/nginx", "docker.io/library/nginx:1.27", "amazon/aws-cli:2.15.0",
        "public.ecr.aws/nginx/nginx:1.27", "public.ecr.aws/docker/library/python:3.12",
        "public.ecr.aws/aws-cli/aws-cli:latest", "ghcr.io/acme/ecr-sync:1.0",
        "quay.io/prometheus/node-exporter:v1.8.0", "registry.example.com:5000/team/app:1",
        # Near misses of a private ECR registry: they start with something else.
        "12345678901.dkr.ecr.us-east-1.amazonaws.com/api:1",
        "1234567890123.dkr.ecr.us-east-1.amazonaws.com/api:1",
        "123456789012.dkr.ecr.us-east-1.amazonaws.com.example.org/api:1",
    ]
    for image in public:
        expect(("app", image, 8080, 512, 1024), note=(
            "Only images from a private ECR registry (<12-digit account>.dkr.ecr.<region>."
            "amazonaws.com/...) need an execution role; Docker Hub and ECR Public "
            "(public.ecr.aws) images do not, nor a host with 11 or 13 digits, or one that "
            "goes on after amazonaws.com."))

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
        expect_error(("api", image, 8080, 1024, 2048), why=(
            f"{image.split('/')[0]} is a private ECR registry ({where}): without an "
            "execution role ECS cannot pull the image"))
        expect(("api", image, 8080, 1024, 2048), {"execution_role_arn": role},
               note="With an execution role a private ECR image is fine: include "
                    "executionRoleArn.")


_hidden_tests()
del _hidden_tests

# --- PYODIDE:post --- #
from awsgrader import stop_watchdog

stop_watchdog()
