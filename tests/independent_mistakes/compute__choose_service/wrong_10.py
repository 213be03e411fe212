# Mistake: the answer is collected in a variable and later rules overwrite earlier ones (plain `if`s instead of `elif`, no early return), so the last rule that applies wins instead of the first
def choose_service(workload):
    service = "Amazon EC2"
    if workload["cloud_experience"] == "none":
        service = "Amazon Lightsail"
    if workload["batch"]:
        service = "AWS Batch"
    if (workload["event_driven"] and workload["max_duration_minutes"] <= LAMBDA_MAX_MINUTES
            and not workload["runs_containers"]):
        service = "AWS Lambda"
    if workload["runs_containers"] and workload["wants_to_manage_servers"]:
        service = "Amazon ECS on EC2"
    elif workload["runs_containers"]:
        service = "AWS Fargate"
    return service
