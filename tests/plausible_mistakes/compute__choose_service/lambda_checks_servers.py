# Plausible mistake: in the Lambda rule, tests "no servers to manage" instead of "no containers".
# Property: rule-3-only-when
def choose_service(workload):
    if workload["cloud_experience"] == "none":
        return "Amazon Lightsail"
    if workload["batch"]:
        return "AWS Batch"
    if (workload["event_driven"] and workload["max_duration_minutes"] <= LAMBDA_MAX_MINUTES
            and not workload["wants_to_manage_servers"]):
        return "AWS Lambda"
    if workload["runs_containers"] and workload["wants_to_manage_servers"]:
        return "Amazon ECS on EC2"
    if workload["runs_containers"]:
        return "AWS Fargate"
    return "Amazon EC2"
