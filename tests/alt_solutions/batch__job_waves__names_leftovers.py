# A correct solution written another way: peel the waves with a dict of waiting jobs, and
# when none is ready name EVERY job left over (the cycle's jobs and those that wait on it),
# as the statement allows; checks done inline, in one pass with the waves.
def job_waves(jobs):
    deps = {}
    for name in jobs:
        wanted = set(jobs[name]["depends_on"])
        for other in sorted(wanted):
            if other not in jobs:
                raise ValueError(f"{name} depends on {other}, which is not a job")
        if len(wanted) > MAX_DEPENDENCIES:
            raise ValueError(f"{name}: too many dependencies")
        size = jobs[name]["array_size"]
        if size is not None and (size < MIN_ARRAY_SIZE or size > MAX_ARRAY_SIZE):
            raise ValueError(f"{name}: bad array_size {size}")
        deps[name] = wanted

    waves, done = [], set()
    while len(done) < len(jobs):
        wave = sorted(n for n in jobs if n not in done and deps[n] <= done)
        if not wave:
            left = sorted(n for n in jobs if n not in done)
            raise ValueError("these jobs can never start (cycle): " + ", ".join(left))
        entries = []
        for n in wave:
            size = jobs[n]["array_size"]
            entries += [(n, -1, n)] if size is None else [(n, i, f"{n}:{i}") for i in range(size)]
        waves.append([text for _, _, text in sorted(entries)])
        done.update(wave)
    return waves
