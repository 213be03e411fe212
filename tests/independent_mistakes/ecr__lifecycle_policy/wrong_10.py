# Mistake: the "any" rule is only required to be the LAST rule of the list, not the one with the highest rulePriority (rules may be listed in any order)
def total_rules_check(rules):
    priorities = [r["rulePriority"] for r in rules]
    if len(set(priorities)) < len(priorities):
        raise ValueError("duplicate priorities")
    for position, r in enumerate(rules):
        s = r["selection"]
        if s["tagStatus"] == "any" and position != len(rules) - 1:
            raise ValueError("the any rule must be the last one")
        if s["tagStatus"] == "tagged" and not s.get("tagPrefixList"):
            raise ValueError("tagged rule needs tagPrefixList")
        if s["countType"] == "imageCountMoreThan" and "countUnit" in s:
            raise ValueError("countUnit with imageCountMoreThan")
        if s["countNumber"] < 1:
            raise ValueError("countNumber must be at least 1")


def images_to_expire(images, policy, now):
    rules = policy["rules"]
    total_rules_check(rules)
    newest_first = sorted(images, key=lambda i: i["pushed_at"], reverse=True)
    protected, result = set(), set()
    for r in sorted(rules, key=lambda r: r["rulePriority"]):
        s = r["selection"]
        if s["tagStatus"] == "any":
            hits = newest_first
        elif s["tagStatus"] == "untagged":
            hits = [i for i in newest_first if len(i["tags"]) == 0]
        else:
            hits = [i for i in newest_first
                    if all(any(t.startswith(p) for t in i["tags"]) for p in s["tagPrefixList"])]
        if s["countType"] == "imageCountMoreThan":
            marked = hits[s["countNumber"]:]
        else:
            marked = [i for i in hits if now - i["pushed_at"] > timedelta(days=s["countNumber"])]
        result.update(i["digest"] for i in marked if i["digest"] not in protected)
        protected.update(i["digest"] for i in hits)
    return result
