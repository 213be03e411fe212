# Mistake: rule 3 leaves out the condition "runs_containers is false", so short event-driven container work goes to Lambda
def choose_service(workload):
    w = workload
    if w["cloud_experience"] == "none":
        return "Amazon Lightsail"
    if w["batch"]:
        return "AWS Batch"
    if w["event_driven"] and w["max_duration_minutes"] <= LAMBDA_MAX_MINUTES:
        return "AWS Lambda"
    if w["runs_containers"] and w["wants_to_manage_servers"]:
        return "Amazon ECS on EC2"
    if w["runs_containers"]:
        return "AWS Fargate"
    return "Amazon EC2"
