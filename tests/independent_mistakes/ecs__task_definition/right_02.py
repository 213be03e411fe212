# Right: a helper named check that raises, a small class that splits the image host on dots (no regex), and dict(**) building
class _Host:
    def __init__(self, image):
        self.name = image.split("/", 1)[0] if "/" in image else ""

    def is_private_ecr(self):
        parts = self.name.split(".")
        if parts[-2:] == ["amazonaws", "com"]:
            head = parts[:-2]
        elif parts[-3:] == ["amazonaws", "com", "cn"]:
            head = parts[:-3]
        else:
            return False
        if len(head) != 4:
            return False
        account, dkr, ecr, region = head
        words = region.split("-")
        return (len(account) == 12 and all(c in "0123456789" for c in account)
                and dkr == "dkr" and ecr == "ecr"
                and len(words) >= 3 and words[-1] != ""
                and all(c in "0123456789" for c in words[-1])
                and all(w != "" and all("a" <= c <= "z" for c in w) for w in words[:-1]))


def check(condition, message):
    if not condition:
        raise ValueError(message)


def fargate_task_definition(family, image, container_port, cpu, memory,
                            execution_role_arn=None):
    check(is_valid_fargate_size(cpu, memory), "not a Fargate task size")
    check(container_port in range(1, 65536), "container port must be 1 to 65535")
    check(execution_role_arn is not None or not _Host(image).is_private_ecr(),
          "pulling from a private ECR repository needs an execution role")
    mapping = dict(containerPort=container_port, protocol="tcp")
    container = dict(name=family, image=image, essential=True, portMappings=[mapping])
    extra = {} if execution_role_arn is None else {"executionRoleArn": execution_role_arn}
    return dict(family=family, requiresCompatibilities=["FARGATE"], networkMode="awsvpc",
                cpu=f"{cpu}", memory=f"{memory}", containerDefinitions=[container], **extra)
