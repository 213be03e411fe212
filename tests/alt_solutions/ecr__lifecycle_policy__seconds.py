# Alternative correct solution: ages in seconds, timestamps, a dict of claimed images per rule.
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


def images_to_expire(images, policy, now):
    rules = _valid(policy)
    claimed = {id(r): [] for r in rules}
    for image in images:
        for r in rules:
            sel = r["selection"]
            status = sel["tagStatus"]
            if (status == "any" or (status == "untagged" and len(image["tags"]) == 0)
                    or (status == "tagged" and all(
                        [t for t in image["tags"] if t.startswith(p)]
                        for p in sel["tagPrefixList"]))):
                claimed[id(r)].append(image)
                break
    result = set()
    for r in rules:
        sel = r["selection"]
        group = claimed[id(r)]
        if sel["countType"] == "sinceImagePushed":
            for image in group:
                if (now - image["pushed_at"]).total_seconds() > sel["countNumber"] * 24 * 3600:
                    result.add(image["digest"])
        else:
            group = sorted(group, key=lambda im: -im["pushed_at"].timestamp())
            for image in group[sel["countNumber"]:]:
                result.add(image["digest"])
    return result
