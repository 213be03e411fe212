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
    expired = set()
    protected = set()  # digests that a higher-priority rule selects
    for rule in rules:
        selection = rule["selection"]
        # The rule sees every image it selects, even one a higher-priority rule selects.
        seen = [image for image in images if selects(selection, image["tags"])]
        if selection["countType"] == "imageCountMoreThan":
            newest_first = sorted(seen, key=lambda image: image["pushed_at"], reverse=True)
            marked = newest_first[selection["countNumber"]:]
        else:
            max_age = timedelta(days=selection["countNumber"])
            marked = [image for image in seen if now - image["pushed_at"] > max_age]
        # ... but it cannot expire an image that a higher-priority rule selects.
        expired.update(image["digest"] for image in marked if image["digest"] not in protected)
        protected.update(image["digest"] for image in seen)
    return expired

# --- PYODIDE:tests --- #
# AWS's own worked examples ("Examples of lifecycle policies" in the Amazon ECR user guide),
# then the case where "a rule counts only the images no earlier rule selected" goes wrong.
def sorted_set_text(value):
    # A set prints in an arbitrary order: sort it so that the messages read the same.
    if isinstance(value, (set, frozenset)):
        if not value:
            return "set()"
        return "{" + ", ".join(repr(item) for item in sorted(value, key=repr)) + "}"
    return repr(value)


example_now = datetime(2026, 11, 26, 12, 0, tzinfo=timezone.utc)


def image(name, tags, days_ago, hours=0):
    pushed_at = example_now - timedelta(days=days_ago, hours=hours)
    return {"digest": f"sha256:{name}", "tags": tags, "pushed_at": pushed_at}


def example_rule(priority, tag_status, count_type, count_number, prefixes=None):
    selection = {"tagStatus": tag_status, "countType": count_type, "countNumber": count_number}
    if prefixes is not None:
        selection["tagPrefixList"] = prefixes
    if count_type == "sinceImagePushed":
        selection["countUnit"] = "days"
    return {"rulePriority": priority, "selection": selection, "action": {"type": "expire"}}


def check_example(name, images, rules, expected_names):
    expected = {f"sha256:{n}" for n in expected_names}
    got = images_to_expire(images, {"rules": rules}, example_now)
    assert got == expected, (
        f"{name}: images_to_expire(images, policy, now)\n"
        f"  expected: {sorted_set_text(expected)}\n  got:      {sorted_set_text(got)}")


# "Filtering on multiple rules", Example A and Example B (priorities swapped).
images = [image("a", ["beta-1", "prod-1"], 10), image("b", ["beta-2", "prod-2"], 9),
          image("c", ["beta-3"], 8)]
check_example("AWS, multiple rules, Example A", images,
              [example_rule(1, "tagged", "imageCountMoreThan", 1, ["prod"]),
               example_rule(2, "tagged", "imageCountMoreThan", 1, ["beta"])], ["a"])
check_example("AWS, multiple rules, Example B", images,
              [example_rule(1, "tagged", "imageCountMoreThan", 1, ["beta"]),
               example_rule(2, "tagged", "imageCountMoreThan", 1, ["prod"])], ["a", "b"])

# "Filtering on multiple tags in a single rule", Examples A and B: an image needs every prefix.
images = [image("a", ["alpha-1"], 12), image("b", ["beta-1"], 11),
          image("c", ["alpha-2", "beta-2"], 10), image("d", ["alpha-3"], 4),
          image("e", ["beta-3"], 3), image("f", ["alpha-4", "beta-4"], 2)]
check_example("AWS, multiple tags in a single rule, Example A", images,
              [example_rule(1, "tagged", "sinceImagePushed", 5, ["alpha", "beta"])], ["c"])
images = [image("a", ["alpha-1", "beta-1", "gamma-1"], 10), image("b", ["alpha-2", "beta-2"], 9),
          image("c", ["alpha-3", "beta-3", "gamma-2"], 8)]
check_example("AWS, multiple tags in a single rule, Example B", images,
              [example_rule(1, "tagged", "imageCountMoreThan", 1, ["alpha", "beta"])],
              ["a", "b"])

# "Filtering on all images", Examples A and B.
images = [image("a", ["alpha-1"], 4), image("b", ["beta-1"], 3), image("c", [], 2),
          image("d", ["alpha-2"], 1)]
check_example("AWS, all images, Example A", images,
              [example_rule(1, "any", "imageCountMoreThan", 1)], ["a", "b", "c"])
