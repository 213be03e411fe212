# Mistake: the cycle error does not name the jobs in it (`raise ValueError("dependency cycle detected")`)
class Planner:
    def __init__(self, jobs):
        self.jobs = jobs

    def validate(self):
        for name, spec in self.jobs.items():
            size = spec["array_size"]
            if size is not None and (size < MIN_ARRAY_SIZE or size > MAX_ARRAY_SIZE):
                raise ValueError(f"{name}: array_size must be 2 to 10000")
            deps = set(spec["depends_on"])
            if len(deps) > MAX_DEPENDENCIES:
                raise ValueError(f"{name}: more than 20 dependencies")
            for dep in deps:
                if dep not in self.jobs:
                    raise ValueError(f"{name} depends on unknown job {dep}")

    def children(self, name):
        size = self.jobs[name]["array_size"]
        return [name] if size is None else [f"{name}:{i}" for i in range(size)]

    def waves(self):
        self.validate()
        done, waves, remaining = set(), [], set(self.jobs)
        while remaining:
            ready = {n for n in remaining if set(self.jobs[n]["depends_on"]) <= done}
            if not ready:
                raise ValueError("dependency cycle detected")
            waves.append([c for n in sorted(ready) for c in self.children(n)])
            done |= ready
            remaining -= ready
        return waves


def job_waves(jobs):
    return Planner(jobs).waves()
