# Plausible mistake: keeps countNumber - 1 images (an off-by-one in the slice).
# Property: none
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
    expired = set()
    protected = set()  # digests that a higher-priority rule selects
    for rule in rules:
        selection = rule["selection"]
        # The rule sees every image it selects, even one a higher-priority rule selects.
        seen = [image for image in images if selects(selection, image["tags"])]
        if selection["countType"] == "imageCountMoreThan":
            newest_first = sorted(seen, key=lambda image: image["pushed_at"], reverse=True)
            marked = newest_first[selection["countNumber"] - 1:]
        else:
            max_age = timedelta(days=selection["countNumber"])
            marked = [image for image in seen if now - image["pushed_at"] > max_age]
        # ... but it cannot expire an image that a higher-priority rule selects.
        expired.update(image["digest"] for image in marked if image["digest"] not in protected)
        protected.update(image["digest"] for image in seen)
    return expired