# AWS pushes D and E both "1 day ago"; here D is 25 hours old and E 23 hours old, so that
# no two images share a push time (AWS's result keeps E as the newest image).
images = [image("a", ["alpha-1", "beta-1"], 4), image("b", [], 3), image("c", ["alpha-2"], 2),
          image("d", ["git hash"], 1, hours=1), image("e", [], 0, hours=23)]
check_example("AWS, all images, Example B", images,
              [example_rule(1, "tagged", "imageCountMoreThan", 1, ["alpha"]),
               example_rule(2, "untagged", "sinceImagePushed", 1),
               example_rule(3, "any", "imageCountMoreThan", 1)], ["a", "b", "d"])

# Rule 2 counts image b although rule 1 selects it: b is rule 2's newest beta image, so a goes.
images = [image("a", ["beta-1"], 2), image("b", ["beta-2", "prod-1"], 1)]
check_example("Rule 2 counts the images rule 1 selects", images,
              [example_rule(1, "tagged", "imageCountMoreThan", 1, ["prod"]),
               example_rule(2, "tagged", "imageCountMoreThan", 1, ["beta"])], ["a"])

# An invalid policy: two rules with the same priority.
rules = [example_rule(1, "untagged", "sinceImagePushed", 14),
         example_rule(1, "any", "imageCountMoreThan", 10)]
try:
    got = images_to_expire(images, {"rules": rules}, example_now)
except ValueError:
    pass
