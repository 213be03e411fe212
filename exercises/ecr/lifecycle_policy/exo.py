# --- PYODIDE:env --- #
from datetime import datetime, timedelta, timezone

from awsgrader import start_watchdog

start_watchdog()

# --- PYODIDE:code --- #
def images_to_expire(images, policy, now):
    ...

# --- PYODIDE:corr --- #
from datetime import timedelta


def check_policy(rules):
    priorities = [rule["rulePriority"] for rule in rules]
    if len(set(priorities)) != len(priorities):
        raise ValueError(f"rulePriority values must be unique: {sorted(priorities)}")
    highest = max(priorities, default=None)
    for rule in rules:
        selection = rule["selection"]
        priority = rule["rulePriority"]
        if selection["tagStatus"] == "any" and priority != highest:
            raise ValueError(f"rule {priority}: a tagStatus 'any' rule must have the highest "
                             "rulePriority")
        if selection["tagStatus"] == "tagged" and not selection.get("tagPrefixList"):
            raise ValueError(f"rule {priority}: a 'tagged' rule needs a tagPrefixList")
        if selection["countType"] == "imageCountMoreThan" and "countUnit" in selection:
            raise ValueError(f"rule {priority}: countUnit goes only with sinceImagePushed")
        if selection["countNumber"] < 1:
            raise ValueError(f"rule {priority}: countNumber must be 1 or more")


def selects(selection, tags):
    status = selection["tagStatus"]
    if status == "any":
        return True
    if status == "untagged":
        return not tags
    return all(any(tag.startswith(prefix) for tag in tags)
               for prefix in selection["tagPrefixList"])


def images_to_expire(images, policy, now):
    rules = sorted(policy["rules"], key=lambda rule: rule["rulePriority"])
    check_policy(rules)
    unclaimed = list(images)
    expired = set()
    for rule in rules:
        selection = rule["selection"]
        claimed = [image for image in unclaimed if selects(selection, image["tags"])]
        unclaimed = [image for image in unclaimed if image not in claimed]
        if selection["countType"] == "imageCountMoreThan":
            newest_first = sorted(claimed, key=lambda image: image["pushed_at"], reverse=True)
            expired.update(image["digest"] for image in newest_first[selection["countNumber"]:])
        else:
            max_age = timedelta(days=selection["countNumber"])
            expired.update(image["digest"] for image in claimed
                           if now - image["pushed_at"] > max_age)
    return expired

# --- PYODIDE:tests --- #
# The repositories of AWS's own examples ("Examples of lifecycle policies").
def sorted_set_text(value):
    # A set prints in an arbitrary order: sort it so that the messages read the same.
    if isinstance(value, (set, frozenset)):
        return "{" + ", ".join(repr(item) for item in sorted(value)) + "}"
    return repr(value)


example_now = datetime(2026, 11, 26, 12, 0, tzinfo=timezone.utc)


def pushed_days_ago(days_ago):
    return example_now - timedelta(days=days_ago)


def example_rule(priority, tag_status, count_type, count_number, prefixes=None):
    selection = {"tagStatus": tag_status, "countType": count_type, "countNumber": count_number}
    if prefixes is not None:
        selection["tagPrefixList"] = prefixes
    if count_type == "sinceImagePushed":
        selection["countUnit"] = "days"
    return {"rulePriority": priority, "selection": selection, "action": {"type": "expire"}}


example_images = [
    {"digest": "sha256:aaa", "tags": ["beta-1", "prod-1"], "pushed_at": pushed_days_ago(10)},
    {"digest": "sha256:bbb", "tags": ["beta-2", "prod-2"], "pushed_at": pushed_days_ago(9)},
    {"digest": "sha256:ccc", "tags": ["beta-3"], "pushed_at": pushed_days_ago(8)},
]
# Rule 1 claims A and B (prod) and keeps B; rule 2 claims only C and keeps it.
example_policy = {"rules": [example_rule(1, "tagged", "imageCountMoreThan", 1, ["prod"]),
                            example_rule(2, "tagged", "imageCountMoreThan", 1, ["beta"])]}
got = images_to_expire(example_images, example_policy, example_now)
assert got == {"sha256:aaa"}, f"expected {{'sha256:aaa'}}, got {sorted_set_text(got)}"

# The same rules, priorities swapped: rule 1 (beta) claims all three and keeps C.
example_policy = {"rules": [example_rule(1, "tagged", "imageCountMoreThan", 1, ["beta"]),
                            example_rule(2, "tagged", "imageCountMoreThan", 1, ["prod"])]}
