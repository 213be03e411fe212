# Plausible mistake: puts a job right after its EARLIEST dependency instead of its latest.
# Property: waits-for-the-latest
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

    wave = {}

    def wave_of(name, path=()):
        if name in path:
            raise ValueError("dependency cycle: " + " -> ".join(path + (name,)))
        if name not in wave:
            deps = jobs[name]["depends_on"]
            wave[name] = 0 if not deps else 1 + min(wave_of(d, path + (name,)) for d in deps)
        return wave[name]

    for name in jobs:
        wave_of(name)
    waves = [[] for _ in range(max(wave.values(), default=-1) + 1)]
    for name in sorted(jobs):
        size = jobs[name]["array_size"]
        waves[wave[name]] += [name] if size is None else [f"{name}:{i}" for i in range(size)]
    return waves
