# Mistake: each rule only sees the images that no higher-priority rule selected (they are removed from `remaining`), so a lower rule's count leaves out those images
from datetime import timedelta


def _tag_ok(selection, tags):
    status = selection["tagStatus"]
    if status == "any":
        return True
    if status == "untagged":
        return tags == []
    return all(any(tag.startswith(prefix) for tag in tags) for prefix in selection["tagPrefixList"])


def images_to_expire(images, policy, now):
    rules = sorted(policy["rules"], key=lambda rule: rule["rulePriority"])
    priorities = [rule["rulePriority"] for rule in rules]
    if len(set(priorities)) != len(priorities):
        raise ValueError("rulePriority values must be unique")
    for rule in rules:
        selection = rule["selection"]
        if selection["tagStatus"] == "any" and rule is not rules[-1]:
            raise ValueError("the any rule must come last")
        if selection["tagStatus"] == "tagged" and not selection.get("tagPrefixList"):
            raise ValueError("tagged needs tagPrefixList")
        if selection["countType"] == "imageCountMoreThan" and "countUnit" in selection:
            raise ValueError("no countUnit with imageCountMoreThan")
        if selection["countNumber"] < 1:
            raise ValueError("countNumber < 1")

    remaining = list(images)
    result = set()
    for rule in rules:
        selection = rule["selection"]
        picked = [img for img in remaining if _tag_ok(selection, img["tags"])]
        if selection["countType"] == "imageCountMoreThan":
            picked_new_first = sorted(picked, key=lambda img: img["pushed_at"], reverse=True)
            result.update(img["digest"] for img in picked_new_first[selection["countNumber"]:])
        else:
            limit = timedelta(days=selection["countNumber"])
            result.update(img["digest"] for img in picked if now - img["pushed_at"] > limit)
        remaining = [img for img in remaining if img not in picked]
    return result
