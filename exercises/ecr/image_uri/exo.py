# --- PYODIDE:env --- #
from awsgrader import start_watchdog
from awsgrader.facts import ecr as _ecr

start_watchdog()

# From the site's fact sheet (see the statement for their sources).
ACCOUNT_ID_DIGITS = _ecr.ACCOUNT_ID_DIGITS          # 12
DIGEST_HEX_CHARS = _ecr.IMAGE_DIGEST_HEX_CHARS      # 64
TAG_MAX_CHARS = _ecr.IMAGE_TAG_MAX_CHARS            # 128
del _ecr

# --- PYODIDE:code --- #
def parse_image_uri(uri):
    ...

# --- PYODIDE:corr --- #
import re

SEGMENT = r"[a-z0-9]+(?:[._-][a-z0-9]+)*"
REPOSITORY = re.compile(rf"(?:{SEGMENT}/)*{SEGMENT}")
TAG = re.compile(rf"[A-Za-z0-9_][A-Za-z0-9_.-]{{0,{TAG_MAX_CHARS - 1}}}")
DIGEST = re.compile(rf"sha256:[0-9a-f]{{{DIGEST_HEX_CHARS}}}")
ALIAS = re.compile(r"[a-z][a-z0-9]+(?:[._-][a-z0-9]+)*")
PRIVATE_HOST = re.compile(
    rf"(?P<account>[0-9]{{{ACCOUNT_ID_DIGITS}}})\.dkr\.ecr\."
    r"(?P<region>[a-z]+(?:-[a-z]+)+-[0-9]+)\.amazonaws\.com")


def parse_image_uri(uri):
    host, slash, path = uri.partition("/")
    if not slash:
        raise ValueError(f"{uri!r} has no '/<repository>' after the registry")

    if host == "public.ecr.aws":
        alias, slash, path = path.partition("/")
        if not slash:
            raise ValueError("a public URI is public.ecr.aws/<alias>/<repository>: "
                             "the alias or the repository is missing")
        if not ALIAS.fullmatch(alias):
            raise ValueError(f"{alias!r} is not a registry alias (lowercase, starts with a letter)")
        result = {"registry": "public", "account_id": None, "region": None}
    else:
        match = PRIVATE_HOST.fullmatch(host)
        if not match:
            raise ValueError(f"{host!r} is not <12-digit account>.dkr.ecr.<region>.amazonaws.com "
                             "(and not public.ecr.aws)")
        result = {"registry": "private", "account_id": match["account"],
                  "region": match["region"]}

    repository, at, digest = path.partition("@")
    tag = None
    if at:
        if result["registry"] == "public":
            raise ValueError("a public URI takes a tag, not a digest")
        if ":" in repository:
            raise ValueError("give a tag or a digest, not both")
        if not DIGEST.fullmatch(digest):
            raise ValueError(f"{digest!r} is not sha256: followed by 64 lowercase hex characters")
    else:
        digest = None
        repository, colon, tag = path.partition(":")
        if not colon:
            tag = "latest"
        elif not TAG.fullmatch(tag):
            raise ValueError(f"{tag!r} is not a valid tag")
    if not REPOSITORY.fullmatch(repository):
        raise ValueError(f"{repository!r} is not a valid repository name (lowercase letters, "
                         "digits and . _ - between them, namespaces separated by one /)")
    result.update(repository=repository, tag=tag, digest=digest)
    return result

# --- PYODIDE:tests --- #
example_digest = "sha256:" + "0123456789abcdef" * 4

got = parse_image_uri("123456789012.dkr.ecr.us-east-1.amazonaws.com/web-app:v1.2.0")
expected = {"registry": "private", "account_id": "123456789012", "region": "us-east-1",
            "repository": "web-app", "tag": "v1.2.0", "digest": None}
assert got == expected, f"expected {expected}, got {got!r}"

got = parse_image_uri("123456789012.dkr.ecr.eu-west-3.amazonaws.com/team-a/api@" + example_digest)
expected = {"registry": "private", "account_id": "123456789012", "region": "eu-west-3",
            "repository": "team-a/api", "tag": None, "digest": example_digest}
assert got == expected, f"expected {expected}, got {got!r}"

got = parse_image_uri("public.ecr.aws/docker/library/python:3.12-slim")
expected = {"registry": "public", "account_id": None, "region": None,
            "repository": "library/python", "tag": "3.12-slim", "digest": None}
