# Alternative correct solution: ages in seconds, timestamps, each image decided by the first
# rule (by rulePriority) that selects it.
def _valid(policy):
    rules = sorted(policy["rules"], key=lambda r: r["rulePriority"])
    for a, b in zip(rules, rules[1:]):
        if a["rulePriority"] == b["rulePriority"]:
            raise ValueError(f"rulePriority {a['rulePriority']} is used twice")
    for position, r in enumerate(rules):
        sel = r["selection"]
        if sel["countNumber"] <= 0:
            raise ValueError("countNumber must be at least 1")
        if sel["tagStatus"] == "any" and position < len(rules) - 1:
            raise ValueError("tagStatus any must have the highest rulePriority")
        if sel["tagStatus"] == "tagged" and not sel.get("tagPrefixList", []):
            raise ValueError("tagged rules need tagPrefixList")
        if "countUnit" in sel and sel["countType"] != "sinceImagePushed":
            raise ValueError("countUnit is only for sinceImagePushed")
    return rules


def _selects(sel, image):
    status = sel["tagStatus"]
    return (status == "any" or (status == "untagged" and len(image["tags"]) == 0)
            or (status == "tagged" and all([t for t in image["tags"] if t.startswith(p)]
                                           for p in sel["tagPrefixList"])))


def images_to_expire(images, policy, now):
    rules = _valid(policy)
    result = set()
    for image in images:
        first = next((r for r in rules if _selects(r["selection"], image)), None)
        if first is None:
            continue
        sel = first["selection"]
        if sel["countType"] == "sinceImagePushed":
            if now.timestamp() - image["pushed_at"].timestamp() > sel["countNumber"] * 86400:
                result.add(image["digest"])
        else:
            pushed = image["pushed_at"].timestamp()
            newer = sum(1 for other in images
                        if _selects(sel, other) and other["pushed_at"].timestamp() > pushed)
            if newer >= sel["countNumber"]:
                result.add(image["digest"])
    return result
