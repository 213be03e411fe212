# --- PYODIDE:env --- #
from datetime import datetime, timedelta, timezone

from awsgrader import Diagnosis, Property, bound_check, grading_code, start_watchdog

start_watchdog()


@grading_code
def _lifecycle_mistakes():
    # The properties the tests check, each with the mistake that breaks it. A detector
    # recomputes the expired set under its mistake (a variant of a small model of the
    # rules) and speaks only when that gives exactly the learner's set, AND the learner's
    # function agrees with the mistake on small probes where it shows. For an invalid
    # policy, the check names the rule the policy breaks, read from the policy itself.
    from datetime import datetime, timedelta, timezone

    def model(images, policy, now, age=">", prefixes="all", match="start", count="all",
              keep="newest", protect=True, order="priority"):
        rules = list(policy["rules"])
        if order != "list":
            rules.sort(key=lambda rule: rule["rulePriority"], reverse=order == "descending")

        def selects(selection, tags):
            status = selection["tagStatus"]
            if status == "any":
                return True
            if status == "untagged":
                return not tags
            found = (lambda tag, p: tag.startswith(p)) if match == "start" else (
                lambda tag, p: p in tag)
            combine = all if prefixes == "all" else any
            return combine(any(found(tag, p) for tag in tags)
                           for p in selection["tagPrefixList"])

        expired, protected = set(), set()
        for rule in rules:
            selection = rule["selection"]
            pool = images
            if count == "unclaimed":        # only images no higher rule selects
                pool = [im for im in images if im["digest"] not in protected]
            elif count == "surviving":      # only images no higher rule expires
                pool = [im for im in images if im["digest"] not in expired]
            seen = [im for im in pool if selects(selection, im["tags"])]
            number = selection["countNumber"]
            if selection["countType"] == "imageCountMoreThan":
                ordered = sorted(seen, key=lambda im: im["pushed_at"], reverse=keep == "newest")
                marked = ordered[number:]
            elif age == ">":
                marked = [im for im in seen if now - im["pushed_at"] > timedelta(days=number)]
            elif age == ">=":
                marked = [im for im in seen if now - im["pushed_at"] >= timedelta(days=number)]
            else:                           # calendar dates
                marked = [im for im in seen
                          if (now.date() - im["pushed_at"].date()).days > number]
            expired |= {im["digest"] for im in marked
                        if not protect or im["digest"] not in protected}
            protected |= {im["digest"] for im in seen}
        return expired

    now = datetime(2026, 11, 26, 9, 30, tzinfo=timezone.utc)

    def img(name, tags, days, hours=0):
        return {"digest": name, "tags": tags,
                "pushed_at": now - timedelta(days=days, hours=hours)}

    def rule(priority, status, count_type, number, prefixes=None):
        selection = {"tagStatus": status, "countType": count_type, "countNumber": number}
        if prefixes:
            selection["tagPrefixList"] = prefixes
        if count_type == "sinceImagePushed":
            selection["countUnit"] = "days"
        return {"rulePriority": priority, "selection": selection,
                "action": {"type": "expire"}}

    keep_one = lambda priority, prefix: rule(priority, "tagged", "imageCountMoreThan", 1,
                                             [prefix])
    probes = {
        "exact-age": ([img("x", [], 1)], {"rules": [rule(1, "untagged",
                                                         "sinceImagePushed", 1)]}, now),
        "time-not-dates": ([{"digest": "x", "tags": [], "pushed_at": datetime(
            2026, 11, 19, 0, 1, tzinfo=timezone.utc)}],
            {"rules": [rule(1, "untagged", "sinceImagePushed", 7)]}, now),
        "all-prefixes": ([img("x", ["alpha-1"], 10)], {"rules": [rule(
            1, "tagged", "sinceImagePushed", 1, ["alpha", "beta"])]}, now),
        "prefix-start": ([img("x", ["release-prod"], 10)], {"rules": [rule(
            1, "tagged", "sinceImagePushed", 1, ["prod"])]}, now),
        "claimed": ([img("a", ["beta-1"], 2), img("b", ["beta-2", "prod-1"], 1)],
                    {"rules": [keep_one(1, "prod"), keep_one(2, "beta")]}, now),
        "surviving": ([img("p1", ["prod-1", "beta-1"], 2), img("p2", ["prod-2"], 1),
                       img("x", ["beta-2"], 3)],
                      {"rules": [keep_one(1, "prod"), keep_one(2, "beta")]}, now),
        "newest": ([img("a", ["v1"], 3), img("b", ["v2"], 2), img("c", ["v3"], 1)],
                   {"rules": [keep_one(1, "v")]}, now),
        "protect": ([img("keep", ["prod-1"], 100), img("u1", [], 50)],
                    {"rules": [rule(1, "tagged", "imageCountMoreThan", 5, ["prod"]),
                               rule(9, "any", "sinceImagePushed", 30)]}, now),
        "priority": ([img("a", ["beta-1", "prod-1"], 10), img("b", ["beta-2", "prod-2"], 9),
                      img("c", ["beta-3"], 8)],
                     {"rules": [keep_one(2, "beta"), keep_one(1, "prod")]}, now),
        "protect-order": ([img("x", ["prod-1", "beta-1"], 10)],
                          {"rules": [rule(1, "tagged", "sinceImagePushed", 5, ["prod"]),
                                     rule(2, "tagged", "imageCountMoreThan", 5, ["beta"])]},
                          now),
        "priority-listed": ([img("a", ["beta-1", "prod-1"], 10),
                             img("b", ["beta-2", "prod-2"], 9), img("c", ["beta-3"], 8)],
                            {"rules": [keep_one(1, "prod"), keep_one(2, "beta")]}, now),
    }

    def either(*detectors):
        def detect(case):
            return any(part(case) for part in detectors)
        detect.parts = detectors
        return detect

    def under(names, **mistake):
        def detect(case):
            if case.raises or not case.returned or case.got == case.expected:
                return False
            if model(*case.args, **mistake) != case.got:
                return False
            shows = False
            for name in names:
                wrong = model(*probes[name], **mistake)
                outcome = case.probe(*probes[name])
                if outcome[0] != "ok" or outcome[1] != wrong:
                    return False
                shows = shows or wrong != model(*probes[name])
            return shows
        # For tests/test_messages.py: each other mistake differs from this one on a probe.
        detect.model, detect.mistake = model, mistake
        detect.probes = [probes[name] for name in names]
        return detect

    def breaks(test):
        # The check expected ValueError, the function returned a result, and the policy
        # breaks this rule.
        def detect(case):
            rules = case.args[1]["rules"]
            return case.raises is ValueError and case.returned and test(rules)
        return detect

    def validates_only_with_images(case):
        images, policy, now = case.args
        if not (case.raises is ValueError and case.returned and not images):
            return False
        outcome = case.probe([img("x", [], 1)], policy, now)
        return outcome[0] == "error" and isinstance(outcome[1], ValueError)

    def any_rule_listed_last(case):
        rules = case.args[1]["rules"]
        return (case.raises is None and case.raised(ValueError) and rules
                and any(r["selection"]["tagStatus"] == "any" for r in rules[:-1]))

    def valid_refused(case):
        return case.raises is None and case.raised(ValueError)

    def priorities(rules):
        return [r["rulePriority"] for r in rules]

    return Diagnosis(
        Property("result-is-a-set", "the result is a set (or a frozenset) of digests",
                 "Return a set of digests, not a list.",
                 lambda case: isinstance(case.got, (list, tuple))
                 and set(case.got) == case.expected),
        Property("more-than-count-days", "sinceImagePushed expires the images pushed MORE "
                 "than countNumber days ago",
                 "Your function also expires an image pushed exactly countNumber days ago: "
                 "use now - pushed_at > timedelta(days=countNumber), not >=.",
                 under(["exact-age", "time-not-dates"], age=">=")),
        Property("exact-time-not-dates", "ages are measured with the exact times, not "
                 "calendar dates",
                 "Your function compares calendar dates: measure now - pushed_at with the "
                 "times.", under(["time-not-dates", "exact-age"], age="dates")),
        Property("every-prefix-must-match", "a tagged rule selects an image only when EVERY "
                 "prefix of its list starts one of the image's tags",
                 "Your function selects an image when one prefix matches: all of them must.",
                 under(["all-prefixes", "prefix-start"], prefixes="any")),
        Property("prefix-starts-the-tag", "a prefix matches the start of a tag",
                 "Your function finds a prefix anywhere in a tag: use tag.startswith(prefix).",
                 under(["prefix-start", "all-prefixes"], match="anywhere")),
        Property("counts-images-of-higher-rules", "a rule counts every image it selects, even "
                 "one that a higher-priority rule selects",
                 "Your function leaves out of a rule's count the images that a higher-priority "
                 "rule selects: count them (only expiring them is reserved to that rule).",
                 under(["claimed", "surviving"], count="unclaimed")),
        Property("counts-expired-images-too", "a rule counts the images a higher-priority rule "
                 "expires, as if they had not been expired",
                 "Your function leaves out of a rule's count the images that a "
                 "higher-priority rule expires: count them too.",
                 under(["surviving", "claimed"], count="surviving")),
        Property("keeps-the-newest", "imageCountMoreThan keeps the most recently pushed images",
                 "Your function keeps the oldest images: sort by pushed_at, newest first, "
                 "and expire the images beyond countNumber.", under(["newest"], keep="oldest")),
        Property("higher-rule-protects", "an image that a higher-priority rule selects cannot "
                 "be expired by a lower-priority rule",
                 "Your function lets a lower-priority rule expire an image that a "
                 "higher-priority rule selects: skip those images when expiring.",
                 under(["protect", "protect-order"], protect=False)),
        Property("rules-by-priority", "rules apply by ascending rulePriority, not in list order",
                 "Your function does not apply the rules from the lowest rulePriority to the "
                 "highest: sort them by rulePriority, ascending, whatever the list order.",
                 either(under(["priority", "priority-listed"], order="list"),
                        under(["priority", "priority-listed", "protect-order"],
                              order="descending"))),
        Property("any-rule-by-priority", "the 'any' rule needs the highest rulePriority, "
                 "wherever it is in the list",
                 "Your function rejected a valid policy whose 'any' rule is not last in the "
                 "list: compare priorities, not positions.", any_rule_listed_last),
        Property("valid-policy-accepted", "a valid policy is applied, not rejected",
                 "Your function raised ValueError for a valid policy: check your checks "
                 "against the statement's list of invalid policies.", valid_refused),
        Property("validate-without-images", "a policy is checked even when there are no "
                 "images",
                 "Your function rejects this policy when there are images, but not without "
                 "images: check the policy first.", validates_only_with_images),
        Property("unique-priorities", "two rules cannot have the same rulePriority",
                 "Raise ValueError when two rules have the same rulePriority.",
                 breaks(lambda rules: len(set(priorities(rules))) < len(rules))),
        Property("any-rule-highest-priority", "a tagStatus 'any' rule has the highest "
                 "rulePriority",
                 "Raise ValueError when an 'any' rule does not have the highest rulePriority.",
                 breaks(lambda rules: any(r["selection"]["tagStatus"] == "any"
                                          and r["rulePriority"] != max(priorities(rules))
                                          for r in rules))),
        Property("tagged-needs-prefixes", "a 'tagged' rule has a non-empty tagPrefixList",
                 "Raise ValueError for a 'tagged' rule without tagPrefixList (or with an empty "
                 "one).",
                 breaks(lambda rules: any(r["selection"]["tagStatus"] == "tagged"
                                          and not r["selection"].get("tagPrefixList")
                                          for r in rules))),
        Property("count-unit-only-with-age", "countUnit goes only with sinceImagePushed",
                 "Raise ValueError for countUnit on an imageCountMoreThan rule.",
                 breaks(lambda rules: any(
                     r["selection"]["countType"] == "imageCountMoreThan"
                     and "countUnit" in r["selection"] for r in rules))),
        Property("count-number-at-least-1", "countNumber is 1 or more",
                 "Raise ValueError for a countNumber below 1 (0 included).",
                 breaks(lambda rules: any(r["selection"]["countNumber"] < 1 for r in rules))),
    )


