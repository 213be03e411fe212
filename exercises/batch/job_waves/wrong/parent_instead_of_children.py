# Plausible mistake: lists an array job by its own name instead of its children name:0 ... name:N-1.
# Property: children-not-parent
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
        ready = sorted(name for name, deps in waiting.items() if deps <= finished)
        if not ready:
            raise ValueError("dependency cycle between: " + ", ".join(sorted(waiting)))
        for name in ready:
            del waiting[name]
        finished.update(ready)
        waves.append(ready)
    return waves
