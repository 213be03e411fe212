"""Graders shared by every exercise of the site.

Standard library only: the same package is imported by the exercises in the browser
(Pyodide, as a PMT ``python_lib``) and by pytest.
"""

from .checks import (ROUNDING_HINT, call, check, check_raises, difference,
                     explain_exception, explain_result, fail, format_call, fresh_copy, kind_mismatch,
                     require_function, rounded_places, short_repr)
from .diagnose import Case, Diagnosis, Property, bound_check
from .sandbox import rerun_learner_code
from .watchdog import (TimeLimitExceeded, grader_running, grading_code, learner_call,
                       start_watchdog, stop_watchdog)

__all__ = [
    "Case", "Diagnosis", "Property", "ROUNDING_HINT", "bound_check", "call", "check",
    "check_raises", "difference", "explain_exception", "explain_result", "fail",
    "format_call", "fresh_copy", "grader_running", "grading_code", "kind_mismatch", "learner_call",
    "rerun_learner_code", "rounded_places", "require_function", "short_repr", "TimeLimitExceeded", "start_watchdog",
    "stop_watchdog",
]
