# Mistake: the port mapping adds "hostPort": 0 (a dynamic host port, as on ECS with EC2), which awsvpc refuses: hostPort may only equal the container port
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
    port_mapping = {"containerPort": container_port, "hostPort": 0, "protocol": "tcp"}
    task = {
        "family": family,
        "requiresCompatibilities": ["FARGATE"],
        "networkMode": "awsvpc",
        "cpu": str(cpu),
        "memory": str(memory),
        "containerDefinitions": [{"name": family, "image": image, "essential": True,
                                  "portMappings": [port_mapping]}],
    }
    if execution_role_arn is not None:
        task["executionRoleArn"] = execution_role_arn
    return task
