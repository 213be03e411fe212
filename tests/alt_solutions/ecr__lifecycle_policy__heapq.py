# Alternative correct solution: validation first, heapq for the newest images, frozenset.
import heapq
from datetime import timedelta


def images_to_expire(images, policy, now):
    rules = policy["rules"]
    seen = set()
    for r in rules:
        if r["rulePriority"] in seen:
            raise ValueError("duplicate rulePriority")
        seen.add(r["rulePriority"])
    top = max(seen) if seen else None
    for r in rules:
        s = r["selection"]
        if s["tagStatus"] == "any" and r["rulePriority"] != top:
            raise ValueError("an 'any' rule must come last")
        if s["tagStatus"] == "tagged" and len(s.get("tagPrefixList") or []) == 0:
            raise ValueError("tagged rule without prefixes")
        if s.get("countType") == "imageCountMoreThan" and "countUnit" in s:
            raise ValueError("countUnit with imageCountMoreThan")
        if not s["countNumber"] >= 1:
            raise ValueError("countNumber below 1")

    def hit(s, tags):
        if s["tagStatus"] == "any":
            return True
        if s["tagStatus"] == "untagged":
            return not tags
        return all(any(t.startswith(p) for t in tags) for p in s["tagPrefixList"])

    out = set()
    higher = set()  # indexes of images a higher-priority rule selects
    for r in sorted(rules, key=lambda r: r["rulePriority"]):
        s = r["selection"]
        mine = [i for i, im in enumerate(images) if hit(s, im["tags"])]
        if s["countType"] == "imageCountMoreThan":
            keep = set(heapq.nlargest(s["countNumber"], mine,
                                      key=lambda i: images[i]["pushed_at"]))
            marked = [i for i in mine if i not in keep]
        else:
            cutoff = now - timedelta(days=s["countNumber"])
            marked = [i for i in mine if images[i]["pushed_at"] < cutoff]
        out.update(images[i]["digest"] for i in marked if i not in higher)
        higher.update(mine)
    return frozenset(out)
