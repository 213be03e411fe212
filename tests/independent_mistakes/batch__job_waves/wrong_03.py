# Mistake: the number of dependencies is counted with duplicates (`len(spec["depends_on"])`), so a name listed twice counts twice against the limit of 20
def job_waves(jobs):
    for name, spec in jobs.items():
        size = spec["array_size"]
        if size is not None and not MIN_ARRAY_SIZE <= size <= MAX_ARRAY_SIZE:
            raise ValueError(f"{name}: array_size must be 2 to 10000")
        if len(spec["depends_on"]) > MAX_DEPENDENCIES:
            raise ValueError(f"{name}: more than 20 dependencies")
        for dep in spec["depends_on"]:
            if dep not in jobs:
                raise ValueError(f"{name} depends on unknown job {dep}")

    done = set()
    waves = []
    remaining = set(jobs)
    while remaining:
        ready = sorted(n for n in remaining if set(jobs[n]["depends_on"]) <= done)
        if not ready:
            raise ValueError("dependency cycle: " + ", ".join(sorted(remaining)))
        wave = []
        for n in ready:
            size = jobs[n]["array_size"]
            wave += [n] if size is None else [f"{n}:{i}" for i in range(size)]
        waves.append(wave)
        done.update(ready)
        remaining -= set(ready)
    return waves
