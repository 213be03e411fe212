# Right: a Rule class; each image belongs to the first rule (by priority) that selects it and expires only if that rule marks it; returns a frozenset
import datetime
from operator import itemgetter


class Rule:
    def __init__(self, raw):
        self.priority = raw["rulePriority"]
        sel = raw["selection"]
        self.status = sel["tagStatus"]
        self.prefixes = sel.get("tagPrefixList") or []
        self.count_type = sel["countType"]
        self.number = sel["countNumber"]
        self.has_unit = "countUnit" in sel
        if self.status == "tagged" and not self.prefixes:
            raise ValueError("tagged rule without tagPrefixList")
        if self.count_type == "imageCountMoreThan" and self.has_unit:
            raise ValueError("countUnit is only for sinceImagePushed")
        if self.number < 1:
            raise ValueError("countNumber below 1")

    def selects(self, image):
        tags = image["tags"]
        return {
            "any": lambda: True,
            "untagged": lambda: not tags,
            "tagged": lambda: bool(tags) and all(
                any(t.startswith(p) for t in tags) for p in self.prefixes),
        }[self.status]()

    def marked(self, images, now):
        picked = [i for i in images if self.selects(i)]
        if self.count_type == "imageCountMoreThan":
            picked.sort(key=itemgetter("pushed_at"), reverse=True)
            return {i["digest"] for i in picked[self.number:]}
        limit = datetime.timedelta(days=self.number)
        return {i["digest"] for i in picked if now - i["pushed_at"] > limit}


def images_to_expire(images, policy, now):
    rules = sorted((Rule(raw) for raw in policy["rules"]), key=lambda r: r.priority)
    for earlier, later in zip(rules, rules[1:]):
        if earlier.priority == later.priority:
            raise ValueError(f"rulePriority {later.priority} is used twice")
    if any(r.status == "any" for r in rules[:-1]):
        raise ValueError("the 'any' rule must have the highest rulePriority")
    marks = {r.priority: r.marked(images, now) for r in rules}
    result = set()
    for img in images:
        owner = next((r for r in rules if r.selects(img)), None)
        if owner is not None and img["digest"] in marks[owner.priority]:
            result.add(img["digest"])
    return frozenset(result)