got = images_to_expire(example_images, example_policy, example_now)
assert got == {"sha256:aaa", "sha256:bbb"}, (
    f"expected {{'sha256:aaa', 'sha256:bbb'}}, got {sorted_set_text(got)}")

# Several prefixes in one rule: an image needs all of them.
example_images = [
    {"digest": "sha256:a", "tags": ["alpha-1"], "pushed_at": pushed_days_ago(12)},
    {"digest": "sha256:b", "tags": ["beta-1"], "pushed_at": pushed_days_ago(11)},
    {"digest": "sha256:c", "tags": ["alpha-2", "beta-2"], "pushed_at": pushed_days_ago(10)},
    {"digest": "sha256:d", "tags": ["alpha-3"], "pushed_at": pushed_days_ago(4)},
    {"digest": "sha256:e", "tags": ["beta-3"], "pushed_at": pushed_days_ago(3)},
    {"digest": "sha256:f", "tags": ["alpha-4", "beta-4"], "pushed_at": pushed_days_ago(2)},
]
example_policy = {"rules": [example_rule(1, "tagged", "sinceImagePushed", 5, ["alpha", "beta"])]}
got = images_to_expire(example_images, example_policy, example_now)
assert got == {"sha256:c"}, f"expected {{'sha256:c'}}, got {sorted_set_text(got)}"

# Untagged images older than 14 days; exactly 14 days is not "more than" 14.
example_images = [
    {"digest": "sha256:old", "tags": [], "pushed_at": pushed_days_ago(15)},
    {"digest": "sha256:edge", "tags": [], "pushed_at": pushed_days_ago(14)},
    {"digest": "sha256:tagged", "tags": ["v1"], "pushed_at": pushed_days_ago(90)},
]
example_policy = {"rules": [example_rule(1, "untagged", "sinceImagePushed", 14)]}
got = images_to_expire(example_images, example_policy, example_now)
assert got == {"sha256:old"}, f"expected {{'sha256:old'}}, got {sorted_set_text(got)}"

# An invalid policy: two rules with the same priority.
example_policy = {"rules": [example_rule(1, "untagged", "sinceImagePushed", 14),
                            example_rule(1, "any", "imageCountMoreThan", 10)]}
try:
    got = images_to_expire(example_images, example_policy, example_now)
except ValueError:
    pass
else:
    raise AssertionError(
        f"duplicate rulePriority: expected ValueError, got {sorted_set_text(got)}")

