# Plausible mistake: treats every event-driven job without containers as Lambda, whatever its length.
# Property: rule-3-only-when
def choose_service(workload):
    if workload["cloud_experience"] == "none":
        return "Amazon Lightsail"
    if workload["batch"]:
        return "AWS Batch"
    if workload["event_driven"] and not workload["runs_containers"]:
        return "AWS Lambda"
    if workload["runs_containers"] and workload["wants_to_manage_servers"]:
        return "Amazon ECS on EC2"
    if workload["runs_containers"]:
        return "AWS Fargate"
    return "Amazon EC2"
