# Mistake: array children are numbered from 1 to N (`range(1, size + 1)`) instead of from 0 to N-1
def _expand(name, size):
    if size is None:
        return [name]
    return [f"{name}:{i}" for i in range(1, size + 1)]


def job_waves(jobs):
    for name, spec in jobs.items():
        size = spec["array_size"]
        if size is not None and (size < MIN_ARRAY_SIZE or size > MAX_ARRAY_SIZE):
            raise ValueError(f"{name}: array_size must be 2 to 10000")
        deps = set(spec["depends_on"])
        if len(deps) > MAX_DEPENDENCIES:
            raise ValueError(f"{name}: more than 20 dependencies")
        for dep in deps:
            if dep not in jobs:
                raise ValueError(f"{name} depends on unknown job {dep}")

    done = set()
    waves = []
    remaining = set(jobs)
    while remaining:
        ready = [n for n in sorted(remaining) if set(jobs[n]["depends_on"]) <= done]
        if not ready:
            raise ValueError("dependency cycle: " + ", ".join(sorted(remaining)))
        waves.append([child for n in ready for child in _expand(n, jobs[n]["array_size"])])
        done.update(ready)
        remaining -= set(ready)
    return waves
