"""Maintainer tools run by make (tools/recheck.py: make recheck)."""
