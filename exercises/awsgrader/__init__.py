"""Graders shared by every exercise of the site.

Standard library only: the same package is imported by the exercises in the browser
(Pyodide, as a PMT ``python_lib``) and by pytest.
"""

from .checks import (call, check, check_raises, difference, explain_exception,
                     explain_result, fail, format_call, require_function, short_repr)
from .watchdog import TimeLimitExceeded, start_watchdog, stop_watchdog

__all__ = [
    "call", "check", "check_raises", "difference", "explain_exception", "explain_result",
    "fail", "format_call",
    "require_function", "short_repr", "TimeLimitExceeded", "start_watchdog", "stop_watchdog",
]
