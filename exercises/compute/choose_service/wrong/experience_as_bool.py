# Plausible mistake: treats cloud_experience as a bool, but "none" is a non-empty (true) string.
# Property: experience-is-a-string
def choose_service(workload):
    if not workload["cloud_experience"]:
        return "Amazon Lightsail"
    if workload["batch"]:
        return "AWS Batch"
    if (workload["event_driven"] and workload["max_duration_minutes"] <= 15
            and not workload["runs_containers"]):
        return "AWS Lambda"
    if workload["runs_containers"] and workload["wants_to_manage_servers"]:
        return "Amazon ECS on EC2"
    if workload["runs_containers"]:
        return "AWS Fargate"
    return "Amazon EC2"
