# Right: a lookup table of (test, service) pairs tried in order, with lambdas; first match wins
RULES = [
    (lambda w: w["cloud_experience"] == "none", "Amazon Lightsail"),
    (lambda w: w["batch"], "AWS Batch"),
    (lambda w: w["event_driven"] and w["max_duration_minutes"] <= LAMBDA_MAX_MINUTES
     and not w["runs_containers"], "AWS Lambda"),
    (lambda w: w["runs_containers"] and w["wants_to_manage_servers"], "Amazon ECS on EC2"),
    (lambda w: w["runs_containers"], "AWS Fargate"),
    (lambda w: True, "Amazon EC2"),
]


def choose_service(workload):
    return next(service for test, service in RULES if test(workload))
