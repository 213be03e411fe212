# Mistake: the sort key puts the index first (`key=lambda c: (c[1], c[0])`), so the wave is sorted by array index, then by name, instead of by name, then index
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
    remaining = list(jobs)
    while remaining:
        ready = [n for n in remaining if set(jobs[n]["depends_on"]) <= done]
        if not ready:
            raise ValueError("dependency cycle: " + ", ".join(sorted(remaining)))
        wave = []
        for n in ready:
            size = jobs[n]["array_size"]
            if size is None:
                wave.append((n, 0))
            else:
                wave.extend((n, i) for i in range(size))
        wave.sort(key=lambda c: (c[1], c[0]))
        waves.append([n if jobs[n]["array_size"] is None else f"{n}:{i}" for n, i in wave])
        done.update(ready)
        remaining = [n for n in remaining if n not in done]
    return waves
