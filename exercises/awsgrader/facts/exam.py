"""AWS Certified Cloud Practitioner (CLF-C02) exam guide facts."""

from ._registry import fact  # noqa: F401

CHECKED = "2026-11-26"
