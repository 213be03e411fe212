"""ECR exercises (image_uri, lifecycle_policy): correct solutions written other ways pass,
and independent solutions agree with the reference on mutated inputs (so that no hidden
case depends on a choice the statement does not state)."""

import random


from exercise_runner import ROOT, discover, load_solution, outcome_of

EXERCISES = {e.id: e for e in discover()}
ALT_DIR = ROOT / "tests" / "alt_solutions"


def alternatives(slug):
    return sorted(ALT_DIR.glob(f"ecr__{slug}__*.py"))


_load = load_solution


_outcome = outcome_of


def test_image_uri_solutions_agree_on_mutated_uris():
    exercise = EXERCISES["ecr/image_uri"]
    solutions = [_load(exercise, exercise.sections["corr"])["parse_image_uri"]]
    solutions += [_load(exercise, p.read_text(encoding="utf-8"))["parse_image_uri"]
                  for p in alternatives("image_uri")]
    seeds = [
        "123456789012.dkr.ecr.us-east-1.amazonaws.com/team-a/web-app:v1.2.0",
        "012345678901.dkr.ecr.us-gov-west-1.amazonaws.com/app@sha256:" + "ab" * 32,
        "public.ecr.aws/docker/library/python:3.12-slim",
        "public.ecr.aws/my-team.io/tools/cli",
    ]
    alphabet = "aZ0-._/:@1 \n"
    rng = random.Random(7)
    for _ in range(1500):
        uri = rng.choice(seeds)
        for _ in range(rng.randint(1, 3)):
            i = rng.randrange(len(uri) + 1)
            op = rng.random()
            if op < 0.4:
                uri = uri[:i] + rng.choice(alphabet) + uri[i:]
            elif op < 0.8:
                uri = uri[:i] + uri[i + 1:]
            else:
                uri = uri[:i] + uri[i:].upper()
        results = [_outcome(fn, uri) for fn in solutions]
        assert all(r == results[0] for r in results), (uri, results)


def test_lifecycle_solutions_agree_on_random_policies():
    """The reference and every alternative give the same answer on random valid policies,
    including ones where lower-priority rules count images that higher ones select."""
    from datetime import datetime, timedelta, timezone

    exercise = EXERCISES["ecr/lifecycle_policy"]
    solutions = [_load(exercise, exercise.sections["corr"])["images_to_expire"]]
    solutions += [_load(exercise, p.read_text(encoding="utf-8"))["images_to_expire"]
                  for p in alternatives("lifecycle_policy")]
    assert len(solutions) >= 3
    now = datetime(2026, 11, 30, 6, 0, tzinfo=timezone.utc)
    prefix_sets = [["prod"], ["beta"], ["v1"], ["rc"], ["dev", "sha"]]
    tags = ["prod-1", "prod-2", "beta-1", "beta-2", "v1.0", "rc1", "dev-3", "sha-9", "x"]
    rng = random.Random(13)
    for _ in range(400):
        count = rng.randint(1, 4)
        priorities = sorted(rng.sample(range(1, 20), count))
        sets = rng.sample(prefix_sets, count)
        rules = []
        untagged = False
        for i, priority in enumerate(priorities):
            kinds = ["tagged"] + ([] if untagged else ["untagged"]) + (
                ["any"] if i == count - 1 else [])
            kind = rng.choice(kinds)
            untagged = untagged or kind == "untagged"
            count_type = rng.choice(["imageCountMoreThan", "sinceImagePushed"])
            selection = {"tagStatus": kind, "countType": count_type,
                         "countNumber": rng.randint(1, 4)}
            if kind == "tagged":
                selection["tagPrefixList"] = sets[i]
            if count_type == "sinceImagePushed":
                selection["countUnit"] = "days"
            rules.append({"rulePriority": priority, "selection": selection,
                          "action": {"type": "expire"}})
        rng.shuffle(rules)
        hours = rng.sample(range(0, 8 * 24), rng.randint(0, 10))
        images = [{"digest": f"sha256:{n}", "tags": rng.sample(tags, rng.choice([0, 1, 2])),
                   "pushed_at": now - timedelta(hours=h)} for n, h in enumerate(hours)]
        results = [set(fn(images, {"rules": rules}, now)) for fn in solutions]
        assert all(r == results[0] for r in results), (images, rules, results)
