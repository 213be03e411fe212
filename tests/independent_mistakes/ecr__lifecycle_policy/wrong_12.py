# Mistake: validate only checks that the tagPrefixList key exists, so an empty tagPrefixList (which counts as missing) is accepted
def validate(rules):
    priorities = [r["rulePriority"] for r in rules]
    if len(priorities) != len(set(priorities)):
        raise ValueError("duplicate rulePriority")
    highest = max(priorities, default=None)
    for r in rules:
        sel = r["selection"]
        if sel["tagStatus"] == "any" and r["rulePriority"] != highest:
            raise ValueError("the any rule must have the highest priority")
        if sel["tagStatus"] == "tagged" and "tagPrefixList" not in sel:
            raise ValueError("tagged rule needs tagPrefixList")
        if sel["countType"] == "imageCountMoreThan" and "countUnit" in sel:
            raise ValueError("countUnit is not allowed with imageCountMoreThan")
        if sel["countNumber"] < 1:
            raise ValueError("countNumber must be at least 1")


def matches(sel, img):
    if sel["tagStatus"] == "any":
        return True
    if sel["tagStatus"] == "untagged":
        return not img["tags"]
    return all(any(t.startswith(p) for t in img["tags"]) for p in sel["tagPrefixList"])


def images_to_expire(images, policy, now):
    rules = policy["rules"]
    validate(rules)
    expired = set()
    selected_before = set()
    for r in sorted(rules, key=lambda r: r["rulePriority"]):
        sel = r["selection"]
        chosen = [img for img in images if matches(sel, img)]
        if sel["countType"] == "imageCountMoreThan":
            chosen_sorted = sorted(chosen, key=lambda img: img["pushed_at"], reverse=True)
            marked = chosen_sorted[sel["countNumber"]:]
        else:
            marked = [img for img in chosen
                      if now - img["pushed_at"] > timedelta(days=sel["countNumber"])]
        for img in marked:
            if img["digest"] not in selected_before:
                expired.add(img["digest"])
        selected_before |= {img["digest"] for img in chosen}
    return expired
