# Mistake: unit slip: the duration in minutes is compared with Lambda's limit in seconds (`<= 900`), so an event-driven job of an hour goes to Lambda
LAMBDA_TIMEOUT_SECONDS = 900


def choose_service(workload):
    if workload["cloud_experience"] == "none":
        return "Amazon Lightsail"
    if workload["batch"]:
        return "AWS Batch"
    if (workload["event_driven"] and workload["max_duration_minutes"] <= LAMBDA_TIMEOUT_SECONDS
            and not workload["runs_containers"]):
        return "AWS Lambda"
    if workload["runs_containers"] and workload["wants_to_manage_servers"]:
        return "Amazon ECS on EC2"
    if workload["runs_containers"]:
        return "AWS Fargate"
    return "Amazon EC2"
