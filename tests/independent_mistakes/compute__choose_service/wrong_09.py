# Mistake: the fallback prints "Amazon EC2" instead of returning it, so the function returns None there (the last line)
def choose_service(workload):
    if workload["cloud_experience"] == "none":
        return "Amazon Lightsail"
    if workload["batch"]:
        return "AWS Batch"
    if (workload["event_driven"] and workload["max_duration_minutes"] <= LAMBDA_MAX_MINUTES
            and not workload["runs_containers"]):
        return "AWS Lambda"
    if workload["runs_containers"] and workload["wants_to_manage_servers"]:
        return "Amazon ECS on EC2"
    if workload["runs_containers"]:
        return "AWS Fargate"
    print("Amazon EC2")
