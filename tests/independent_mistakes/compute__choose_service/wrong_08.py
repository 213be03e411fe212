# Mistake: rule 1 tests `cloud_experience is None` instead of the string "none", so a team with no cloud experience never gets Lightsail
def choose_service(workload):
    if workload.get("cloud_experience") is None:
        return "Amazon Lightsail"
    if workload.get("batch"):
        return "AWS Batch"
    if (workload.get("event_driven") and workload.get("max_duration_minutes") <= LAMBDA_MAX_MINUTES
            and not workload.get("runs_containers")):
        return "AWS Lambda"
    if workload.get("runs_containers") and workload.get("wants_to_manage_servers"):
        return "Amazon ECS on EC2"
    if workload.get("runs_containers"):
        return "AWS Fargate"
    return "Amazon EC2"
