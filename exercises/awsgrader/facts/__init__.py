"""Every fact with a number that the site prints or a grader uses, in one place.

Each fact has a value, the text a page prints, a source link, the date it was checked and a
status (see ``STATUSES``). Graders import the constants from the service modules; pages print
them through the ``fact`` and ``source`` macros of ``main.py``; the Sources page lists them all.
Prices are us-east-1, in US dollars.
"""

from ._registry import FACTS, STATUSES, Fact, fact
# Importing a module registers its facts.
from . import apigateway, awslambda, batch, ecr, ecs, exam, fargate, lightsail  # noqa: F401

__all__ = ["FACTS", "STATUSES", "Fact", "fact", "get", "apigateway", "awslambda", "batch", "ecr",
           "ecs", "exam", "fargate", "lightsail"]


def get(key):
    try:
        return FACTS[key]
    except KeyError:
        raise KeyError(f"unknown fact {key!r}; known: {', '.join(sorted(FACTS))}") from None