assert got == expected, f"expected {expected}, got {got!r}"

got = parse_image_uri("123456789012.dkr.ecr.us-east-1.amazonaws.com/web-app")
assert got is not None and got.get("tag") == "latest", (
    f"no tag and no digest: expected tag 'latest', got {got!r}")

try:
    got = parse_image_uri("123456789012.dkr.ecr.us-east-1.amazonaws.com/Web-App")
except ValueError:
    pass
else:
    raise AssertionError(f"an uppercase repository: expected ValueError, got {got!r}")

# --- PYODIDE:secrets --- #
def _hidden_tests():
    import random
    from awsgrader import check, check_raises, require_function
    from awsgrader.facts import ecr as facts

    parse = require_function(globals(), "parse_image_uri", ["uri"])
    account_digits = facts.ACCOUNT_ID_DIGITS
    hex_chars = facts.IMAGE_DIGEST_HEX_CHARS
    tag_max = facts.IMAGE_TAG_MAX_CHARS
    digest = "sha256:" + ("9f86d081884c7d65" * 4)[:hex_chars]

    def private(account, region, repository, tag="latest", digest=None):
        return {"registry": "private", "account_id": account, "region": region,
                "repository": repository, "tag": tag, "digest": digest}

    def public(repository, tag="latest"):
        return {"registry": "public", "account_id": None, "region": None,
                "repository": repository, "tag": tag, "digest": None}

    host = "123456789012.dkr.ecr.us-east-1.amazonaws.com"
    valid = [
        ("012345678901.dkr.ecr.eu-west-1.amazonaws.com/app:v1",
         private("012345678901", "eu-west-1", "app", "v1"),
         "An account ID can start with 0: keep it as the string of 12 digits, not an int."),
        (f"{host}/web-app:v1.2.0", private("123456789012", "us-east-1", "web-app", "v1.2.0"),
         "A private URI with a tag."),
        ("012345678901.dkr.ecr.ap-southeast-2.amazonaws.com/app",
         private("012345678901", "ap-southeast-2", "app"),
         "No tag and no digest: the tag is 'latest' and the digest None."),
        ("111122223333.dkr.ecr.us-gov-west-1.amazonaws.com/project-a/nginx-web-app:2026.11",
         private("111122223333", "us-gov-west-1", "project-a/nginx-web-app", "2026.11"),
         "Region codes can have more than two words (us-gov-west-1); a repository can have a "
         "namespace (project-a/...)."),
        (f"{host}/a/b/c/d_e.f-g@{digest}",
         private("123456789012", "us-east-1", "a/b/c/d_e.f-g", None, digest),
         "Several namespaces, and . _ - inside a segment; with a digest the tag is None and "
         "the digest keeps its 'sha256:' prefix."),
        (f"{host}/app:latest", private("123456789012", "us-east-1", "app", "latest"),
         "An explicit 'latest' tag."),
        (f"{host}/app:V1_RC.2-Final", private("123456789012", "us-east-1", "app", "V1_RC.2-Final"),
         "Docker's tag rule, used by this exercise: a tag may contain uppercase letters, "
         "digits, _ . and - (only the repository is lowercase)."),
        (f"{host}/app:_build", private("123456789012", "us-east-1", "app", "_build"),
         "Docker's tag rule, used by this exercise: a tag may start with an underscore."),
        (f"{host}/app:" + "t" * tag_max, private("123456789012", "us-east-1", "app", "t" * tag_max),
         f"Docker's tag rule, used by this exercise: a tag of {tag_max} characters is valid."),
        (f"{host}/ab", private("123456789012", "us-east-1", "ab"), "A two-letter repository."),
        ("123456789012.dkr.ecr.il-central-1.amazonaws.com/x1/y2",
         private("123456789012", "il-central-1", "x1/y2"), "Another Region: il-central-1."),
        ("public.ecr.aws/docker/library/python:3.12-slim", public("library/python", "3.12-slim"),
         "Public: the repository is what follows the alias ('docker' is the alias)."),
        ("public.ecr.aws/nginx/nginx", public("nginx"),
         "Public without a tag: tag 'latest'; account_id and region are None."),
        ("public.ecr.aws/my-team.io/tools/cli:v2", public("tools/cli", "v2"),
         "An alias may contain . _ - ; it is not part of the repository."),
        ("public.ecr.aws/aws-cli/aws-cli:2.15.0", public("aws-cli", "2.15.0"),
         "Alias and repository can have the same name."),
    ]
    for uri, expected, hint in valid:
        check(parse, (uri,), expected, hint=hint)

    def bad(uri, hint):
        check_raises(parse, (uri,), exc_type=ValueError, hint=hint)

    # The account ID.
    bad(f"{'1' * (account_digits - 1)}.dkr.ecr.us-east-1.amazonaws.com/app",
        "An account ID has exactly 12 digits: this one has 11.")
    bad(f"{'1' * (account_digits + 1)}.dkr.ecr.us-east-1.amazonaws.com/app",
        "An account ID has exactly 12 digits: this one has 13.")
    bad("1234-5678-9012.dkr.ecr.us-east-1.amazonaws.com/app",
        "An account ID is 12 digits, with no dashes.")
    bad("12345678901a.dkr.ecr.us-east-1.amazonaws.com/app", "An account ID is only digits.")
    # The host.
    bad("123456789012.ecr.us-east-1.amazonaws.com/app", "The 'dkr.' part is missing.")
    bad("123456789012.dkr.us-east-1.amazonaws.com/app", "The 'ecr.' part is missing.")
    bad("123456789012.dkr.ecr.amazonaws.com/app", "The Region is missing.")
    bad("123456789012.dkr.ecr.us-east-1a.amazonaws.com/app",
        "us-east-1a is an Availability Zone, not a Region.")
    bad("123456789012.dkr.ecr.us-east1.amazonaws.com/app",
        "This exercise's Region-code shape: words joined by '-', then '-' and a number: "
        "us-east-1, not us-east1.")
    bad("123456789012.dkr.ecr.US-EAST-1.amazonaws.com/app", "This exercise's Region-code shape: lowercase words.")
    bad("123456789012.dkr.ecr.cn-north-1.amazonaws.com.cn/app",
        "Only the amazonaws.com domain is in this exercise (China's amazonaws.com.cn is not).")
    bad("123456789012.dkr-ecr.us-east-1.on.aws/app",
        "Dual-stack registry addresses are not in this exercise: only "
        "<account>.dkr.ecr.<region>.amazonaws.com.")
    bad("123456789012.dkr.ecr.us-east-1.amazonaws.com.evil.example/app",
        "The host must end with amazonaws.com: check the whole host, not a prefix.")
    bad(f"https://{host}/app", "This exercise's host is exactly <account>.dkr.ecr.<region>.amazonaws.com: no "
        "https:// scheme.")
    bad(f"{host}:443/app", "This exercise's host is exactly <account>.dkr.ecr.<region>.amazonaws.com: no "
        "port.")
    bad(host, "No repository: the URI stops at the registry.")
    bad(f"{host}/", "No repository after the '/'.")
    bad("gallery.ecr.aws/docker/library/python",
        "gallery.ecr.aws is the website; images are pulled from public.ecr.aws.")
    # The repository.
    bad(f"{host}/Web-App", "Repository names are lowercase.")
    bad(f"{host}/team-a/", "A trailing '/' leaves an empty segment.")
    bad(f"{host}/team-a//api", "'//' leaves an empty namespace.")
    bad(f"{host}/-app", "A segment cannot start with '-'.")
    bad(f"{host}/app.", "A segment cannot end with '.'.")
    bad(f"{host}/my--app", "Separators . _ - come one at a time, between letters or digits.")
    bad(f"{host}/my app", "A repository name has no spaces.")
    # The tag.
    bad(f"{host}/app:", "Docker's tag rule, used by this exercise: a tag has at least one character; here "
        "it is empty after ':'.")
    bad(f"{host}/app:-v1", "Docker's tag rule, used by this exercise: a tag cannot start with '-'.")
    bad(f"{host}/app:.v1", "Docker's tag rule, used by this exercise: a tag cannot start with '.'.")
    bad(f"{host}/app:v1:v2", "Docker's tag rule, used by this exercise: a tag cannot contain ':'.")
    bad(f"{host}/app:v 1", "Docker's tag rule, used by this exercise: a tag cannot contain a space.")
    bad(f"{host}/app:v1/extra", "Docker's tag rule, used by this exercise: a tag cannot contain '/'.")
    bad(f"{host}/app:" + "t" * (tag_max + 1), f"Docker's tag rule, used by this exercise: a tag has at most {tag_max} "
        "characters.")
    bad(f"{host}/app:v1\n",
        "This exercise takes the URI as it is: a trailing line break is an error. (With re, use "
        "re.fullmatch or \\Z: '$' also matches before a final newline.)")
    bad(f" {host}/app", "This exercise takes the URI as it is: a leading space is an error.")
    # The digest.
    bad(f"{host}/app@{digest[:-1]}", "A sha256 digest has exactly 64 hex characters: 63 here.")
    bad(f"{host}/app@{digest}0", "A sha256 digest has exactly 64 hex characters: 65 here.")
    bad(f"{host}/app@{digest.upper().replace('SHA256', 'sha256')}",
        "This exercise takes a digest's hex characters in lowercase only.")
    bad(f"{host}/app@sha512:" + "ab" * 64, "Only sha256 digests.")
    bad(f"{host}/app@" + digest[len("sha256:"):], "The 'sha256:' prefix is missing.")
    bad(f"{host}/app@sha256:" + "g" * hex_chars, "'g' is not a hex digit.")
    bad(f"{host}/app@", "An empty digest after '@'.")
    bad(f"{host}/app:v1@{digest}", "A tag or a digest, not both (Docker would accept it and "
                                   "pull by the digest; this exercise does not).")
    # Public URIs.
    bad("public.ecr.aws/nginx", "A public URI needs an alias and a repository.")
    bad("public.ecr.aws/nginx:latest", "A public URI needs an alias and a repository.")
    bad("public.ecr.aws//nginx", "The alias is empty.")
    bad("public.ecr.aws/docker/", "The repository is empty.")
    bad("public.ecr.aws/Docker/library/python", "An alias is lowercase.")
    bad("public.ecr.aws/1docker/python", "An alias starts with a letter.")
    bad("public.ecr.aws/docker/Library/python", "Repository names are lowercase.")
    bad(f"public.ecr.aws/docker/library/python@{digest}",
        "In this exercise a public URI takes a tag, not a digest.")
    bad("public.ecr.aws/docker/library/python:", "Docker's tag rule, used by this exercise: a tag has at least one character; here "
        "it is empty after ':'.")

    # Random valid URIs, built from their parts.
    rng = random.Random(20261126)
    lower = "abcdefghijklmnopqrstuvwxyz0123456789"
    tag_chars = "abcXYZ019_.-"
    regions = ["us-east-1", "us-west-2", "eu-central-2", "ap-northeast-3", "sa-east-1",
               "us-gov-east-1", "me-central-1", "ca-west-1", "ap-southeast-7"]

    def segment():
        parts = ["".join(rng.choices(lower, k=rng.randint(1, 5)))
                 for _ in range(rng.randint(1, 3))]
        text = parts[0]
        for part in parts[1:]:
            text += rng.choice("._-") + part
        return text

    for _ in range(60):
        repository = "/".join(segment() for _ in range(rng.randint(1, 3)))
        kind = rng.choice(["tag", "digest", "none"])
        tag = rng.choice("aZ9_") + "".join(rng.choices(tag_chars, k=rng.randint(0, 12)))
        if rng.random() < 0.3:
            alias = rng.choice("abcxyz") + segment()
            kind = rng.choice(["tag", "none"])
            uri = f"public.ecr.aws/{alias}/{repository}" + (f":{tag}" if kind == "tag" else "")
            expected = public(repository, tag if kind == "tag" else "latest")
        else:
            account = f"{rng.randrange(10 ** account_digits):0{account_digits}d}"
            region = rng.choice(regions)
            image_digest = f"sha256:{rng.getrandbits(4 * hex_chars):0{hex_chars}x}"
            uri = f"{account}.dkr.ecr.{region}.amazonaws.com/{repository}"
            if kind == "tag":
                uri += f":{tag}"
                expected = private(account, region, repository, tag)
            elif kind == "digest":
                uri += f"@{image_digest}"
                expected = private(account, region, repository, None, image_digest)
            else:
                expected = private(account, region, repository)
        check(parse, (uri,), expected, hint="A randomly built valid URI.")


_hidden_tests()
del _hidden_tests

# --- PYODIDE:post --- #
from awsgrader import stop_watchdog

stop_watchdog()
