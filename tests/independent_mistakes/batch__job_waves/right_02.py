# Right: wave number per job computed by a memoised recursive depth, then grouped; a `check` helper validates; sort key parses "name:index" with a regex
import re
from collections import defaultdict

MIN_ARRAY_SIZE = globals().get("MIN_ARRAY_SIZE", 2)
MAX_ARRAY_SIZE = globals().get("MAX_ARRAY_SIZE", 10000)
MAX_DEPENDENCIES = globals().get("MAX_DEPENDENCIES", 20)


def check(jobs):
    for name, spec in jobs.items():
        size = spec["array_size"]
        if size is not None and (size < MIN_ARRAY_SIZE or size > MAX_ARRAY_SIZE):
            raise ValueError("array_size of %s must be 2 to 10000, not %r" % (name, size))
        unique = set(spec["depends_on"])
        if len(unique) > MAX_DEPENDENCIES:
            raise ValueError("%s depends on %d jobs, at most 20 allowed" % (name, len(unique)))
        for dep in unique:
            if dep not in jobs:
                raise ValueError("%s depends on unknown job %r" % (name, dep))


def _reaches(start, target, jobs):
    seen, todo = set(), list(jobs[start]["depends_on"])
    while todo:
        job = todo.pop()
        if job == target:
            return True
        if job not in seen:
            seen.add(job)
            todo.extend(jobs[job]["depends_on"])
    return False


def _sort_key(child):
    m = re.fullmatch(r"(.*?)(?::(\d+))?", child)
    return (m.group(1), -1 if m.group(2) is None else int(m.group(2)))


def job_waves(jobs):
    check(jobs)
    in_cycle = sorted(name for name in jobs if _reaches(name, name, jobs))
    if in_cycle:
        raise ValueError("dependency cycle: " + " , ".join(in_cycle))

    level = {}

    def depth(name):
        if name not in level:
            level[name] = 1 + max((depth(d) for d in jobs[name]["depends_on"]), default=-1)
        return level[name]

    groups = defaultdict(list)
    for name, spec in jobs.items():
        n = spec["array_size"]
        groups[depth(name)] += [name] if n is None else ["%s:%d" % (name, i) for i in range(n)]
    return [sorted(groups[k], key=_sort_key) for k in range(len(groups))]
