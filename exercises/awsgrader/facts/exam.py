"""AWS Certified Cloud Practitioner (CLF-C02) exam guide facts."""

from ._registry import fact

CHECKED = "2026-11-26"
GUIDE = ("https://d1.awsstatic.com/training-and-certification/docs-cloud-practitioner/"
         "AWS-Certified-Cloud-Practitioner_Exam-Guide.pdf")
GUIDE_NOTE = ("Read from a verbatim text copy of the official exam guide (version 1.0); "
              "consistent with AWS training pages.")

DOMAIN_WEIGHTS = {
    1: fact("exam.domain_weight.d1", 24, "24%", source=GUIDE, checked=CHECKED,
            status="confirmed", note="Domain 1: Cloud Concepts. " + GUIDE_NOTE),
    2: fact("exam.domain_weight.d2", 30, "30%", source=GUIDE, checked=CHECKED,
            status="confirmed", note="Domain 2: Security and Compliance."),
    3: fact("exam.domain_weight.d3", 34, "34%", source=GUIDE, checked=CHECKED,
            status="confirmed", note="Domain 3: Cloud Technology and Services."),
    4: fact("exam.domain_weight.d4", 12, "12%", source=GUIDE, checked=CHECKED,
            status="confirmed", note="Domain 4: Billing, Pricing, and Support."),
}
DOMAIN_NAMES = {
    1: "Cloud Concepts",
    2: "Security and Compliance",
    3: "Cloud Technology and Services",
    4: "Billing, Pricing, and Support",
}
QUESTIONS = fact(
    "exam.questions", (50, 15), "65 questions: 50 scored and 15 unscored",
    source=GUIDE, checked=CHECKED, status="confirmed",
    note="The unscored questions are not marked; they do not count.")
PASSING_SCORE = fact(
    "exam.passing_score", 700, "700 on a scaled score of 100 to 1,000",
    source=GUIDE, checked=CHECKED, status="confirmed",
    note="Compensatory scoring: no per-domain pass mark.")
OLD_WEIGHTS_C01 = fact(
    "exam.clf_c01_domain_weights", (26, 25, 33, 16),
    "26% / 25% / 33% / 16% (the old CLF-C01 exam, retired in September 2023)",
    source=GUIDE, checked=CHECKED, status="confirmed",
    note="Shown only to warn against outdated study notes.")

# Tasks of the exam guide where the services of this site appear (task number -> wording).
TASKS = {
    "1.4": fact(
        "exam.task.t1_4", "1.4",
        "Task 1.4 (Domain 1): understand concepts of cloud economics — identifying managed "
        "AWS services such as Amazon ECS",
        source=GUIDE, checked=CHECKED, status="confirmed"),
    "2.1": fact(
        "exam.task.t2_1", "2.1",
        "Task 2.1 (Domain 2): understand the AWS shared responsibility model — "
        "responsibilities shift with the service used, for example AWS Lambda vs Amazon EC2",
        source=GUIDE, checked=CHECKED, status="confirmed"),
    "3.3": fact(
        "exam.task.t3_3", "3.3",
        "Task 3.3 (Domain 3): identify AWS compute services — container options such as "
        "Amazon ECS, serverless compute options such as AWS Fargate and AWS Lambda",
        source=GUIDE, checked=CHECKED, status="confirmed"),
    "4.1": fact(
        "exam.task.t4_1", "4.1",
        "Task 4.1 (Domain 4): compare AWS pricing models — compute purchasing options "
        "(On-Demand, Spot, Savings Plans...) and data transfer charges",
        source=GUIDE, checked=CHECKED, status="confirmed"),
}

EXAM_MINUTES = fact(
    "exam.minutes", 90, "90 minutes",
    source="https://aws.amazon.com/certification/certified-cloud-practitioner/",
    checked="2026-11-30", status="unconfirmed",
    note="Exam length on AWS's certification page, which was not read here as text (checked "
         "again on 2026-12-02: neither that page nor the exam guide was found). Copies of the "
         "certification page's summary (\"Duration: 90 minutes to complete the exam ... Format: "
         "65 questions; either multiple choice or multiple response\") and every independent "
         "study guide checked, including several dated 2026, give 90 minutes for 65 questions. "
         "The practice exam's timed mode uses this pace.")
