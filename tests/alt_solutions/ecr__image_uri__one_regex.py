# Alternative correct solution: one verbose regex, re.fullmatch, a dict built at the end.
import re

URI = re.compile(r"""
    (?: (?P<account>\d{12}) \.dkr\.ecr\. (?P<region>[a-z]+(?:-[a-z]+)+-\d+) \.amazonaws\.com
      | (?P<public>public\.ecr\.aws/ [a-z][a-z0-9]+(?:[._-][a-z0-9]+)*) )
    / (?P<repository>(?:[a-z0-9]+(?:[._-][a-z0-9]+)*/)*[a-z0-9]+(?:[._-][a-z0-9]+)*)
    (?: : (?P<tag>[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})
      | @ (?P<digest>sha256:[0-9a-f]{64}) )?
""", re.VERBOSE | re.ASCII)


def parse_image_uri(uri):
    m = URI.fullmatch(uri)
    if m is None:
        raise ValueError(f"{uri!r} is not an Amazon ECR image URI")
    if m["public"] and m["digest"]:
        raise ValueError("public URIs take a tag, not a digest, in this exercise")
    tag = m["tag"] if m["tag"] or m["digest"] else "latest"
    return dict(digest=m["digest"], tag=tag, repository=m["repository"],
                region=m["region"], account_id=m["account"],
                registry="public" if m["public"] else "private")
