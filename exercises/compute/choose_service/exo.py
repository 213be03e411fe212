# --- PYODIDE:env --- #
from awsgrader import Diagnosis, Property, bound_check, grading_code, start_watchdog
from awsgrader.facts import awslambda as _lambda

start_watchdog()

# Lambda's longest run, from the site's fact sheet: 900 seconds.
LAMBDA_MAX_MINUTES = _lambda.MAX_TIMEOUT_S / 60
del _lambda


@grading_code
def _choice_mistakes():
    # The properties the tests check, each with the mistake that breaks it. A detector
    # replays the decision list under its mistake and speaks only when that gives the
    # learner's answer, and the learner's function also gives the mistake's answer on a
    # small workload where that mistake shows. When none does, the message names the rule
    # that decides this workload: a fact about the input, not a guess at the cause.
    from awsgrader.facts import awslambda as facts

    limit = facts.MAX_TIMEOUT_S / 60
    services = ("Amazon Lightsail", "AWS Batch", "AWS Lambda", "Amazon ECS on EC2",
                "AWS Fargate", "Amazon EC2")

    def tests(w, mistake=None):
        lambda_limit = facts.MAX_TIMEOUT_S if mistake == "limit_seconds" else limit
        short = (w["max_duration_minutes"] < lambda_limit if mistake == "lambda_strict"
                 else w["max_duration_minutes"] <= lambda_limit)
        return [
            (1, mistake != "no_lightsail" and (mistake == "lightsail_always"
                                                or w["cloud_experience"] == "none")),
            (2, w["batch"]),
            (3, (w["event_driven"] or mistake == "lambda_no_event") and short
             and (mistake == "lambda_containers" or not w["runs_containers"])),
            (4, w["runs_containers"] and w["wants_to_manage_servers"]),
            (5, w["runs_containers"]),
            (6, True),
        ]

    def rule(w, mistake=None):
        order = tests(w, mistake)
        if mistake == "batch_first":
            order[0], order[1] = order[1], order[0]
        if mistake == "fargate_first":
            order[3], order[4] = order[4], order[3]
        return next(n for n, holds in order if holds)

    def model(w, mistake=None):
        return services[rule(w, mistake) - 1]

    def under(*probes, **mistake):
        # Besides the probes where the mistake shows, the learner's function must agree
        # with the mistake on a few everyday workloads, where other mistakes would show.
        probes = probes + tuple(p for p in everyday() if p not in probes)

        def detect(case):
            if not case.returned or case.got == case.expected:
                return False
            wrong = model(*case.args, **mistake)
            if wrong == case.expected or case.got != wrong:
                return False
            shows = False
            for probe in probes:
                wrong = model(*probe, **mistake)
                if case.probe(*probe) != ("ok", wrong):
                    return False
                shows = shows or wrong != model(*probe)
            return shows
        detect.model, detect.mistake, detect.probes = model, mistake, probes
        return detect

    def workload(cloud_experience="some", runs_containers=False,
                 wants_to_manage_servers=False, event_driven=False, batch=False,
                 max_duration_minutes=60):
        return ({"cloud_experience": cloud_experience, "runs_containers": runs_containers,
                 "wants_to_manage_servers": wants_to_manage_servers,
                 "event_driven": event_driven, "batch": batch,
                 "max_duration_minutes": max_duration_minutes},)

    def everyday():
        return (workload("none"), workload(event_driven=True, max_duration_minutes=2),
                workload(runs_containers=True), workload(batch=True, runs_containers=True),
                workload(runs_containers=True, wants_to_manage_servers=True),
                workload(wants_to_manage_servers=True),
                workload(event_driven=True, wants_to_manage_servers=True,
                         max_duration_minutes=5),
                workload(event_driven=True, max_duration_minutes=1000))

    def not_a_name(case):
        got = case.got
        return (case.returned and got not in services
                and f"{got!r} is not one of the six names")

    conditions = {
        1: lambda w: [("cloud_experience == 'none'", w["cloud_experience"] == "none")],
        2: lambda w: [("batch", w["batch"])],
        3: lambda w: [("event_driven", w["event_driven"]),
                      (f"max_duration_minutes <= {limit:g}", w["max_duration_minutes"] <= limit),
                      ("not runs_containers", not w["runs_containers"])],
        4: lambda w: [("runs_containers", w["runs_containers"]),
                      ("wants_to_manage_servers", w["wants_to_manage_servers"])],
        5: lambda w: [("runs_containers", w["runs_containers"])],
    }

    def missed(n):
        # The answer is the service of a rule that holds, but a later one: rule n, which
        # decides this workload, was passed over.
        def detect(case):
            if not case.returned or case.got not in services or case.got == case.expected:
                return False
            w = case.args[0]
            m = services.index(case.got) + 1
            holds = dict(tests(w))
            return rule(w) == n and holds[m] and (
                f"your answer {case.got!r} is rule {m}'s, which comes after")
        return detect

    # For each rule, an everyday workload that it decides; and one that no rule decides.
    canonical = {1: workload("none"), 2: workload(batch=True),
                 3: workload(event_driven=True, max_duration_minutes=2),
                 4: workload(runs_containers=True, wants_to_manage_servers=True),
                 5: workload(runs_containers=True)}
    plain = workload()

    def applied_wrongly(m):
        # The answer is the service of rule m, but a condition of rule m fails here; and the
        # learner's function answers rule m's workload with that service and a workload
        # that no rule decides with another: the answer comes from the learner's test of
        # rule m, not from its last answer.
        def detect(case):
            if not case.returned or case.got != services[m - 1] or case.got == case.expected:
                return False
            failing = [text for text, holds in conditions[m](case.args[0]) if not holds]
            if not failing:
                return False
            if case.probe(*canonical[m]) != ("ok", services[m - 1]):
                return False
            if case.probe(*plain)[1] == services[m - 1]:
                return False
            return f"here {failing[0]} does not hold"
        return detect

    def fallback_wrong(case):
        # No rule decides this workload, and the learner's function answers it, and every
        # workload that no rule decides, with one other service, while it answers each
        # rule's own workload right: its last answer is wrong.
        if not case.returned or case.got not in services or case.got == case.expected:
            return False
        if rule(case.args[0]) != 6:
            return False
        if any(case.probe(*canonical[n]) != ("ok", services[n - 1]) for n in canonical):
            return False
        others = (plain, workload(wants_to_manage_servers=True),
                  workload(event_driven=True, max_duration_minutes=1000))
        if any(case.probe(*w) != ("ok", case.got) for w in others):
            return False
        return (f"your function also answers {case.got!r} when cloud_experience is 'some' "
                f"and every boolean is False")

    applies = {1: "cloud_experience is 'none'", 2: "batch is True",
               3: f"event-driven, at most {limit:g} minutes, no containers",
               4: "containers, and the team wants to manage the servers",
               5: "containers"}
    rule_properties = [
        Property(f"rule-{n}-applies", f"rule {n} decides when {applies[n]} and no earlier "
                 f"rule applies -> {services[n - 1]!r}",
                 f"Here rule {n} applies ({applies[n]}) and no earlier rule does: test the "
                 f"rules in order, and check rule {n}'s conditions.", missed(n))
        for n in range(1, 6)
    ] + [
        Property(f"rule-{m}-only-when", f"{services[m - 1]!r} is the answer only when all "
                 f"of rule {m}'s conditions hold",
                 f"Your function answers {services[m - 1]!r} although a condition of rule "
                 f"{m} fails: check each of its conditions.", applied_wrongly(m))
        for m in range(1, 6)
    ]

    return Diagnosis(
        Property("exact-service-names", "the answer is one of the six names, spelt exactly",
                 "Return one of 'Amazon Lightsail', 'AWS Batch', 'AWS Lambda', "
                 "'Amazon ECS on EC2', 'AWS Fargate', 'Amazon EC2', exactly as written.",
                 not_a_name),
        Property("experience-is-a-string", "cloud_experience is the text 'none' or 'some'",
                 "Your answers never choose Lightsail (your function also does not for a "
                 "team with cloud_experience='none' and nothing else): compare "
                 "cloud_experience == 'none'; it is that text, neither None nor False.",
                 under(workload("none"), mistake="no_lightsail")),
        Property("experience-none-only", "rule 1 applies only when cloud_experience is "
                 "'none'",
                 "Your answers choose Lightsail whatever the experience (your function also "
                 "does for cloud_experience='some' and nothing else): rule 1 applies only "
                 "when cloud_experience == 'none'; any non-empty text, 'some' too, is true as "
                 "a bool.",
                 under(workload(), mistake="lightsail_always")),
        Property("experience-before-batch", "rule 1 (no cloud experience) comes before "
                 "rule 2 (batch)",
                 "Your answers test batch before cloud experience (your function also "
                 "chooses AWS Batch for a team with no cloud experience and a batch): test "
                 "the rules in the order given; the first that applies wins.",
                 under(workload("none", batch=True), workload("none"),
                       mistake="batch_first")),
        Property("ecs-before-fargate", "rule 4 (containers and managing servers) comes "
                 "before rule 5 (containers)",
                 "Your answers choose Fargate for containers whatever the servers (your "
                 "function also does for containers with wants_to_manage_servers=True): "
                 "test rule 4 before rule 5.",
                 under(workload(runs_containers=True, wants_to_manage_servers=True),
                       mistake="fargate_first")),
        Property("lambda-without-containers", "rule 3 (Lambda) needs no containers",
                 "Your answers send containers to Lambda (your function also does for an "
                 "event-driven 5-minute job in containers): rule 3 needs runs_containers "
                 "to be False.",
                 under(workload(runs_containers=True, event_driven=True,
                                max_duration_minutes=5), mistake="lambda_containers")),
        Property("lambda-up-to-the-limit", f"rule 3 includes a run of exactly {limit:g} "
                 "minutes",
                 f"Your answers leave out a run of exactly {limit:g} minutes (your function "
                 f"also does for an event-driven {limit:g}-minute job): at most means <=.",
                 under(workload(event_driven=True, max_duration_minutes=limit),
                       mistake="lambda_strict")),
        Property("lambda-needs-an-event", "rule 3 (Lambda) needs an event-driven workload",
                 "Your answers send short jobs to Lambda even when nothing triggers them "
                 "(your function also does for a 5-minute job that is not event-driven): "
                 "rule 3 needs event_driven to be True.",
                 under(workload(max_duration_minutes=5), mistake="lambda_no_event")),
        Property("lambda-limit-in-minutes", f"Lambda's limit is {limit:g} minutes "
                 f"({facts.MAX_TIMEOUT_S} seconds)",
                 f"Your answers compare the minutes with {facts.MAX_TIMEOUT_S} (your "
                 "function also sends an event-driven 60-minute job to Lambda): "
                 "max_duration_minutes is in minutes; use LAMBDA_MAX_MINUTES.",
                 under(workload(event_driven=True, max_duration_minutes=60),
                       mistake="limit_seconds")),
        Property("otherwise-amazon-ec2", "when no rule applies, the answer is 'Amazon EC2' "
                 "(rule 6)",
                 "Your function answers a workload that no rule decides with another "
                 "service: otherwise (rule 6), the answer is 'Amazon EC2'.", fallback_wrong),
        *rule_properties,
    )


