# --- PYODIDE:env --- #
from awsgrader import start_watchdog
from awsgrader.facts import awslambda as _lambda

start_watchdog()

# Lambda's longest run, from the site's fact sheet: 900 seconds.
LAMBDA_MAX_MINUTES = _lambda.MAX_TIMEOUT_S / 60
del _lambda

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
got = choose_service(workload(cloud_experience="none"))
assert got == "Amazon Lightsail", f"expected 'Amazon Lightsail', got {got!r}"
# An S3 upload triggers a 2-minute image resize, no containers.
got = choose_service(workload(event_driven=True, max_duration_minutes=2))
assert got == "AWS Lambda", f"expected 'AWS Lambda', got {got!r}"
# Docker containers, and the team does not want to manage servers.
got = choose_service(workload(runs_containers=True))
assert got == "AWS Fargate", f"expected 'AWS Fargate', got {got!r}"
# Docker containers on EC2 instances the team controls.
got = choose_service(workload(runs_containers=True, wants_to_manage_servers=True))
assert got == "Amazon ECS on EC2", f"expected 'Amazon ECS on EC2', got {got!r}"
# Thousands of jobs, each with a start and an end.
got = choose_service(workload(batch=True, runs_containers=True))
assert got == "AWS Batch", f"expected 'AWS Batch', got {got!r}"
# None of the above.
got = choose_service(workload(wants_to_manage_servers=True))
assert got == "Amazon EC2", f"expected 'Amazon EC2', got {got!r}"

# --- PYODIDE:secrets --- #
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
        rule = deciding_rule(w)
        text, service = rules[rule]
        label = (f"Scenario: {sentence}\n  input:    "
                 f"choose_service({short_repr(w, 400)})")
        check(choose, (w,), service, label=label,
              hint=f"rule {rule} decides: {text} -> {service!r} "
                   "(the first rule that applies wins)")

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
