# Mistake: rule 3 requires `wants_to_manage_servers` to be false as well (`not manage` added to the Lambda test), so short event-driven work by a team that likes servers goes to EC2
def choose_service(workload):
    novice = workload["cloud_experience"] == "none"
    containers = workload["runs_containers"]
    manage = workload["wants_to_manage_servers"]
    short = workload["max_duration_minutes"] <= LAMBDA_MAX_MINUTES
    if novice:
        return "Amazon Lightsail"
    if workload["batch"]:
        return "AWS Batch"
    if workload["event_driven"] and short and not containers and not manage:
        return "AWS Lambda"
    if containers and manage:
        return "Amazon ECS on EC2"
    if containers:
        return "AWS Fargate"
    return "Amazon EC2"
