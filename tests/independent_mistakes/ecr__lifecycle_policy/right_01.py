# Right: plain loops, a helper named check that raises ValueError while validating, and a set of digests that higher-priority rules already select
def check(condition, message):
    if not condition:
        raise ValueError(message)


def _selects(selection, image):
    status = selection["tagStatus"]
    if status == "any":
        return True
    if status == "untagged":
        return len(image["tags"]) == 0
    return all(any(tag.startswith(prefix) for tag in image["tags"])
               for prefix in selection["tagPrefixList"])


def images_to_expire(images, policy, now):
    rules = policy["rules"]
    priorities = [rule["rulePriority"] for rule in rules]
    check(len(set(priorities)) == len(priorities), "two rules have the same rulePriority")
    for rule in rules:
        selection = rule["selection"]
        if selection["tagStatus"] == "any":
            check(rule["rulePriority"] == max(priorities),
                  "a rule with tagStatus any must have the highest rulePriority")
        if selection["tagStatus"] == "tagged":
            check(bool(selection.get("tagPrefixList")), "a tagged rule needs a tagPrefixList")
        if selection["countType"] == "imageCountMoreThan":
            check("countUnit" not in selection, "imageCountMoreThan takes no countUnit")
        check(selection["countNumber"] >= 1, "countNumber must be at least 1")

    expired = set()
    seen_by_higher = set()
    for rule in sorted(rules, key=lambda r: r["rulePriority"]):
        selection = rule["selection"]
        chosen = [img for img in images if _selects(selection, img)]
        if selection["countType"] == "imageCountMoreThan":
            youngest_first = sorted(chosen, key=lambda img: img["pushed_at"], reverse=True)
            marked = youngest_first[selection["countNumber"]:]
        else:
            max_age = timedelta(days=selection["countNumber"])
            marked = [img for img in chosen if now - img["pushed_at"] > max_age]
        for img in marked:
            if img["digest"] not in seen_by_higher:
                expired.add(img["digest"])
        seen_by_higher.update(img["digest"] for img in chosen)
    return expired
