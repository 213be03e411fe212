# Mistake: the batch rule is tried before the cloud-experience rule (first two `if`s swapped), so a team with no cloud experience gets AWS Batch for a batch job
def choose_service(workload):
    if workload["batch"]:
        return "AWS Batch"
    if workload["cloud_experience"] == "none":
        return "Amazon Lightsail"
    if (workload["event_driven"] and workload["max_duration_minutes"] <= LAMBDA_MAX_MINUTES
            and not workload["runs_containers"]):
        return "AWS Lambda"
    if workload["runs_containers"] and workload["wants_to_manage_servers"]:
        return "Amazon ECS on EC2"
    if workload["runs_containers"]:
        return "AWS Fargate"
    return "Amazon EC2"
