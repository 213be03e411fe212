# Mistake: an unknown dependency is not reported: the ready test only looks at dependencies that are keys of `jobs` (`if d in jobs`), so the job runs as if it were done
def job_waves(jobs):
    for name, spec in jobs.items():
        size = spec["array_size"]
        if size is not None and (size < MIN_ARRAY_SIZE or size > MAX_ARRAY_SIZE):
            raise ValueError(f"{name}: array_size must be 2 to 10000")
        if len(set(spec["depends_on"])) > MAX_DEPENDENCIES:
            raise ValueError(f"{name}: more than 20 dependencies")

    done = set()
    waves = []
    remaining = set(jobs)
    while remaining:
        ready = {n for n in remaining
                 if all(d in done for d in jobs[n]["depends_on"] if d in jobs)}
        if not ready:
            raise ValueError("dependency cycle: " + ", ".join(sorted(remaining)))
        wave = []
        for n in sorted(ready):
            size = jobs[n]["array_size"]
            if size is None:
                wave.append(n)
            else:
                wave.extend(f"{n}:{i}" for i in range(size))
        waves.append(wave)
        done |= ready
        remaining -= ready
    return waves
