# Plausible mistake: reports a cycle without naming the jobs in it.
# Property: cycle-named
def job_waves(jobs):
    for name, job in jobs.items():
        depends_on = set(job["depends_on"])
        unknown = depends_on - jobs.keys()
        if unknown:
            raise ValueError(f"job {name} depends on unknown job(s) {sorted(unknown)}")
        if len(depends_on) > 20:
            raise ValueError(f"job {name} has more than 20 dependencies")
        size = job["array_size"]
        if size is not None and not 2 <= size <= 10_000:
            raise ValueError(f"job {name}: array_size must be between 2 and 10,000")
    waiting = {name: set(job["depends_on"]) for name, job in jobs.items()}
    finished = set()
    waves = []
    while waiting:
        ready = [name for name, deps in waiting.items() if deps <= finished]
        if not ready:
            raise ValueError("the dependencies form a cycle")
        for name in ready:
            del waiting[name]
        finished.update(ready)
        entries = []
        for name in ready:
            size = jobs[name]["array_size"]
            if size is None:
                entries.append((name, -1, name))
            else:
                entries.extend((name, i, f"{name}:{i}") for i in range(size))
        waves.append([text for _, _, text in sorted(entries)])
    return waves

