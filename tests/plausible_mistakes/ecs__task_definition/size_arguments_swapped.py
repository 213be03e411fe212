# Plausible mistake: calls the size check with memory first, then cpu.
# Property: cpu-then-memory
import re

# <12-digit account>.dkr.ecr.<region>.amazonaws.com/..., or .amazonaws.com.cn in China.
PRIVATE_ECR = re.compile(r"\d{12}\.dkr\.ecr\.[a-z0-9-]+\.amazonaws\.com(\.cn)?/")


def fargate_task_definition(family, image, container_port, cpu, memory,
                            execution_role_arn=None):
    if not is_valid_fargate_size(memory, cpu):
        raise ValueError(f"{cpu} CPU units with {memory} MiB is not a Fargate task size")
    if not 1 <= container_port <= 65535:
        raise ValueError(f"container_port must be between 1 and 65535, not {container_port}")
    if PRIVATE_ECR.match(image) and execution_role_arn is None:
        raise ValueError("pulling from a private ECR repository needs an execution role")

    definition = {
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
        definition["executionRoleArn"] = execution_role_arn
    return definition
