# Mistake: a job's dependency on itself is dropped (`- {name}` when the dependencies are read) instead of being reported as a cycle
def job_waves(jobs):
    needs = {}
    for name, spec in jobs.items():
        size = spec["array_size"]
        if size is not None and (size < MIN_ARRAY_SIZE or size > MAX_ARRAY_SIZE):
            raise ValueError(f"{name}: array_size must be 2 to 10000")
        deps = set(spec["depends_on"]) - {name}
        if len(deps) > MAX_DEPENDENCIES:
            raise ValueError(f"{name}: more than 20 dependencies")
        for dep in deps:
            if dep not in jobs:
                raise ValueError(f"{name} depends on unknown job {dep}")
        needs[name] = deps

    done = set()
    waves = []
    remaining = set(jobs)
    while remaining:
        ready = {n for n in remaining if needs[n] <= done}
        if not ready:
            raise ValueError("dependency cycle: " + ", ".join(sorted(remaining)))
        wave = []
        for n in sorted(ready):
            size = jobs[n]["array_size"]
            wave.extend([n] if size is None else [f"{n}:{i}" for i in range(size)])
        waves.append(wave)
        done |= ready
        remaining -= ready
    return waves
