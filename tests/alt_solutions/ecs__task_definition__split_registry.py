# Looks at the registry host with split() instead of a regex; adds a hostPort equal to the
# container port (allowed in awsvpc mode); builds the dict in another order.


def is_private_ecr(image):
    if "/" not in image:
        return False
    host = image.split("/", 1)[0]
    parts = host.split(".")
    if host.endswith(".amazonaws.com.cn"):
        parts = parts[:-1]
    return (len(parts) == 6 and len(parts[0]) == 12 and parts[0].isdigit()
            and parts[1:3] == ["dkr", "ecr"] and parts[4:] == ["amazonaws", "com"])


def fargate_task_definition(family, image, container_port, cpu, memory,
                            execution_role_arn=None):
    if container_port < 1 or container_port > 65535:
        raise ValueError("port")
    if is_private_ecr(image) and not execution_role_arn:
        raise ValueError("needs executionRoleArn")
    if not is_valid_fargate_size(cpu, memory):
        raise ValueError("size")
    container = {
        "portMappings": [{"protocol": "tcp", "hostPort": container_port,
                          "containerPort": container_port}],
        "essential": True,
        "image": image,
        "name": family,
    }
    result = {}
    if execution_role_arn:
        result["executionRoleArn"] = execution_role_arn
    result.update(containerDefinitions=[container], memory=f"{memory}", cpu=f"{cpu}",
                  networkMode="awsvpc", requiresCompatibilities=["FARGATE"], family=family)
    return result