_CHOICE_MISTAKES = _choice_mistakes()
_check, check_raises = bound_check(_CHOICE_MISTAKES)
del _choice_mistakes


@grading_code
def check(fn, args=(), expected=None, kwargs=None, **options):
    """Call your function with args and compare with expected: the tests below use it."""
    from awsgrader import short_repr

    # The whole workload in the message: every key may matter.
    options.setdefault("label", f"{fn.__name__}({', '.join(short_repr(a, 400) for a in args)})")
    return _check(fn, args, expected, kwargs, **options)


# --- PYODIDE:code --- #
def choose_service(workload):
    ...

# --- PYODIDE:corr --- #
def choose_service(workload):
    if workload["cloud_experience"] == "none":
        return "Amazon Lightsail"
    if workload["batch"]:
        return "AWS Batch"
    if (workload["event_driven"] and workload["max_duration_minutes"] <= LAMBDA_MAX_MINUTES
            and not workload["runs_containers"]):
        return "AWS Lambda"
    if workload["runs_containers"] and workload["wants_to_manage_servers"]:
        return "Amazon ECS on EC2"
    if workload["runs_containers"]:
        return "AWS Fargate"
    return "Amazon EC2"

# --- PYODIDE:tests --- #
def workload(cloud_experience="some", runs_containers=False, wants_to_manage_servers=False,
             event_driven=False, batch=False, max_duration_minutes=60):
    return {"cloud_experience": cloud_experience, "runs_containers": runs_containers,
            "wants_to_manage_servers": wants_to_manage_servers, "event_driven": event_driven,
            "batch": batch, "max_duration_minutes": max_duration_minutes}


