# Mistake: rule 3 uses `<` instead of `<=`, so work of exactly 15 minutes does not go to Lambda
def choose_service(workload):
    if workload["cloud_experience"] == "none":
        return "Amazon Lightsail"
    elif workload["batch"]:
        return "AWS Batch"
    elif (workload["event_driven"] and workload["max_duration_minutes"] < LAMBDA_MAX_MINUTES
          and not workload["runs_containers"]):
        return "AWS Lambda"
    elif workload["runs_containers"] and workload["wants_to_manage_servers"]:
        return "Amazon ECS on EC2"
    elif workload["runs_containers"]:
        return "AWS Fargate"
    else:
        return "Amazon EC2"
