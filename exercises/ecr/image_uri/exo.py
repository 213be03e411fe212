# --- PYODIDE:env --- #
from awsgrader import Diagnosis, Property, bound_check, grading_code, start_watchdog
from awsgrader.facts import ecr as _ecr

start_watchdog()

# From the site's fact sheet (see the statement for their sources).
ACCOUNT_ID_DIGITS = _ecr.ACCOUNT_ID_DIGITS          # 12
DIGEST_HEX_CHARS = _ecr.IMAGE_DIGEST_HEX_CHARS      # 64
TAG_MAX_CHARS = _ecr.IMAGE_TAG_MAX_CHARS            # 128
del _ecr


@grading_code
def _uri_mistakes():
    # The properties the tests check. For a valid URI, a detector compares the learner's
    # dict with the expected one key by key, or, when the learner raised ValueError, calls
    # the learner's function again with ONE part of the URI replaced by a plain one: if that
    # URI is accepted, the replaced part is the one the learner's code rejects. For an
    # invalid URI, the check names the rule the URI breaks, and speaks when the learner's
    # function returned a result instead of raising ValueError.
    plain = {"account_id": "123456789012", "region": "us-east-1", "repository": "app",
             "tag": "v1", "alias": "docker"}

    def pieces(case):
        # The expected parts of a valid URI, with the alias and what follows the repository.
        uri, expected = case.args[0], case.expected
        head = uri.split("/", 2 if expected["registry"] == "public" else 1)
        parts = dict(expected, alias=head[1] if expected["registry"] == "public" else None)
        parts["suffix"] = uri[len("/".join(head[:-1])) + 1 + len(expected["repository"]):]
        return parts

    def build(parts):
        if parts["registry"] == "public":
            host = f"public.ecr.aws/{parts['alias']}"
        else:
            host = f"{parts['account_id']}.dkr.ecr.{parts['region']}.amazonaws.com"
        return f"{host}/{parts['repository']}{parts['suffix']}"

    def rejected(part, registry=None):
        def detect(case):
            if case.raises or not case.raised(ValueError) or not isinstance(case.expected, dict):
                return False
            parts = pieces(case)
            if registry and parts["registry"] != registry:
                return False
            if part == "tag":
                if not parts["suffix"].startswith(":"):
                    return False
                parts["suffix"] = ":" + plain["tag"]
            elif parts[part] == plain[part]:
                return False
            else:
                parts[part] = plain[part]
            if case.probe(build(parts))[0] != "ok":
                return False
            value = parts["suffix"][1:] if part == "tag" else pieces(case)[part]
            return f"it accepts the same URI with {part} {plain[part]!r} instead of {value!r}"
        return detect

    def accepts_repository(case, repository):
        parts = pieces(case)
        parts["repository"] = repository
        return case.probe(build(parts))[0] == "ok"

    def repository_part_refused(feature):
        # The learner refused a valid URI and accepts it with repository 'app' (see
        # `rejected`). Which rule of the repository pattern does it get wrong? Probe the
        # same URI with small repositories that differ from 'app' by one feature of the
        # expected name: the feature refused alone is the rule the learner's code breaks.
        def detect(case):
            if not rejected("repository")(case):
                return False
            name = case.expected["repository"]
            segments = name.split("/")
            if feature == "digit-first":
                first = [seg for seg in segments if seg[0].isdigit()]
                return (first and not accepts_repository(case, "9app")
                        and accepts_repository(case, "app9")
                        and f"your function refuses the repository '9app' and accepts "
                            f"'app9' ({first[0]!r} starts with a digit)")
            if feature == "namespace":
                return (len(segments) > 1 and not accepts_repository(case, "team/app")
                        and "your function refuses the repository 'team/app' and accepts "
                            "'app'")
            if feature == "separator":
                for sep in "._-":
                    if sep in name and not accepts_repository(case, f"my{sep}app"):
                        return (f"your function refuses the repository 'my{sep}app' and "
                                f"accepts 'app'")
            return False
        return detect

    def key_is(key, test):
        def detect(case):
            got, expected = case.got, case.expected
            return (isinstance(got, dict) and isinstance(expected, dict) and key in got
                    and got[key] != expected[key] and test(got[key], expected, case.args[0]))
        return detect

    import re

    segment = r"[a-z0-9]+(?:[._-][a-z0-9]+)*"

    def region_problem(region):
        if region != region.lower():
            return f"the Region {region!r} is not lowercase"
        words, _, number = region.rpartition("-")
        if not number.isdigit() or not number.isascii():
            return f"the Region {region!r} does not end with '-' and a number"
        if words and re.fullmatch(r"[a-z]+", words):
            return (f"the Region {region!r} has one word before its number: a Region has at "
                    "least two")
        return f"the Region {region!r} does not have the shape"

    def alias_problem(alias):
        if alias != alias.lower():
            return f"the alias {alias!r} is not lowercase"
        if not "a" <= alias[0] <= "z":
            return f"the alias {alias!r} does not start with a lowercase letter"
        if len(alias) == 1:
            return f"the alias {alias!r} has one character: an alias has at least two"
        if re.search(r"[._-]{2}", alias) or alias[-1] in "._-":
            return (f"in the alias {alias!r}, a . _ or - is not between two letters or "
                    "digits")
        return f"the alias {alias!r} does not match the pattern"

    def broken_rules(uri):
        # {rule id: what is wrong} for an invalid URI, read part by part.
        found = {}
        if uri != uri.strip():
            found["uri-as-is"] = "there is a space or a line break around the URI"
        uri = uri.strip()
        host, slash, path = uri.partition("/")
        if host == "public.ecr.aws":
            alias, slash, path = path.partition("/")
            if not slash or not alias:
                found["public-alias-and-repository"] = "the alias or the repository is missing"
                return found
            if not re.fullmatch(r"[a-z][a-z0-9]+(?:[._-][a-z0-9]+)*", alias):
                found["alias-rule"] = alias_problem(alias)
            if "@" in path:
                found["public-no-digest"] = "this public URI has a digest"
                path = path.partition("@")[0]
        else:
            match = re.fullmatch(r"([^./]*)\.dkr\.ecr\.(?:([^./]*)\.)?amazonaws\.com", host)
            if not match:
                found["host-exactly"] = f"the host {host!r} is not <account>.dkr.ecr.<region>" \
                                        ".amazonaws.com"
                return found
            if not re.fullmatch(r"[0-9]{12}", match[1]):
                found["account-id-12-digits"] = f"the account ID {match[1]!r} is not 12 digits"
            if not re.fullmatch(r"[a-z]+(?:-[a-z]+)+-[0-9]+", match[2] or ""):
                found["region-shape"] = (region_problem(match[2]) if match[2]
                                         else "the Region is missing")
            if not slash:
                found["repository-required"] = "the URI stops at the registry"
                return found
            if "@" in path:
                path, _, digest = path.partition("@")
                if ":" in path:
                    found["tag-or-digest"] = "the URI has a tag and a digest"
                    path = path.partition(":")[0]
                if not re.fullmatch(r"sha256:[0-9a-f]{64}", digest):
                    found["digest-shape"] = f"the digest {digest!r} does not have the shape"
        repository, colon, tag = path.partition(":")
        if not repository:
            found["repository-required"] = "the repository is empty"
        elif not re.fullmatch(rf"(?:{segment}/)*{segment}", repository):
            found["repository-name"] = f"the repository {repository!r} does not match the pattern"
        if colon and not re.fullmatch(r"[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}", tag):
            found["tag-rule"] = f"the tag {tag!r} breaks the rule"
        return found

    def unanchored(case):
        got, first = case.got, case.args[0].split(".", 1)[0]
        return (case.returned and isinstance(got, dict) and isinstance(got.get("account_id"), str)
                and got["account_id"] != first and first.endswith(got["account_id"])
                and f"account_id {got['account_id']!r} from {first!r}")

    def invalid(id, rule, hint):
        def detect(case):
            # The check expected ValueError, the function returned a result, and the URI
            # breaks this rule.
            if case.raises is ValueError and case.returned:
                return broken_rules(case.args[0]).get(id)
            return False
        return Property(id, rule, hint, detect)

    return Diagnosis(
        Property("result-keys", "the result is a dict with the keys registry, account_id, "
                 "region, repository, tag and digest",
                 "Return a dict with exactly these six keys (None for the ones that do not "
                 "apply).",
                 lambda case: isinstance(case.got, dict) and isinstance(case.expected, dict)
                 and set(case.got) != set(case.expected)),
        Property("account-id-is-a-string", "account_id is the string written in the URI",
                 "Keep the account ID as the string of 12 digits: as an int it loses its "
                 "leading zeros.",
                 key_is("account_id", lambda got, exp, uri: str(got) == str(int(exp["account_id"]))
                        or got == int(exp["account_id"]))),
        Property("no-tag-means-latest", "without a tag or a digest, the tag is 'latest'",
                 "The URI has no tag and no digest: the tag is 'latest' (Docker's default).",
                 key_is("tag", lambda got, exp, uri: exp["tag"] == "latest"
                        and not uri.endswith(":latest"))),
        Property("no-tag-beside-a-digest", "with a digest, the tag is None",
                 "The URI names its image by digest: the tag is None.",
                 key_is("tag", lambda got, exp, uri: exp["digest"] is not None)),
        Property("digest-keeps-sha256", "the digest keeps its 'sha256:' prefix",
                 "Return the digest as written, with 'sha256:' in front of the hex characters.",
                 key_is("digest", lambda got, exp, uri: exp["digest"] is not None
                        and isinstance(got, str) and "sha256:" + got == exp["digest"])),
        Property("alias-not-in-repository", "in a public URI, the repository is what follows "
                 "the alias",
                 "The alias (the first part after public.ecr.aws/) is not part of the "
                 "repository.",
                 key_is("repository", lambda got, exp, uri: exp["registry"] == "public"
                        and isinstance(got, str) and got.endswith("/" + exp["repository"]))),
        Property("public-has-no-account-or-region", "a public URI has account_id and region "
                 "None",
                 "A public URI names no account and no Region: return None for both.",
                 lambda case: key_is("account_id", lambda *a: True)(case)
                 and case.expected["registry"] == "public"
                 or key_is("region", lambda *a: True)(case)
                 and case.expected["registry"] == "public"),
        Property("valid-tag-accepted", "Docker's tag rule: letters (either case), digits, _ . "
                 "-, not starting with . or -, up to 128 characters",
                 "Your function rejects this valid tag: check your tag rule against Docker's.",
                 rejected("tag")),
        Property("segment-may-start-with-a-digit", "a repository segment may start with a "
                 "digit: [a-z0-9]+ comes first in the pattern",
                 "Your function refuses a repository segment that starts with a digit: the "
                 "statement's pattern (and this exercise) accepts a digit or a letter first.",
                 repository_part_refused("digit-first")),
        Property("namespaces-accepted", "a repository name may have namespaces: segments "
                 "joined by single '/'",
                 "Your function refuses a repository with a namespace: the name is one or "
                 "more segments joined by single '/', and all of it is the repository.",
                 repository_part_refused("namespace")),
        Property("separators-accepted", "a repository segment may have single . _ - between "
                 "letters or digits",
                 "Your function refuses a separator inside a segment: a single '.', '_' or "
                 "'-' between two letters or digits is valid.",
                 repository_part_refused("separator")),
        Property("valid-repository-accepted", "a repository name is segments of lowercase "
                 "letters and digits with single . _ - between them, joined by '/'",
                 "Your function rejects this valid repository name: compare your rule with "
                 "the statement's pattern, one segment at a time.", rejected("repository")),
        Property("valid-region-accepted", "a Region is lowercase words joined by '-', then "
                 "'-' and a number",
                 "Your function rejects this valid Region code: lowercase words joined by "
                 "'-' (two or more of them), then '-' and a number.", rejected("region", "private")),
        Property("valid-account-accepted", "an account ID is any 12 digits",
                 "Your function rejects this valid account ID: any 12 digits (0-9) are "
                 "valid.", rejected("account_id", "private")),
        Property("valid-alias-accepted", "an alias matches [a-z][a-z0-9]+(?:[._-][a-z0-9]+)*",
                 "Your function rejects this valid alias: check your alias rule against "
                 "the pattern.", rejected("alias", "public")),
        Property("host-matched-from-its-start", "the host is matched from its first "
                 "character",
                 "Your function found the account ID inside a longer first part of the host: "
                 "anchor the match at the start of the URI (re.fullmatch, or ^ with re.search).",
                 unanchored),
        invalid("account-id-12-digits", "an account ID is exactly 12 digits",
                "Raise ValueError unless the account ID is exactly 12 digits (0-9)."),
        invalid("host-exactly", "the host is exactly <account>.dkr.ecr.<region>.amazonaws.com "
                "or public.ecr.aws",
                "Match the whole host, from its first character to the first '/'."),
        invalid("region-shape", "a Region is two or more lowercase words joined by '-', "
                "then '-' and a number",
                "Raise ValueError when the Region is not two or more lowercase words joined "
                "by '-', then '-' and a number."),
        invalid("repository-required", "a URI names a repository",
                "Raise ValueError when nothing follows the registry (or the alias)."),
        invalid("repository-name", "a repository name is segments of lowercase letters and "
                "digits with single . _ - between them, joined by single '/'",
                "Match the whole repository name against the pattern in the statement."),
        invalid("tag-rule", "a tag follows Docker's rule",
                "Check the whole tag: 1 to 128 of A-Z a-z 0-9 _ . -, not starting with . "
                "or -."),
        invalid("uri-as-is", "the URI is taken as it is: no space or line break around it",
                "Do not strip the URI; match it whole (with re, fullmatch: '$' also "
                "matches before a final line break)."),
        invalid("digest-shape", "a digest is 'sha256:' then 64 lowercase hex characters",
                "Check the whole digest: 'sha256:' and exactly 64 of 0-9 a-f."),
        invalid("tag-or-digest", "a URI has a tag or a digest, not both",
                "Raise ValueError when the URI has both ':tag' and '@digest'."),
        invalid("public-alias-and-repository", "a public URI is public.ecr.aws/<alias>/"
                "<repository>",
                "Raise ValueError when a public URI lacks the alias or the repository."),
        invalid("alias-rule", "an alias starts with a lowercase letter, has two characters "
                "or more, and matches [a-z][a-z0-9]+(?:[._-][a-z0-9]+)*",
                "Match the whole alias against the pattern in the statement."),
        invalid("public-no-digest", "in this exercise a public URI takes a tag, not a digest",
                "Raise ValueError for a digest on a public URI."),
    )


