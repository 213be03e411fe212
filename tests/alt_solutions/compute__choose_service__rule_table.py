# A correct solution written another way: the decision list as a table of (test, service)
# pairs, a hard-coded 15, .get() with defaults.
RULES = [
    (lambda w: w.get("cloud_experience") == "none", "Amazon Lightsail"),
    (lambda w: bool(w.get("batch")), "AWS Batch"),
    (lambda w: w.get("event_driven") and not w.get("runs_containers")
        and w.get("max_duration_minutes", 0) <= 15, "AWS Lambda"),
    (lambda w: w.get("runs_containers") and w.get("wants_to_manage_servers"),
     "Amazon ECS on EC2"),
    (lambda w: w.get("runs_containers"), "AWS Fargate"),
]


def choose_service(workload):
    for applies, service in RULES:
        if applies(workload):
            return service
    return "Amazon EC2"
