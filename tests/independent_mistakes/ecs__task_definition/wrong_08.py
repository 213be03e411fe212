# Mistake: calls is_valid_fargate_size(memory, cpu) with the two arguments swapped, so valid sizes are refused
import re

PRIVATE = re.compile(r"\d{12}\.dkr\.ecr\.[a-z0-9-]+\.amazonaws\.com(\.cn)?/")


def fargate_task_definition(family, image, container_port, cpu, memory,
                            execution_role_arn=None):
    if not is_valid_fargate_size(memory, cpu):
        raise ValueError(f"{cpu} CPU units with {memory} MiB is not a Fargate task size")
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
            "portMappings": [{"containerPort": container_port, "protocol": "tcp"}],
        }],
    }
    if execution_role_arn is not None:
        task["executionRoleArn"] = execution_role_arn
    return task