_URI_MISTAKES = _uri_mistakes()
check, check_raises = bound_check(_URI_MISTAKES)
del _uri_mistakes

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
check(parse_image_uri, ("123456789012.dkr.ecr.us-east-1.amazonaws.com/web-app:v1.2.0",),
      {"registry": "private", "account_id": "123456789012", "region": "us-east-1",
       "repository": "web-app", "tag": "v1.2.0", "digest": None})
check(parse_image_uri, ("123456789012.dkr.ecr.eu-west-3.amazonaws.com/team-a/api@"
                        + example_digest,),
      {"registry": "private", "account_id": "123456789012", "region": "eu-west-3",
       "repository": "team-a/api", "tag": None, "digest": example_digest})
check(parse_image_uri, ("public.ecr.aws/docker/library/python:3.12-slim",),
      {"registry": "public", "account_id": None, "region": None,
       "repository": "library/python", "tag": "3.12-slim", "digest": None})
check(parse_image_uri, ("123456789012.dkr.ecr.us-east-1.amazonaws.com/web-app",),
      {"registry": "private", "account_id": "123456789012", "region": "us-east-1",
       "repository": "web-app", "tag": "latest", "digest": None})
check_raises(parse_image_uri, ("123456789012.dkr.ecr.us-east-1.amazonaws.com/Web-App",),
             exc_type=ValueError)

