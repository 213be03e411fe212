# Mistake: the upper limit of an array job is taken as 1,000 children (`size > 1000` in the check) instead of 10,000
def job_waves(jobs):
    for name, spec in jobs.items():
        size = spec["array_size"]
        if size is not None and (size < 2 or size > 1000):
            raise ValueError(f"{name}: array_size must be 2 to 1000")
        deps = set(spec["depends_on"])
        if len(deps) > 20:
            raise ValueError(f"{name}: more than 20 dependencies")
        for dep in deps:
            if dep not in jobs:
                raise ValueError(f"{name} depends on unknown job {dep}")

    level = {}
    remaining = set(jobs)
    wave_no = 0
    while remaining:
        ready = {n for n in remaining
                 if all(d in level and level[d] < wave_no for d in jobs[n]["depends_on"])}
        if not ready:
            raise ValueError("dependency cycle: " + ", ".join(sorted(remaining)))
        for n in ready:
            level[n] = wave_no
        remaining -= ready
        wave_no += 1

    waves = [[] for _ in range(wave_no)]
    for n in sorted(jobs):
        size = jobs[n]["array_size"]
        if size is None:
            waves[level[n]].append(n)
        else:
            waves[level[n]].extend(f"{n}:{i}" for i in range(size))
    return waves
