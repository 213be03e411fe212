# Mistake: fills in one module-level TEMPLATE dict and returns it, so every call returns the same shared dict and a role from an earlier call stays in later results
import re

PRIVATE = re.compile(r"\d{12}\.dkr\.ecr\.[a-z0-9-]+\.amazonaws\.com(\.cn)?/")
TEMPLATE = {"requiresCompatibilities": ["FARGATE"], "networkMode": "awsvpc"}


def fargate_task_definition(family, image, container_port, cpu, memory,
                            execution_role_arn=None):
    if not is_valid_fargate_size(cpu, memory):
        raise ValueError("invalid Fargate size")
    if not 1 <= container_port <= 65535:
        raise ValueError("bad port")
    if PRIVATE.match(image) and execution_role_arn is None:
        raise ValueError("private ECR image needs an execution role")
    task = TEMPLATE
    task["family"] = family
    task["cpu"] = str(cpu)
    task["memory"] = str(memory)
    task["containerDefinitions"] = [{
        "name": family,
        "image": image,
        "essential": True,
        "portMappings": [{"containerPort": container_port, "protocol": "tcp"}],
    }]
    if execution_role_arn is not None:
        task["executionRoleArn"] = execution_role_arn
    return task
