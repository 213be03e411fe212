# A correct solution written another way: nested conditions on containers first, a
# comparison in seconds against Lambda's 900-second limit.
def choose_service(workload):
    if workload["cloud_experience"] != "some":
        return "Amazon Lightsail"
    if workload["batch"]:
        return "AWS Batch"
    containers = workload["runs_containers"]
    if containers:
        return "Amazon ECS on EC2" if workload["wants_to_manage_servers"] else "AWS Fargate"
    short = workload["max_duration_minutes"] * 60 <= 900
    return "AWS Lambda" if workload["event_driven"] and short else "Amazon EC2"
