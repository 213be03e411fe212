"""Amazon API Gateway facts."""

from ._registry import fact  # noqa: F401

CHECKED = "2026-11-26"
