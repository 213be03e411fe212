# Mistake: the age is counted in calendar days ((now.date() - pushed_at.date()).days), not with the exact times, so an image 25 hours old is not "more than 1 day" old
def images_to_expire(images, policy, now):
    rules = sorted(policy["rules"], key=lambda r: r["rulePriority"])
    for a, b in zip(rules, rules[1:]):
        if a["rulePriority"] == b["rulePriority"]:
            raise ValueError("two rules with the same priority")
    for r in rules:
        s = r["selection"]
        if s["tagStatus"] == "any" and r is not rules[-1]:
            raise ValueError("any must have the highest priority")
        if s["tagStatus"] == "tagged" and not s.get("tagPrefixList"):
            raise ValueError("tagged without tagPrefixList")
        if s["countType"] == "imageCountMoreThan" and "countUnit" in s:
            raise ValueError("countUnit with imageCountMoreThan")
        if s["countNumber"] < 1:
            raise ValueError("countNumber below 1")

    def picks(s, img):
        return {"any": True,
                "untagged": not img["tags"],
                "tagged": s["tagStatus"] == "tagged" and all(
                    any(t.startswith(p) for t in img["tags"]) for p in s.get("tagPrefixList", []))
                }[s["tagStatus"]]

    claimed, out = set(), set()
    for r in rules:
        s = r["selection"]
        chosen = [img for img in images if picks(s, img)]
        if s["countType"] == "imageCountMoreThan":
            ordered = sorted(chosen, key=lambda img: img["pushed_at"], reverse=True)
            marked = ordered[s["countNumber"]:]
        else:
            marked = [img for img in chosen
                      if (now.date() - img["pushed_at"].date()).days > s["countNumber"]]
        out |= {img["digest"] for img in marked} - claimed
        claimed |= {img["digest"] for img in chosen}
    return out
