# Mistake: tests the role with truthiness (`if execution_role_arn:` / `not execution_role_arn`), so a role given as "" is dropped from the dict and refused for a private image, though only None means "no role"
import re


def fargate_task_definition(family, image, container_port, cpu, memory,
                            execution_role_arn=None):
    if not is_valid_fargate_size(cpu, memory):
        raise ValueError("invalid Fargate size")
    if not 1 <= container_port <= 65535:
        raise ValueError("bad port")
    if re.match(r"\d{12}\.dkr\.ecr\.[a-z0-9-]+\.amazonaws\.com(\.cn)?/", image) and not execution_role_arn:
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
    if execution_role_arn:
        task["executionRoleArn"] = execution_role_arn
    return task