_LIFECYCLE_MISTAKES = _lifecycle_mistakes()
check, check_raises = bound_check(_LIFECYCLE_MISTAKES)
del _lifecycle_mistakes

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
    check(images_to_expire, (images, {"rules": rules}, example_now),
          {f"sha256:{n}" for n in expected_names},
          label=f"images_to_expire(images, policy, now)  # {name}")


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
check_raises(images_to_expire, (images, {"rules": rules}, example_now), exc_type=ValueError,
             label="images_to_expire(images, policy, now)  # two rules with rulePriority 1")

# --- PYODIDE:secrets --- #
from awsgrader import grading_code as _grading_code


@_grading_code
def _hidden_tests():
    import random
    from datetime import datetime, timedelta, timezone
    import copy
    from awsgrader import check, check_raises, require_function

    expire = require_function(globals(), "images_to_expire", ["images", "policy", "now"])
    mistakes = _LIFECYCLE_MISTAKES
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

    def compare(images, rules, expected, note=None):
        # `note` says what the case is about, for whoever reads this grader. It is never
        # shown: the message's hint comes from the property whose mistake explains the
        # learner's set (see the env section), never from the case.
        check(expire, (images, {"rules": rules}, now), expected,
              label=lambda: describe(images, rules), diagnose=mistakes)

    def expect(images, rules, expected_names, note):
        compare(images, rules, {f"sha256:{name}" for name in expected_names}, note)

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
    for rules, why in invalid:
        # `why` is a fact about the input (what makes the policy invalid).
        check_raises(expire, (images, {"rules": rules}, now), exc_type=ValueError, why=why,
                     label=lambda: describe(images, rules), diagnose=mistakes)
    rules = [rule(1, "tagged", "imageCountMoreThan", 5, [])]
    check_raises(expire, ([], {"rules": rules}, now), exc_type=ValueError,
                 why="the policy is invalid (an empty tagPrefixList), and there are no images",
                 label=lambda: describe([], rules), diagnose=mistakes)
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
