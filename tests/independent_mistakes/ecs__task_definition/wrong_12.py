# Mistake: the private-ECR helper only checks that the host's first label is all digits, not that it has exactly 12, so a host like "12345.dkr.ecr.us-east-1.amazonaws.com" is treated as private ECR and refused without a role
def helper(image):
    if "/" not in image:
        return False
    host = image.split("/", 1)[0]
    labels = host.split(".")
    if labels[-2:] != ["amazonaws", "com"] and labels[-3:] != ["amazonaws", "com", "cn"]:
        return False
    return len(labels) >= 6 and labels[0].isdigit() and labels[1:3] == ["dkr", "ecr"]


def fargate_task_definition(family, image, container_port, cpu, memory,
                            execution_role_arn=None):
    if not is_valid_fargate_size(cpu, memory):
        raise ValueError("invalid Fargate size")
    if not 1 <= container_port <= 65535:
        raise ValueError("bad port")
    if helper(image) and execution_role_arn is None:
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
