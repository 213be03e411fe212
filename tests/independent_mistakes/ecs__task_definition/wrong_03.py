# Mistake: any image whose name contains "ecr" counts as private ECR, so public.ecr.aws images (which need no role) are refused without a role
def fargate_task_definition(family, image, container_port, cpu, memory,
                            execution_role_arn=None):
    if not is_valid_fargate_size(cpu, memory):
        raise ValueError("invalid Fargate size")
    if container_port < 1 or container_port > 65535:
        raise ValueError("bad port")
    if "ecr" in image and execution_role_arn is None:
        raise ValueError("private ECR image needs an execution role")
    container = {"name": family, "image": image, "essential": True,
                 "portMappings": [{"containerPort": container_port, "protocol": "tcp"}]}
    task = {"family": family, "requiresCompatibilities": ["FARGATE"], "networkMode": "awsvpc",
            "cpu": str(cpu), "memory": str(memory), "containerDefinitions": [container]}
    if execution_role_arn is not None:
        task["executionRoleArn"] = execution_role_arn
    return task
