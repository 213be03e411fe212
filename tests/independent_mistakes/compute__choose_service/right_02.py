# Right: a `check` helper per rule, Decimal comparison of the duration, and a class holding the workload
from decimal import Decimal


class Workload:
    def __init__(self, data):
        self.novice = data["cloud_experience"] == "none"
        self.containers = bool(data["runs_containers"])
        self.manage = bool(data["wants_to_manage_servers"])
        self.events = bool(data["event_driven"])
        self.batch = bool(data["batch"])
        self.minutes = Decimal(str(data["max_duration_minutes"]))


def check(condition, service):
    return service if condition else None


def choose_service(workload):
    w = Workload(workload)
    limit = Decimal(str(LAMBDA_MAX_MINUTES))
    for answer in (
        check(w.novice, "Amazon Lightsail"),
        check(w.batch, "AWS Batch"),
        check(w.events and w.minutes <= limit and not w.containers, "AWS Lambda"),
        check(w.containers and w.manage, "Amazon ECS on EC2"),
        check(w.containers, "AWS Fargate"),
    ):
        if answer is not None:
            return answer
    return "Amazon EC2"
