# Plausible mistake: Kahn's algorithm whose in-degrees count a duplicated dependency twice
# but release it once, so a valid graph is reported as a cycle.
# Property: duplicate-is-one-dependency
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
    indegree = {name: len(job["depends_on"]) for name, job in jobs.items()}
    dependents = {name: set() for name in jobs}
    for name, job in jobs.items():
        for dep in job["depends_on"]:
            dependents[dep].add(name)
    current = sorted(name for name, count in indegree.items() if count == 0)
    waves, placed = [], 0
    while current:
        wave = []
        for name in current:
            size = jobs[name]["array_size"]
            wave.append((name, -1, name) if size is None else None)
            if size is not None:
                wave.pop()
                wave.extend((name, i, f"{name}:{i}") for i in range(size))
        waves.append([text for _, _, text in sorted(wave)])
        placed += len(current)
        following = []
        for name in current:
            for child in dependents[name]:
                indegree[child] -= 1
                if indegree[child] == 0:
                    following.append(child)
        current = sorted(following)
    if placed < len(jobs):
        stuck = sorted(name for name, count in indegree.items() if count > 0)
        raise ValueError("dependency cycle between: " + ", ".join(stuck))
    return waves
