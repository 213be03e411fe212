# Mistake: returns a sorted list of digests instead of a set (last line)
from datetime import timedelta


def images_to_expire(images, policy, now):
    rules = policy["rules"]
    prios = [r["rulePriority"] for r in rules]
    if len(prios) != len(set(prios)):
        raise ValueError("two rules share a priority")
    for r in rules:
        s = r["selection"]
        if s["tagStatus"] == "any" and r["rulePriority"] < max(prios):
            raise ValueError("any rule is not the last one")
        if s["tagStatus"] == "tagged" and not s.get("tagPrefixList"):
            raise ValueError("missing tagPrefixList")
        if s["countType"] == "imageCountMoreThan" and "countUnit" in s:
            raise ValueError("unexpected countUnit")
        if s["countNumber"] < 1:
            raise ValueError("countNumber must be >= 1")

    def selected(s, img):
        if s["tagStatus"] == "any":
            return True
        if s["tagStatus"] == "untagged":
            return not img["tags"]
        return all(any(t.startswith(p) for t in img["tags"]) for p in s["tagPrefixList"])

    owner = {}
    marks = {}
    for r in sorted(rules, key=lambda r: r["rulePriority"]):
        s = r["selection"]
        sel = [img for img in images if selected(s, img)]
        for img in sel:
            owner.setdefault(img["digest"], r["rulePriority"])
        if s["countType"] == "imageCountMoreThan":
            sel.sort(key=lambda img: img["pushed_at"], reverse=True)
            marks[r["rulePriority"]] = {img["digest"] for img in sel[s["countNumber"]:]}
        else:
            age = timedelta(days=s["countNumber"])
            marks[r["rulePriority"]] = {img["digest"] for img in sel if now - img["pushed_at"] > age}
    return sorted(d for d, p in owner.items() if d in marks[p])
