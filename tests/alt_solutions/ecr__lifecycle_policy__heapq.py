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

    owner = {}
    for r in sorted(rules, key=lambda r: r["rulePriority"]):
        s = r["selection"]
        for i, im in enumerate(images):
            if i in owner:
                continue
            tags = im["tags"]
            if s["tagStatus"] == "any":
                hit = True
            elif s["tagStatus"] == "untagged":
                hit = not tags
            else:
                hit = all(any(t.startswith(p) for t in tags) for p in s["tagPrefixList"])
            if hit:
                owner[i] = r["rulePriority"]

    out = set()
    for r in rules:
        s = r["selection"]
        mine = [i for i, p in owner.items() if p == r["rulePriority"]]
        if s["countType"] == "imageCountMoreThan":
            keep = set(heapq.nlargest(s["countNumber"], mine, key=lambda i: images[i]["pushed_at"]))
            out.update(images[i]["digest"] for i in mine if i not in keep)
        else:
            cutoff = now - timedelta(days=s["countNumber"])
            out.update(images[i]["digest"] for i in mine if images[i]["pushed_at"] < cutoff)
    return frozenset(out)
