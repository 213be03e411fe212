# Plausible mistake: leaves a job's own name out of its dependencies, so a job that depends
# on itself runs.
# Property: self-dependency-is-a-cycle
def job_waves(jobs):
    for name, job in jobs.items():
        depends_on = set(job["depends_on"])
        unknown = sorted(depends_on - jobs.keys())
        if unknown:
            raise ValueError(f"job {name!r} depends on unknown job(s): {', '.join(unknown)}")
        if len(depends_on) > MAX_DEPENDENCIES:
            raise ValueError(f"job {name!r} has {len(depends_on)} dependencies; "
                             f"the most is {MAX_DEPENDENCIES}")
        size = job["array_size"]
        if size is not None and not MIN_ARRAY_SIZE <= size <= MAX_ARRAY_SIZE:
            raise ValueError(f"job {name!r} has array_size {size}; it must be between "
                             f"{MIN_ARRAY_SIZE} and {MAX_ARRAY_SIZE:,}")

    waiting = {name: set(job["depends_on"]) - {name} for name, job in jobs.items()}
    finished = set()
    waves = []
    while waiting:
        ready = [name for name, deps in waiting.items() if deps <= finished]
        if not ready:
            cycle = find_cycle(waiting)
            raise ValueError("dependency cycle: " + " -> ".join(cycle + cycle[:1]))
        for name in ready:
            del waiting[name]
        finished.update(ready)
        waves.append(run_order(ready, jobs))
    return waves


def run_order(names, jobs):
    """The wave's entries: array children stand in for their parent, sorted by (name, index)."""
    entries = []
    for name in names:
        size = jobs[name]["array_size"]
        if size is None:
            entries.append((name, -1, name))
        else:
            entries.extend((name, i, f"{name}:{i}") for i in range(size))
    return [text for _, _, text in sorted(entries)]


def find_cycle(waiting):
    """Every waiting job waits on another waiting job: walk until a job repeats."""
    path, position = [], {}
    name = min(waiting)
    while name not in position:
        position[name] = len(path)
        path.append(name)
        name = min(dep for dep in waiting[name] if dep in waiting)
    return path[position[name]:]
