# Right: an anchored regex for the private ECR host (com or com.cn) and a dict literal, the role key added afterwards
import re

PRIVATE_ECR = re.compile(
    r"[0-9]{12}\.dkr\.ecr\.[a-z]+(?:-[a-z]+)+-[0-9]+\.amazonaws\.com(?:\.cn)?/")


def fargate_task_definition(family, image, container_port, cpu, memory,
                            execution_role_arn=None):
    if not is_valid_fargate_size(cpu, memory):
        raise ValueError(f"{cpu} CPU units with {memory} MiB is not a Fargate task size")
    if not 1 <= container_port <= 65535:
        raise ValueError(f"port {container_port} is not between 1 and 65535")
    if PRIVATE_ECR.match(image) and execution_role_arn is None:
        raise ValueError("pulling from a private ECR repository needs an execution role")
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
