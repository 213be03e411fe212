# Mistake: rule 4 uses `or` instead of `and`, so a team that wants to manage servers without containers gets "Amazon ECS on EC2"
def choose_service(workload):
    if workload["cloud_experience"] == "none":
        return "Amazon Lightsail"
    if workload["batch"]:
        return "AWS Batch"
    short = workload["max_duration_minutes"] <= LAMBDA_MAX_MINUTES
    if workload["event_driven"] and short and not workload["runs_containers"]:
        return "AWS Lambda"
    if workload["runs_containers"] or workload["wants_to_manage_servers"]:
        if workload["wants_to_manage_servers"]:
            return "Amazon ECS on EC2"
        return "AWS Fargate"
    return "Amazon EC2"
