"""ecs/task_definition: correct solutions written other ways pass, and they agree with the
reference on many generated images, ports and sizes (a private ECR registry is recognised
the same way by a regex and by split())."""

import random

from exercise_runner import ROOT, discover, load_solution, outcome_of

EXERCISE = next(e for e in discover() if e.id == "ecs/task_definition")
ALTERNATIVES = sorted((ROOT / "tests" / "alt_solutions").glob("ecs__task_definition__*.py"))


def _load(code):
    return load_solution(EXERCISE, code)["fargate_task_definition"]


def _without_host_port(definition):
    for container in definition["containerDefinitions"]:
        for mapping in container["portMappings"]:
            if mapping.get("hostPort") == mapping["containerPort"]:
                del mapping["hostPort"]
    return definition


def _outcome(fn, *args, **kwargs):
    kind, result = outcome_of(fn, *args, **kwargs)
    return (kind, _without_host_port(result) if kind == "ok" else None)


def test_solutions_agree_on_generated_images():
    solutions = [_load(EXERCISE.sections["corr"])]
    solutions += [_load(p.read_text(encoding="utf-8")) for p in ALTERNATIVES]
    accounts = ["123456789012", "000000000000", "12345678901", "1234567890123", "12345678901a"]
    hosts = ["dkr.ecr.{r}.amazonaws.com", "dkr.ecr.{r}.amazonaws.com.cn", "ecr.{r}.amazonaws.com",
             "dkr.ecr.{r}.amazonaws.org", "dkr.ecs.{r}.amazonaws.com"]
    regions = ["us-east-1", "eu-west-1", "cn-north-1", "us-gov-west-1", "ap-southeast-2"]
    paths = ["api", "team/api:1.0", "api@sha256:" + "ab" * 32, "docker-hub/library/nginx"]
    others = ["nginx", "nginx:1.27", "library/nginx", "public.ecr.aws/nginx/nginx:1.27",
              "ghcr.io/acme/ecr-sync:1", "registry.example.com:5000/app"]
    rng = random.Random(13)
    for _ in range(2000):
        if rng.random() < 0.8:
            host = rng.choice(hosts).format(r=rng.choice(regions))
            image = f"{rng.choice(accounts)}.{host}/{rng.choice(paths)}"
        else:
            image = rng.choice(others)
        args = ("app", image, rng.choice([0, 1, 80, 65535, 65536]),
                rng.choice([256, 512, 1024]), rng.choice([512, 1024, 2048, 4096]))
        kwargs = rng.choice([{}, {"execution_role_arn": "arn:aws:iam::123456789012:role/x"}])
        results = [_outcome(fn, *args, **kwargs) for fn in solutions]
        assert all(r == results[0] for r in results), (args, kwargs, results)
