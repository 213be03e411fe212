# Plausible mistake: each rule counts only the images that no higher-priority rule selects (as if that rule "claimed" them), so a lower rule's imageCountMoreThan leaves out images a higher rule also selects.
# Property: counts-images-of-higher-rules
from datetime import timedelta


def check_policy(rules):
    priorities = [rule["rulePriority"] for rule in rules]
    if len(set(priorities)) != len(priorities):
        raise ValueError(f"rulePriority values must be unique: {sorted(priorities)}")
    highest = max(priorities, default=None)
    for rule in rules:
        selection = rule["selection"]
        priority = rule["rulePriority"]
        if selection["tagStatus"] == "any" and priority != highest:
            raise ValueError(f"rule {priority}: a tagStatus 'any' rule must have the highest "
                             "rulePriority")
        if selection["tagStatus"] == "tagged" and not selection.get("tagPrefixList"):
            raise ValueError(f"rule {priority}: a 'tagged' rule needs a tagPrefixList")
        if selection["countType"] == "imageCountMoreThan" and "countUnit" in selection:
            raise ValueError(f"rule {priority}: countUnit goes only with sinceImagePushed")
        if selection["countNumber"] < 1:
            raise ValueError(f"rule {priority}: countNumber must be 1 or more")


def selects(selection, tags):
    status = selection["tagStatus"]
    if status == "any":
        return True
    if status == "untagged":
        return not tags
    return all(any(tag.startswith(prefix) for tag in tags)
               for prefix in selection["tagPrefixList"])


def images_to_expire(images, policy, now):
    rules = sorted(policy["rules"], key=lambda rule: rule["rulePriority"])
    check_policy(rules)
    unclaimed = list(images)
    expired = set()
    for rule in rules:
        selection = rule["selection"]
        claimed = [image for image in unclaimed if selects(selection, image["tags"])]
        unclaimed = [image for image in unclaimed if image not in claimed]
        if selection["countType"] == "imageCountMoreThan":
            newest_first = sorted(claimed, key=lambda image: image["pushed_at"], reverse=True)
            expired.update(image["digest"] for image in newest_first[selection["countNumber"]:])
        else:
            max_age = timedelta(days=selection["countNumber"])
            expired.update(image["digest"] for image in claimed
                           if now - image["pushed_at"] > max_age)
    return expired
