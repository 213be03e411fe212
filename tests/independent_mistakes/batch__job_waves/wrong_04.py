# Mistake: off by one on the dependency limit: `>= MAX_DEPENDENCIES` rejects a job with exactly 20 dependencies, which is allowed
def job_waves(jobs):
    for name, spec in jobs.items():
        size = spec["array_size"]
        if size is not None and (size < MIN_ARRAY_SIZE or size > MAX_ARRAY_SIZE):
            raise ValueError(f"{name}: array_size must be 2 to 10000")
        deps = set(spec["depends_on"])
        if len(deps) >= MAX_DEPENDENCIES:
            raise ValueError(f"{name}: more than 20 dependencies")
        unknown = deps - set(jobs)
        if unknown:
            raise ValueError(f"{name} depends on unknown job(s) {', '.join(sorted(unknown))}")

    done = set()
    waves = []
    remaining = list(jobs)
    while remaining:
        ready = [n for n in remaining if set(jobs[n]["depends_on"]) <= done]
        if not ready:
            raise ValueError("dependency cycle: " + ", ".join(sorted(remaining)))
        wave = []
        for n in sorted(ready):
            size = jobs[n]["array_size"]
            if size is None:
                wave.append(n)
            else:
                for i in range(size):
                    wave.append(f"{n}:{i}")
        waves.append(wave)
        done.update(ready)
        remaining = [n for n in remaining if n not in done]
    return waves