else:
    raise AssertionError("two rules with rulePriority 1: images_to_expire(images, policy, now)\n"
                         f"  expected: ValueError raised\n  got:      {sorted_set_text(got)}")

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
            if not value:
                return "set()"
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

    # An independent oracle, image by image: the first rule (by rulePriority) that selects
    # the image decides; a count rule ranks it among ALL the images that rule selects.
    def oracle(images, rules):
        order = sorted(rules, key=lambda r: r["rulePriority"])

        def matches(sel, tags):
            if sel["tagStatus"] == "untagged":
                return len(tags) == 0
            if sel["tagStatus"] == "any":
                return True
            for prefix in sel["tagPrefixList"]:
                if not [t for t in tags if t[:len(prefix)] == prefix]:
                    return False
            return True

        result = set()
        for im in images:
            deciding = [r for r in order if matches(r["selection"], im["tags"])][:1]
            if not deciding:
                continue
            sel = deciding[0]["selection"]
            if sel["countType"] == "sinceImagePushed":
                if (now - im["pushed_at"]).total_seconds() > sel["countNumber"] * 86400:
                    result.add(im["digest"])
            else:
                newer = [o for o in images if matches(sel, o["tags"])
                         and o["pushed_at"] > im["pushed_at"]]
                if len(newer) >= sel["countNumber"]:
                    result.add(im["digest"])
        return result

    # The result.
    expect([img("old", [], ago(20)), img("new", [], ago(1))],
           [rule(1, "untagged", "sinceImagePushed", 14)], ["old"],
           "Return the SET of the digests to expire (a set or a frozenset, not a list): here "
           "only 'old' is more than 14 days old.")

    # Selection.
    images = [img("p1", ["prod-1"], ago(5)), img("p2", ["prod-2", "latest"], ago(4)),
              img("u1", [], ago(3)), img("b1", ["beta-1"], ago(2))]
    expect(images, [rule(1, "tagged", "sinceImagePushed", 1, ["prod"])], ["p1", "p2"],
           "A tagged rule selects only the images with a tag starting with its prefix: p1 and "
           "p2 (prod) are more than 1 day old; the untagged u1 and the beta b1 are not "
           "selected.")
    expect(images, [rule(1, "untagged", "imageCountMoreThan", 1)], [],
           "Only u1 is untagged, and the rule keeps 1 image.")
    expect(images, [rule(1, "any", "imageCountMoreThan", 2)], ["p1", "p2"],
           "'any' selects every image, tagged or not: keep the 2 most recently pushed (b1, "
           "u1) and expire the others.")
    expect([img("x", ["release-prod"], ago(30)), img("y", ["prod"], ago(30, 1))],
           [rule(1, "tagged", "sinceImagePushed", 7, ["prod"])], ["y"],
           "A prefix must START a tag: 'release-prod' does not start with 'prod'.")
    expect([img("x", ["Prod-1"], ago(30)), img("y", ["prod-1"], ago(31))],
           [rule(1, "tagged", "sinceImagePushed", 7, ["prod"])], ["y"],
           "This exercise matches prefixes case-sensitively (str.startswith): 'Prod-1' does "
           "not start with 'prod'.")
    images = [img("a", ["alpha-1"], ago(20)), img("ab", ["alpha-2", "beta-2"], ago(19)),
              img("b", ["beta-1"], ago(18)), img("one", ["alphabeta"], ago(17))]
    expect(images, [rule(1, "tagged", "sinceImagePushed", 10, ["alpha", "beta"])], ["ab"],
           "With several prefixes an image needs ALL of them (each prefix starting one of "
           "its tags); 'alphabeta' starts with 'alpha' but not with 'beta'.")
    expect([img("ab", ["alpha-beta"], ago(20)), img("c", ["alpha"], ago(21))],
           [rule(1, "tagged", "sinceImagePushed", 10, ["alpha", "alpha-b"])], ["ab"],
           "Each prefix is matched against any of the image's tags, so one tag may match "
           "two prefixes: 'alpha-beta' starts with both 'alpha' and 'alpha-b'.")
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

    # sinceImagePushed: this exercise's rule is now - pushed_at > countNumber days.
    images = [img("late", [], datetime(2026, 11, 19, 23, 59, tzinfo=timezone.utc)),
              img("early", [], datetime(2026, 11, 19, 0, 1, tzinfo=timezone.utc))]
    expect(images, [rule(1, "untagged", "sinceImagePushed", 7)], ["early"],
           "This exercise counts time, not dates: both were pushed on Nov 19 and now is "
           "Nov 26 09:30; 'early' is 7 days 9 h 29 min old (expired), 'late' is 6 days "
           "9 h 31 min old (kept).")
    images = [img("exact", [], ago(7)), img("plus1s", [], ago(7, 1)),
              img("minus1s", [], ago(6, 86399)), img("fresh", [], ago(0))]
    expect(images, [rule(1, "untagged", "sinceImagePushed", 7)], ["plus1s"],
           "This exercise's rule: pushed exactly 7 days before now is not MORE than 7 days, "
           "so it is kept; one second more is expired. Compare "
           "now - pushed_at > timedelta(days=7), with the times, not calendar dates.")
    expect([img("a", [], ago(400)), img("b", [], ago(2))],
           [rule(1, "untagged", "sinceImagePushed", 365)], ["a"],
           "Use the `now` argument, not the computer's clock.")

    # Priorities: a lower-priority rule still counts the images a higher one selects ...
    images = [img("a", ["beta-1"], ago(2)), img("b", ["beta-2", "prod-1"], ago(1))]
    expect(images, [rule(1, "tagged", "imageCountMoreThan", 1, ["prod"]),
                    rule(2, "tagged", "imageCountMoreThan", 1, ["beta"])], ["a"],
           "A lower-priority rule still counts the images a higher-priority rule selects: "
           "rule 2 sees a and b (both beta), keeps the newest, b, and expires a.")
    images = [img("p1", ["prod-1"], ago(1)), img("x", ["dev"], ago(2)), img("y", [], ago(3)),
              img("z", ["dev"], ago(4))]
    expect(images, [rule(1, "tagged", "imageCountMoreThan", 5, ["prod"]),
                    rule(2, "any", "imageCountMoreThan", 1)], ["x", "y", "z"],
           "A lower-priority rule still counts the images a higher-priority rule selects: the "
           "'any' rule sees all four images and keeps only the newest, p1 (which rule 1 "
           "protects anyway), so x, y and z are expired.")
    images = [img("p1", ["prod-1", "beta-1"], ago(2)), img("p2", ["prod-2"], ago(1)),
              img("x", ["beta-2"], ago(3))]
    expect(images, [rule(1, "tagged", "imageCountMoreThan", 1, ["prod"]),
                    rule(2, "tagged", "imageCountMoreThan", 1, ["beta"])], ["p1", "x"],
           "A lower-priority rule counts an image a higher-priority rule selects even when "
           "that rule expires it (AWS: 'as if they haven't been expired'): rule 1 expires p1, "
           "rule 2 still sees p1 as its newest beta image, keeps it in its count and "
           "expires x.")
    # ... but it never expires one of them.
    images = [img("keep", ["prod-1"], ago(100)), img("u1", [], ago(50)), img("u2", [], ago(1))]
    expect(images, [rule(1, "tagged", "imageCountMoreThan", 5, ["prod"]),
                    rule(9, "any", "sinceImagePushed", 30)], ["u1"],
           "An image that a higher-priority rule selects cannot be expired by a lower-priority "
           "rule: rule 1 selects 'keep' (and keeps it), so the 'any' rule cannot expire it.")
    images = [img("a", ["beta-1", "prod-1"], ago(10)), img("b", ["beta-2", "prod-2"], ago(9)),
              img("c", ["beta-3"], ago(8)), img("d", ["prod-3"], ago(7))]
    expect(images, [rule(1, "tagged", "imageCountMoreThan", 2, ["prod"]),
                    rule(2, "tagged", "imageCountMoreThan", 1, ["beta"])], ["a"],
           "An image that a higher-priority rule selects cannot be expired by a lower-priority "
           "rule: rule 2 (beta) would expire a and b, but rule 1 (prod) selects both and "
           "keeps b.")
    images = [img("u_old", [], ago(20)), img("u_new", [], ago(1)),
              img("t_old", ["v1"], ago(20, 1)), img("t_new", ["v2"], ago(2))]
    expect(images, [rule(10, "untagged", "sinceImagePushed", 7),
                    rule(20, "any", "imageCountMoreThan", 1)], ["u_old", "t_old", "t_new"],
           "Priorities need not be 1, 2, 3. Rule 10 expires u_old (more than 7 days old). "
           "Rule 20 sees all four images and keeps only the newest, u_new; it may expire only "
           "the tagged images t_old and t_new, since rule 10 selects the untagged ones.")

    images = [img("a", ["beta-1", "prod-1"], ago(10)), img("b", ["beta-2", "prod-2"], ago(9)),
              img("c", ["beta-3"], ago(8))]
    expect(images, [rule(2, "tagged", "imageCountMoreThan", 1, ["beta"]),
                    rule(1, "tagged", "imageCountMoreThan", 1, ["prod"])], ["a"],
           "Rules apply by ascending rulePriority, not in list order: rule 1 (prod) keeps b, "
           "and rule 2 (beta), listed first, cannot expire b.")

    # Invalid policies.
    images = [img("a", ["v1"], ago(3)), img("b", [], ago(2))]
    invalid = [
        ([rule(1, "untagged", "sinceImagePushed", 14), rule(1, "tagged", "imageCountMoreThan",
                                                           3, ["v"])],
         "Two rules with rulePriority 1: priorities must be unique."),
        ([rule(1, "any", "imageCountMoreThan", 5), rule(2, "untagged", "sinceImagePushed", 1)],
         "The 'any' rule must have the highest rulePriority (here it has 1, another has 2)."),
        ([rule(2, "any", "imageCountMoreThan", 5), rule(1, "any", "imageCountMoreThan", 9)],
         "Two 'any' rules: one of them does not have the highest rulePriority."),
        ([rule(1, "tagged", "imageCountMoreThan", 5)], "A 'tagged' rule without tagPrefixList."),
        ([rule(1, "tagged", "imageCountMoreThan", 5, [])],
         "This exercise treats an empty tagPrefixList as a missing one."),
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
                 hint="AWS checks a policy before attaching it: validate the policy even when "
                      "there are no images.",
                 label=describe([], rules))
    # Valid edge: the 'any' rule listed first but with the highest priority.
    expect([img("a", ["v1"], ago(3)), img("b", [], ago(2, 1)), img("c", [], ago(1))],
           [rule(5, "any", "imageCountMoreThan", 1), rule(1, "untagged", "sinceImagePushed", 1)],
           ["a", "b"],
           "Valid: the 'any' rule is listed first but has the highest rulePriority (5). "
           "Rule 1 expires b (more than 1 day old; c is exactly 1 day old, kept); rule 5 sees "
           "a, b and c, keeps only the newest, c, and expires a.")

    # Random valid policies against the oracle. Each prefix belongs to one rule at most, at
    # most one rule is 'untagged', and no image is ever exactly countNumber days old.
    rng = random.Random(20261130)
    prefix_sets = [["prod"], ["beta"], ["v1"], ["rc"], ["dev", "sha"], ["alpha", "gamma"]]
    tag_pool = ["prod-1", "prod-2", "beta-1", "beta-2", "v1.0", "v1.2", "rc1", "dev-3",
                "sha-9f2", "alpha-1", "gamma-2", "latest"]
    for _ in range(80):
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
        hours = rng.sample(range(0, 30 * 24), rng.randint(0, 9))
        images = [img(f"i{n}", rng.sample(tag_pool, rng.choice([0, 0, 1, 1, 2, 3])),
                      ago(0, h * 3600 + 1800)) for n, h in enumerate(hours)]
        compare(images, rules, oracle(images, rules),
                "A random valid policy, checked against an independent implementation: each "
                "rule counts every image it selects, and expires only images that no "
                "higher-priority rule selects.")


_hidden_tests()
del _hidden_tests

# --- PYODIDE:post --- #
from awsgrader import stop_watchdog

stop_watchdog()
