# Plausible mistake: looks for cycles only between two jobs that depend on each other (or a
# job on itself), then stops silently when no job is ready.
# Property: every-cycle-raises
def job_waves(jobs):
    for name, job in jobs.items():
        depends_on = set(job["depends_on"])
        unknown = sorted(depends_on - jobs.keys())
        if unknown:
            raise ValueError(f"job {name!r} depends on unknown job(s): {', '.join(unknown)}")
        if len(depends_on) > MAX_DEPENDENCIES:
            raise ValueError(f"job {name!r} has {len(depends_on)} dependencies")
        size = job["array_size"]
        if size is not None and not MIN_ARRAY_SIZE <= size <= MAX_ARRAY_SIZE:
            raise ValueError(f"job {name!r} has array_size {size}")
        for dep in depends_on:
            if dep == name or name in jobs[dep]["depends_on"]:
                raise ValueError(f"dependency cycle between {name} and {dep}")

    waiting = {name: set(job["depends_on"]) for name, job in jobs.items()}
    finished = set()
    waves = []
    while waiting:
        ready = [name for name, deps in waiting.items() if deps <= finished]
        if not ready:
            break
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
