# Plausible mistake: returns "ECS" instead of the exact name "Amazon ECS on EC2".
# Property: exact-service-names
def choose_service(workload):
    if workload["cloud_experience"] == "none":
        return "Amazon Lightsail"
    if workload["batch"]:
        return "AWS Batch"
    if (workload["event_driven"] and workload["max_duration_minutes"] <= 15
            and not workload["runs_containers"]):
        return "AWS Lambda"
    if workload["runs_containers"] and workload["wants_to_manage_servers"]:
        return "ECS"
    if workload["runs_containers"]:
        return "AWS Fargate"
    return "Amazon EC2"
