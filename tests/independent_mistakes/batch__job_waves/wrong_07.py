# Mistake: a job is marked done as soon as it is placed (`done.add(n)` inside the loop over jobs), so a job whose dependency comes earlier in the dict lands in the same wave as it
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
    while len(done) < len(jobs):
        wave = []
        for n, spec in jobs.items():
            if n in done:
                continue
            if set(spec["depends_on"]) <= done:
                done.add(n)
                size = spec["array_size"]
                if size is None:
                    wave.append((n, -1))
                else:
                    wave.extend((n, i) for i in range(size))
        if not wave:
            left = sorted(set(jobs) - done)
            raise ValueError("dependency cycle: " + ", ".join(left))
        wave.sort()
        waves.append([n if i < 0 else f"{n}:{i}" for n, i in wave])
    return waves
