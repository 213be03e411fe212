# Mistake: the Fargate rule is tried before the ECS-on-EC2 rule (rules 4 and 5 swapped), so containers always go to Fargate
def choose_service(workload):
    if workload["cloud_experience"] == "none":
        return "Amazon Lightsail"
    if workload["batch"]:
        return "AWS Batch"
    if (workload["event_driven"] and not workload["runs_containers"]
            and workload["max_duration_minutes"] <= LAMBDA_MAX_MINUTES):
        return "AWS Lambda"
    if workload["runs_containers"]:
        return "AWS Fargate"
    if workload["runs_containers"] and workload["wants_to_manage_servers"]:
        return "Amazon ECS on EC2"
    return "Amazon EC2"
