# A regex on the whole image, and a JSON text parsed back into a dict.
import json
import re


def fargate_task_definition(family, image, container_port, cpu, memory,
                            execution_role_arn=None):
    if not is_valid_fargate_size(cpu, memory):
        raise ValueError("invalid size")
    if container_port not in range(1, 65536):
        raise ValueError("invalid port")
    private = re.match(r"^[0-9]{12}\.dkr\.ecr\.[^./]+\.amazonaws\.com(?:\.cn)?/.+", image)
    if private and execution_role_arn is None:
        raise ValueError("private ECR needs an execution role")
    text = json.dumps({
        "family": family,
        "requiresCompatibilities": ["FARGATE"],
        "networkMode": "awsvpc",
        "cpu": str(cpu),
        "memory": str(memory),
        "containerDefinitions": [{
            "name": family, "image": image, "essential": True,
            "portMappings": [{"containerPort": container_port, "protocol": "tcp"}],
        }],
        **({"executionRoleArn": execution_role_arn} if execution_role_arn is not None else {}),
    })
    return json.loads(text)