# A shop with no cloud experience wants a website online quickly.
check(choose_service, (workload(cloud_experience="none"),), "Amazon Lightsail")
# An S3 upload triggers a 2-minute image resize, no containers.
check(choose_service, (workload(event_driven=True, max_duration_minutes=2),), "AWS Lambda")
# Docker containers, and the team does not want to manage servers.
check(choose_service, (workload(runs_containers=True),), "AWS Fargate")
# Docker containers on EC2 instances the team controls.
check(choose_service, (workload(runs_containers=True, wants_to_manage_servers=True),),
      "Amazon ECS on EC2")
# Thousands of jobs, each with a start and an end.
check(choose_service, (workload(batch=True, runs_containers=True),), "AWS Batch")
# None of the above.
check(choose_service, (workload(wants_to_manage_servers=True),), "Amazon EC2")

# --- PYODIDE:secrets --- #
from awsgrader import grading_code as _grading_code


@_grading_code
def _hidden_tests():
    import itertools
    from awsgrader import check, require_function, short_repr
    from awsgrader.facts import awslambda as lambda_facts

    choose = require_function(globals(), "choose_service", ["workload"])
    limit = lambda_facts.MAX_TIMEOUT_S / 60
    rules = {
        1: ("no cloud experience", "Amazon Lightsail"),
        2: ("batch jobs", "AWS Batch"),
        3: (f"event-driven, at most {limit:g} minutes, no containers", "AWS Lambda"),
        4: ("containers and wants to manage the servers", "Amazon ECS on EC2"),
        5: ("containers", "AWS Fargate"),
        6: ("otherwise", "Amazon EC2"),
    }

    def deciding_rule(w):
        # The same decision list, written as data: the first rule whose test holds.
        tests = {
            1: w["cloud_experience"] == "none",
            2: w["batch"],
            3: w["event_driven"] and w["max_duration_minutes"] <= limit
               and not w["runs_containers"],
            4: w["runs_containers"] and w["wants_to_manage_servers"],
            5: w["runs_containers"],
            6: True,
        }
        return next(n for n in sorted(tests) if tests[n])

    def workload(cloud_experience="some", runs_containers=False, wants_to_manage_servers=False,
                 event_driven=False, batch=False, max_duration_minutes=60):
        return {"cloud_experience": cloud_experience, "runs_containers": runs_containers,
                "wants_to_manage_servers": wants_to_manage_servers,
                "event_driven": event_driven, "batch": batch,
                "max_duration_minutes": max_duration_minutes}

    def describe(w):
        who = ("A team with no cloud experience" if w["cloud_experience"] == "none"
               else "A team with some AWS experience")
        parts = [
            "runs its code in Docker containers" if w["runs_containers"]
            else "does not use containers",
            "wants to manage the servers itself" if w["wants_to_manage_servers"]
            else "does not want to manage servers",
            "the work is triggered by events" if w["event_driven"]
            else "the work is not event-driven",
            "it is a batch of jobs, each with a start and an end" if w["batch"]
            else "it is not a batch workload",
            f"a run lasts up to {w['max_duration_minutes']:g} minutes",
        ]
        return f"{who} {parts[0]}, {parts[1]}; {', '.join(parts[2:])}. Which service?"

    def scenario(sentence, w):
        # The message's hint comes from the property whose mistake explains the learner's
        # answer, or else names the rule that decides this workload (see the env section).
        label = f"choose_service({short_repr(w, 400)})\n  scenario: {sentence}"
        check(choose, (w,), rules[deciding_rule(w)][1], label=label,
              diagnose=_CHOICE_MISTAKES)

    # Written like exam questions.
    scenario("A bakery with no cloud experience wants its website online quickly, for a low "
             "and predictable monthly price.",
             workload(cloud_experience="none", max_duration_minutes=1440))
    scenario("A team new to the cloud must run a nightly batch of sales reports.",
             workload(cloud_experience="none", batch=True, max_duration_minutes=30))
    scenario("A developer with no AWS experience wants a function that resizes each uploaded "
             "photo in 2 minutes.",
             workload(cloud_experience="none", event_driven=True, max_duration_minutes=2))
    scenario("A start-up with no cloud experience has a Docker image and would like to "
             "manage its own server.",
             workload(cloud_experience="none", runs_containers=True,
                      wants_to_manage_servers=True))
    scenario("A research lab that knows AWS runs 100,000 genomics jobs in Docker containers, "
             "each with a start and an end.",
             workload(runs_containers=True, batch=True, max_duration_minutes=300))
    scenario("Each S3 upload of a trading file starts a 10-minute risk simulation, run as a "
             "month-end batch.",
             workload(event_driven=True, batch=True, max_duration_minutes=10))
    scenario("A data team runs containerised batch jobs on EC2 instances it wants to tune "
             "itself.",
             workload(runs_containers=True, wants_to_manage_servers=True, batch=True,
                      max_duration_minutes=120))
    scenario("An S3 upload triggers an image resize that takes about 30 seconds.",
             workload(event_driven=True, max_duration_minutes=0.5))
    scenario("An API Gateway request triggers a handler that answers in one second.",
             workload(event_driven=True, max_duration_minutes=1 / 60))
    scenario(f"A queue message triggers a job that takes exactly {limit:g} minutes.",
             workload(event_driven=True, max_duration_minutes=round(limit)))
    scenario(f"A queue message triggers a job that takes {limit - 0.01:g} minutes.",
             workload(event_driven=True, max_duration_minutes=limit - 0.01))
    scenario(f"A queue message triggers a job that can take {limit + 0.5:g} minutes: more "
             "than Lambda allows.",
             workload(event_driven=True, max_duration_minutes=limit + 0.5))
    scenario("An upload triggers a 45-minute video transcode; no containers, no servers to "
             "manage.",
             workload(event_driven=True, max_duration_minutes=45))
    scenario("An event-driven order step is packaged as a container image, finishes in "
             "3 minutes, and nobody wants to manage servers.",
             workload(runs_containers=True, event_driven=True, max_duration_minutes=3))
    scenario("An event-driven container job of 5 minutes must run on EC2 instances the team "
             "controls.",
             workload(runs_containers=True, wants_to_manage_servers=True, event_driven=True,
                      max_duration_minutes=5))
    scenario("A team would not mind managing servers, but its 10-minute job is triggered by "
             "events and uses no containers.",
             workload(wants_to_manage_servers=True, event_driven=True,
                      max_duration_minutes=10))
    scenario("A company runs Docker containers on EC2 instances whose type and agents it "
             "wants to choose.",
             workload(runs_containers=True, wants_to_manage_servers=True,
                      max_duration_minutes=1440))
    scenario("A start-up runs Docker microservices around the clock and does not want to "
             "manage servers.",
             workload(runs_containers=True, max_duration_minutes=1440))
    scenario("A container that is triggered by events runs for 20 minutes; no servers to "
             "manage.",
             workload(runs_containers=True, event_driven=True, max_duration_minutes=20))
    scenario("A legacy application runs all day on a server whose operating system the team "
             "wants to control; no containers.",
             workload(wants_to_manage_servers=True, max_duration_minutes=1440))
    scenario("An always-on game server hosts 5-minute matches; it is not event-driven and "
             "uses no containers.",
             workload(max_duration_minutes=5))
    scenario("A team with AWS experience needs a plain virtual machine for a steady web "
             "application; nothing else applies.",
             workload(max_duration_minutes=1440))
    scenario(f"Each event starts a report that runs for {lambda_facts.MAX_TIMEOUT_S:g} "
             f"minutes ({lambda_facts.MAX_TIMEOUT_S / 60:g} hours); no containers.",
             workload(event_driven=True, max_duration_minutes=lambda_facts.MAX_TIMEOUT_S))

    # Every combination, near the edges of the duration rule.
    durations = [0.5, limit - 0.01, limit, limit + 0.01, 16, 60]
    for values in itertools.product(["none", "some"], [False, True], [False, True],
                                    [False, True], [False, True], durations):
        w = dict(zip(["cloud_experience", "runs_containers", "wants_to_manage_servers",
                      "event_driven", "batch", "max_duration_minutes"], values))
        scenario(describe(w), w)


_hidden_tests()
del _hidden_tests

# --- PYODIDE:post --- #
from awsgrader import stop_watchdog

stop_watchdog()
