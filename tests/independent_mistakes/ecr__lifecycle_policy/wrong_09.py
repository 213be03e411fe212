# Mistake: the result is just the union of every rule's marked images: a lower-priority rule also expires images that a higher-priority rule selected but kept (it should skip every image a higher rule selects)
def select(selection, image):
    kind = selection["tagStatus"]
    if kind == "untagged":
        return not image["tags"]
    if kind == "tagged":
        return all(any(t.startswith(p) for t in image["tags"]) for p in selection["tagPrefixList"])
    return True


def images_to_expire(images, policy, now):
    rules = policy["rules"]
    priorities = sorted(r["rulePriority"] for r in rules)
    if any(a == b for a, b in zip(priorities, priorities[1:])):
        raise ValueError("rulePriority must be unique")
    for r in rules:
        s = r["selection"]
        if s["tagStatus"] == "any" and r["rulePriority"] != priorities[-1]:
            raise ValueError("the any rule needs the highest rulePriority")
        if s["tagStatus"] == "tagged" and not s.get("tagPrefixList"):
            raise ValueError("tagged rule without tagPrefixList")
        if s["countType"] == "imageCountMoreThan" and "countUnit" in s:
            raise ValueError("countUnit only goes with sinceImagePushed")
        if s["countNumber"] < 1:
            raise ValueError("countNumber must be 1 or more")

    expired = set()
    for r in sorted(rules, key=lambda r: r["rulePriority"]):
        s = r["selection"]
        chosen = [img for img in images if select(s, img)]
        if s["countType"] == "imageCountMoreThan":
            chosen.sort(key=lambda img: img["pushed_at"], reverse=True)
            marked = chosen[s["countNumber"]:]
        else:
            marked = [img for img in chosen if now - img["pushed_at"] > timedelta(days=s["countNumber"])]
        expired.update(img["digest"] for img in marked)
    return expired
