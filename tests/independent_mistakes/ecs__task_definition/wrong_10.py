# Mistake: the port mapping's containerPort is written as a string (str(container_port)), like cpu and memory, instead of the int
import re

PRIVATE = re.compile(r"\d{12}\.dkr\.ecr\.[a-z0-9-]+\.amazonaws\.com(\.cn)?/")


def fargate_task_definition(family, image, container_port, cpu, memory,
                            execution_role_arn=None):
    if not is_valid_fargate_size(cpu, memory):
        raise ValueError("invalid Fargate size")
    if not 1 <= container_port <= 65535:
        raise ValueError("bad port")
    if PRIVATE.match(image) and execution_role_arn is None:
        raise ValueError("private ECR image needs an execution role")
    task = {
        "family": family,
        "requiresCompatibilities": ["FARGATE"],
        "networkMode": "awsvpc",
        "cpu": str(cpu),
        "memory": str(memory),
        "containerDefinitions": [{
            "name": family,
            "image": image,
            "essential": True,
            "portMappings": [{"containerPort": str(container_port), "protocol": "tcp"}],
        }],
    }
    if execution_role_arn is not None:
        task["executionRoleArn"] = execution_role_arn
    return task