# --- PYODIDE:secrets --- #
def _hidden_tests():
    import random
    from datetime import datetime, timedelta, timezone
    import copy
    from awsgrader import check_raises, difference, fail, require_function

    expire = require_function(globals(), "images_to_expire", ["images", "policy", "now"])
    now = datetime(2026, 11, 26, 9, 30, tzinfo=timezone.utc)

    def ago(days=0, seconds=0):
        return now - timedelta(days=days, seconds=seconds)

    def img(name, tags, pushed_at):
        return {"digest": f"sha256:{name}", "tags": list(tags), "pushed_at": pushed_at}

    def rule(priority, tag_status, count_type, count_number, prefixes=None, unit=None):
        selection = {"tagStatus": tag_status, "countType": count_type,
                     "countNumber": count_number}
        if prefixes is not None:
            selection["tagPrefixList"] = list(prefixes)
        if unit or count_type == "sinceImagePushed":
            selection["countUnit"] = unit or "days"
        return {"rulePriority": priority, "description": f"rule {priority}",
                "selection": selection, "action": {"type": "expire"}}

    def describe(images, rules):
        # The call's input, readable: the images (age before now) and the rules.
        lines = ["images_to_expire(images, policy, now), now = 2026-11-26 09:30 UTC:"]
        for im in images:
            lines.append(f"    image {im['digest']} tags={im['tags']} pushed "
                         f"{now - im['pushed_at']} before now")
        if not images:
            lines.append("    no images")
        for r in rules:
            sel = dict(r["selection"])
            lines.append(f"    rule rulePriority={r['rulePriority']} selection={sel}")
        return "\n".join(lines)

    def sorted_set_text(value):
        if isinstance(value, (set, frozenset)):
            return "{" + ", ".join(repr(item) for item in sorted(value, key=repr)) + "}"
        return repr(value)

    def compare(images, rules, expected, hint):
        # Like check(), but the (costly) description of the input is built only on failure.
        try:
            got = expire(copy.deepcopy(images), {"rules": copy.deepcopy(rules)}, now)
            error = None
        except Exception as exc:
            error = f"{type(exc).__name__}: {exc}"
        if error is not None:
            fail(describe(images, rules), sorted_set_text(expected), error, hint)
        why = difference(got, expected)
        if why:
            fail(describe(images, rules), sorted_set_text(expected),
                 sorted_set_text(got), hint, why)

    def expect(images, rules, expected_names, hint):
        compare(images, rules, {f"sha256:{name}" for name in expected_names}, hint)

    # An independent oracle: first find each image's claiming rule, then apply each rule.
    def oracle(images, rules):
        order = sorted(range(len(rules)), key=lambda i: rules[i]["rulePriority"])

        def matches(sel, tags):
            if sel["tagStatus"] == "untagged":
                return len(tags) == 0
            if sel["tagStatus"] == "any":
                return True
            for prefix in sel["tagPrefixList"]:
                if not [t for t in tags if t[:len(prefix)] == prefix]:
                    return False
            return True

        owner = {}
        for image in images:
            for i in order:
                if matches(rules[i]["selection"], image["tags"]):
                    owner[image["digest"]] = i
                    break
        result = set()
        for i in order:
            sel = rules[i]["selection"]
            mine = [im for im in images if owner.get(im["digest"]) == i]
            if sel["countType"] == "sinceImagePushed":
                limit = sel["countNumber"] * 86400
                result |= {im["digest"] for im in mine
                           if (now - im["pushed_at"]).total_seconds() > limit}
            else:
                ranked = sorted(mine, key=lambda im: -(im["pushed_at"] - now).total_seconds())
                result |= {im["digest"] for im in ranked[sel["countNumber"]:]}
        return result

    # Selection.
    images = [img("p1", ["prod-1"], ago(5)), img("p2", ["prod-2", "latest"], ago(4)),
              img("u1", [], ago(3)), img("b1", ["beta-1"], ago(2))]
    expect(images, [rule(1, "tagged", "imageCountMoreThan", 1, ["prod"])], ["p1"],
           "A tagged rule selects only images with a tag starting with its prefix: it keeps "
           "the newest prod image, p2, and expires p1; untagged and beta images are left.")
    expect(images, [rule(1, "untagged", "imageCountMoreThan", 1)], [],
           "Only u1 is untagged, and the rule keeps 1 image.")
    expect(images, [rule(1, "any", "imageCountMoreThan", 2)], ["p1", "p2"],
           "'any' selects every image: keep the 2 most recently pushed (b1, u1).")
    expect([img("x", ["release-prod"], ago(30)), img("y", ["prod"], ago(30, 1))],
           [rule(1, "tagged", "sinceImagePushed", 7, ["prod"])], ["y"],
           "A prefix must START a tag: 'release-prod' does not start with 'prod'.")
    expect([img("x", ["Prod-1"], ago(30)), img("y", ["prod-1"], ago(31))],
           [rule(1, "tagged", "sinceImagePushed", 7, ["prod"])], ["y"],
           "Prefixes are case-sensitive: 'Prod-1' does not start with 'prod'.")
    images = [img("a", ["alpha-1"], ago(20)), img("ab", ["alpha-2", "beta-2"], ago(19)),
              img("b", ["beta-1"], ago(18)), img("one", ["alphabeta"], ago(17))]
    expect(images, [rule(1, "tagged", "sinceImagePushed", 10, ["alpha", "beta"])], ["ab"],
           "With several prefixes an image needs ALL of them (each prefix starting one of "
           "its tags); 'alphabeta' starts with 'alpha' but not with 'beta'.")
    expect([img("ab", ["alpha-beta"], ago(20)), img("c", ["alpha"], ago(21))],
           [rule(1, "tagged", "sinceImagePushed", 10, ["alpha", "alpha-b"])], ["ab"],
           "Two prefixes may be matched by the same tag: 'alpha-beta' starts with both "
           "'alpha' and 'alpha-b'.")
    expect([img("t", ["v1"], ago(40)), img("u", [], ago(40, 1))],
           [rule(1, "tagged", "sinceImagePushed", 30, ["v"])], ["t"],
           "An untagged image never matches a tagged rule.")

    # imageCountMoreThan: keep the newest countNumber, by pushed_at (not list order).
    images = [img("mid", ["v2"], ago(2)), img("new", ["v3"], ago(1)),
              img("old", ["v1"], ago(3)), img("oldest", ["v0"], ago(4))]
    expect(images, [rule(1, "tagged", "imageCountMoreThan", 2, ["v"])], ["old", "oldest"],
           "Keep the 2 most recently pushed images (largest pushed_at), expire the others; "
           "the list is not sorted.")
    expect(images, [rule(1, "tagged", "imageCountMoreThan", 4, ["v"])], [],
           "countNumber 4 and 4 images: nothing to expire (keep 4, not 3).")
    expect(images, [rule(1, "tagged", "imageCountMoreThan", 10, ["v"])], [],
           "Fewer images than countNumber: nothing to expire.")
    expect([], [rule(1, "any", "imageCountMoreThan", 1)], [], "No images, nothing to expire.")

    # sinceImagePushed: strictly more than countNumber days before now.
    images = [img("exact", [], ago(7)), img("plus1s", [], ago(7, 1)),
              img("minus1s", [], ago(6, 86399)), img("fresh", [], ago(0))]
    expect(images, [rule(1, "untagged", "sinceImagePushed", 7)], ["plus1s"],
           "Pushed exactly 7 days before now is not MORE than 7 days: kept. One second "
           "more is expired. Compare now - pushed_at > timedelta(days=7), with the times, "
           "not calendar dates.")
    images = [img("late", [], datetime(2026, 11, 19, 23, 59, tzinfo=timezone.utc)),
              img("early", [], datetime(2026, 11, 19, 0, 1, tzinfo=timezone.utc))]
    expect(images, [rule(1, "untagged", "sinceImagePushed", 7)], ["early"],
           "Both were pushed on Nov 19; now is Nov 26 09:30. 'early' is 7 days 9 h 29 min "
           "old (expired), 'late' is 6 days 9 h 31 min old (kept): count time, not dates.")
    expect([img("a", [], ago(400)), img("b", [], ago(2))],
           [rule(1, "untagged", "sinceImagePushed", 365)], ["a"],
           "Use the `now` argument, not the computer's clock.")

    # Claiming: the first rule (by rulePriority) that selects an image owns it.
    images = [img("keep", ["prod-1"], ago(100)), img("u1", [], ago(50)), img("u2", [], ago(1))]
    expect(images, [rule(1, "tagged", "imageCountMoreThan", 5, ["prod"]),
                    rule(9, "any", "sinceImagePushed", 30)], ["u1"],
           "An image claimed by a rule that keeps it cannot be expired by a later rule: "
           "'keep' is claimed by rule 1, so the 'any' rule cannot expire it.")
    images = [img("p1", ["prod-1"], ago(1)), img("x", ["dev"], ago(2)), img("y", [], ago(3)),
              img("z", ["dev"], ago(4))]
    expect(images, [rule(1, "tagged", "imageCountMoreThan", 1, ["prod"]),
                    rule(2, "any", "imageCountMoreThan", 1)], ["y", "z"],
           "imageCountMoreThan counts only the images the rule claims: the 'any' rule claims "
           "x, y and z (p1 belongs to rule 1) and keeps the newest of them, x.")
    images = [img("u_old", [], ago(20)), img("u_new", [], ago(2)), img("t_old", ["v1"], ago(20)),
              img("t_new", ["v2"], ago(2))]
    expect(images, [rule(10, "untagged", "sinceImagePushed", 7),
                    rule(20, "any", "imageCountMoreThan", 1)], ["u_old", "t_old"],
           "Priorities need not be 1, 2, 3: rule 10 claims the untagged images (expires "
           "u_old), rule 20 claims the tagged ones and keeps only t_new.")
    images = [img("a", ["prod"], ago(50)), img("b", ["prod"], ago(40))]
    expect(images, [rule(1, "tagged", "sinceImagePushed", 100, ["prod"]),
                    rule(2, "tagged", "imageCountMoreThan", 1, ["prod"])], [],
           "Rule 1 claims both images and keeps them (younger than 100 days): rule 2 "
           "cannot expire them.")

    images = [img("a", ["beta-1", "prod-1"], ago(10)), img("b", ["beta-2", "prod-2"], ago(9)),
              img("c", ["beta-3"], ago(8))]
    expect(images, [rule(2, "tagged", "imageCountMoreThan", 1, ["beta"]),
                    rule(1, "tagged", "imageCountMoreThan", 1, ["prod"])], ["a"],
           "Rules apply by ascending rulePriority, not in list order: rule 1 (prod) claims a "
           "and b and keeps b; rule 2 (beta) only claims c, keeps it.")

    # Invalid policies.
    images = [img("a", ["v1"], ago(3)), img("b", [], ago(2))]
    invalid = [
        ([rule(1, "untagged", "sinceImagePushed", 14), rule(1, "tagged", "imageCountMoreThan",
                                                           3, ["v"])],
         "Two rules with rulePriority 1: priorities must be unique."),
        ([rule(1, "any", "imageCountMoreThan", 5), rule(2, "untagged", "sinceImagePushed", 1)],
         "The 'any' rule must have the highest rulePriority (here it has 1, another has 2)."),
        ([rule(2, "any", "imageCountMoreThan", 5), rule(1, "any", "imageCountMoreThan", 9)],
         "Two 'any' rules: one of them is not the last."),
        ([rule(1, "tagged", "imageCountMoreThan", 5)], "A 'tagged' rule without tagPrefixList."),
        ([rule(1, "tagged", "imageCountMoreThan", 5, [])],
         "A 'tagged' rule with an empty tagPrefixList."),
        ([rule(1, "untagged", "imageCountMoreThan", 5, unit="days")],
         "countUnit goes only with sinceImagePushed, not with imageCountMoreThan."),
        ([rule(1, "untagged", "sinceImagePushed", 0)], "countNumber 0: it must be 1 or more."),
        ([rule(1, "untagged", "imageCountMoreThan", 0)],
         "countNumber 0: it must be 1 or more (with imageCountMoreThan too)."),
        ([rule(1, "tagged", "sinceImagePushed", 30, ["v"]), rule(2, "any",
                                                              "imageCountMoreThan", -1)],
         "countNumber -1: it must be 1 or more."),
    ]
    for rules, hint in invalid:
        check_raises(expire, (images, {"rules": rules}, now), exc_type=ValueError, hint=hint,
                     label=describe(images, rules))
    rules = [rule(1, "tagged", "imageCountMoreThan", 5, [])]
    check_raises(expire, ([], {"rules": rules}, now), exc_type=ValueError,
                 hint="Validate the policy even when there are no images.",
                 label=describe([], rules))
    # Valid edge: the 'any' rule listed first but with the highest priority.
    expect([img("a", ["v1"], ago(3)), img("b", [], ago(2)), img("c", [], ago(1))],
           [rule(5, "any", "imageCountMoreThan", 1), rule(1, "untagged", "sinceImagePushed", 1)],
           ["b"],
           "Valid: the 'any' rule is listed first but has the highest rulePriority (5). "
           "Rule 1 claims the untagged b and c and expires b (2 days old; c is exactly 1 day "
           "old, kept); rule 5 claims a and keeps it.")

    # Random valid policies against the oracle.
    rng = random.Random(20261126)
    prefix_sets = [["prod"], ["beta"], ["v1"], ["prod", "v1"], ["rc"], ["beta", "rc"]]
    tag_pool = ["prod", "prod-2", "beta-1", "v1.0", "v1.2", "rc1", "latest", "dev"]
    for _ in range(60):
        priorities = rng.sample(range(1, 30), rng.randint(1, 4))
        rules = []
        used_untagged = False
        sets = rng.sample(prefix_sets, len(priorities))
        for i, priority in enumerate(sorted(priorities)):
            last = i == len(priorities) - 1
            kinds = ["tagged"] + ([] if used_untagged else ["untagged"]) + (["any"] if last
                                                                           else [])
            kind = rng.choice(kinds)
            used_untagged = used_untagged or kind == "untagged"
            count_type = rng.choice(["imageCountMoreThan", "sinceImagePushed"])
            number = rng.randint(1, 4) if count_type == "imageCountMoreThan" \
                else rng.randint(1, 20)
            rules.append(rule(priority, kind, count_type, number,
                              sets[i] if kind == "tagged" else None))
        rng.shuffle(rules)
        seconds = rng.sample(range(0, 30 * 86400, 3600), rng.randint(0, 8))
        images = [img(f"i{n}", rng.sample(tag_pool, rng.choice([0, 0, 1, 1, 2, 3])),
                      ago(0, s)) for n, s in enumerate(seconds)]
        compare(images, rules, oracle(images, rules),
                "A random valid policy, checked against an independent implementation.")


_hidden_tests()
del _hidden_tests

# --- PYODIDE:post --- #
from awsgrader import stop_watchdog

stop_watchdog()
