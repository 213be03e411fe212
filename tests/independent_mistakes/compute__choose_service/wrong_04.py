# Mistake: the Lambda rule returns the short name "Lambda" instead of "AWS Lambda" (the `SERVICES` table)
SERVICES = {
    1: "Amazon Lightsail",
    2: "AWS Batch",
    3: "Lambda",
    4: "Amazon ECS on EC2",
    5: "AWS Fargate",
    6: "Amazon EC2",
}


def rule(w):
    if w["cloud_experience"] == "none":
        return 1
    if w["batch"]:
        return 2
    if w["event_driven"] and w["max_duration_minutes"] <= LAMBDA_MAX_MINUTES and not w["runs_containers"]:
        return 3
    if w["runs_containers"] and w["wants_to_manage_servers"]:
        return 4
    if w["runs_containers"]:
        return 5
    return 6


def choose_service(workload):
    return SERVICES[rule(workload)]