# --- PYODIDE:secrets --- #
from awsgrader import grading_code as _grading_code


@_grading_code
def _hidden_tests():
    import random
    from awsgrader import check, check_raises, require_function
    from awsgrader.facts import ecr as facts

    parse = require_function(globals(), "parse_image_uri", ["uri"])
    mistakes = _URI_MISTAKES
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
        ("public.ecr.aws/a1/9lives/2048", public("9lives/2048"),
         "An alias of two characters; repository segments may start with a digit."),
        (f"{host}/0x/9-lives_2.0", private("123456789012", "us-east-1", "0x/9-lives_2.0"),
         "Repository segments may start with a digit; . _ - between digits too."),
    ]
    # Each valid case's text says what it is about, for whoever reads this grader. It is
    # never shown: a message's hint comes from the property whose detector explains the
    # learner's value (see the env section), never from the case.
    for uri, expected, note in valid:
        check(parse, (uri,), expected, diagnose=mistakes)

    def bad(uri, why):
        # `why` is a fact about the input (what makes it invalid): it is true whatever
        # the learner's mistake.
        check_raises(parse, (uri,), exc_type=ValueError, why=why, diagnose=mistakes)

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
    bad("123456789012.dkr.ecr.east-1.amazonaws.com/app",
        "This exercise's Region-code shape: at least two words before the number; east-1 has "
        "one.")
    bad("123456789012.dkr.ecr.us-east-.amazonaws.com/app",
        "This exercise's Region-code shape: a Region ends with '-' and a number.")
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
    bad("public.ecr.aws/d/python", "An alias has at least two characters: 'd' has one.")
    bad("public.ecr.aws/my--team/python",
        "In an alias, . _ - come one at a time, between letters or digits.")
    bad("public.ecr.aws/team-/python", "An alias cannot end with '-'.")
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
        check(parse, (uri,), expected, diagnose=mistakes)


_hidden_tests()
del _hidden_tests

# --- PYODIDE:post --- #
from awsgrader import stop_watchdog

stop_watchdog()
