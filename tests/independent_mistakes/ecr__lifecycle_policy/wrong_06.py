# Mistake: returns an empty set straight away when there are no images, before validating the policy (an invalid policy must raise ValueError even with no images)
def check_policy(rules):
    seen = set()
    for r in rules:
        if r["rulePriority"] in seen:
            raise ValueError("duplicate rulePriority")
        seen.add(r["rulePriority"])
    top = max(seen)
    for r in rules:
        s = r["selection"]
        if s["tagStatus"] == "any" and r["rulePriority"] != top:
            raise ValueError("any must be the highest priority")
        if s["tagStatus"] == "tagged" and not s.get("tagPrefixList"):
            raise ValueError("tagged rule without prefixes")
        if s["countType"] == "imageCountMoreThan" and "countUnit" in s:
            raise ValueError("countUnit with imageCountMoreThan")
        if s["countNumber"] < 1:
            raise ValueError("countNumber below 1")


def images_to_expire(images, policy, now):
    if not images:
        return set()
    rules = policy["rules"]
    check_policy(rules)
    taken = set()
    gone = set()
    for r in sorted(rules, key=lambda x: x["rulePriority"]):
        s = r["selection"]
        if s["tagStatus"] == "any":
            sel = list(images)
        elif s["tagStatus"] == "untagged":
            sel = [i for i in images if not i["tags"]]
        else:
            sel = [i for i in images
                   if all(any(t.startswith(p) for t in i["tags"]) for p in s["tagPrefixList"])]
        if s["countType"] == "imageCountMoreThan":
            sel.sort(key=lambda i: i["pushed_at"], reverse=True)
            marked = sel[s["countNumber"]:]
        else:
            marked = [i for i in sel if (now - i["pushed_at"]).total_seconds() > s["countNumber"] * 86400]
        gone |= {i["digest"] for i in marked if i["digest"] not in taken}
        taken |= {i["digest"] for i in sel}
    return gone
