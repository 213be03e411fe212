import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# The grader package, as the exercises import it (in the browser it is a PMT python_lib).
sys.path.insert(0, str(ROOT / "exercises"))
sys.path.insert(0, str(ROOT / "tests"))
# The site's page macros (site_macros/), as main.py imports them.
sys.path.insert(0, str(ROOT))

# Every validation in the tests runs with the watchdog's tripwire: learner code that the
# grader runs without awsgrader's learner_call (so without the watchdog) fails the test.
import awsgrader.watchdog  # noqa: E402

awsgrader.watchdog.TRIPWIRE = True

import os
import subprocess

import pytest


def build_site(dest):
    """`mkdocs build --strict` into ``dest``; returns the finished process."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    env.pop("SITE_URL", None)  # tests use the site_url of mkdocs.yml
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(dest)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)


@pytest.fixture(scope="session")
def built_site(tmp_path_factory):
    """The site as `mkdocs build --strict` makes it, built once per test session."""
    dest = tmp_path_factory.mktemp("site")
    result = build_site(dest)
    assert result.returncode == 0, f"mkdocs build --strict failed:\n{result.stderr[-4000:]}"
    return dest
