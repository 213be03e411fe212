# Mistake: no jobs gives `[[]]` instead of `[]`: the loop runs once before checking whether jobs are left (`while True` ... `if not remaining: break` after appending)
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
    while True:
        ready = {n for n in remaining if set(jobs[n]["depends_on"]) <= done}
        if remaining and not ready:
            raise ValueError("dependency cycle: " + ", ".join(sorted(remaining)))
        wave = []
        for n in sorted(ready):
            size = jobs[n]["array_size"]
            wave.extend([n] if size is None else [f"{n}:{i}" for i in range(size)])
        waves.append(wave)
        done |= ready
        remaining -= ready
        if not remaining:
            break
    return waves
