# Right: Kahn's algorithm with in-degree counts and a deque, wave = 1 + latest dependency wave; the cycle message names every job left over (as Hint 3 says)
from collections import deque


def job_waves(jobs):
    needs = {}
    for name in jobs:
        size = jobs[name]["array_size"]
        if size is not None:
            if size < MIN_ARRAY_SIZE or size > MAX_ARRAY_SIZE:
                raise ValueError("array job %s has %d children, allowed: %d to %d"
                                 % (name, size, MIN_ARRAY_SIZE, MAX_ARRAY_SIZE))
        needs[name] = set(jobs[name]["depends_on"])
        if len(needs[name]) > MAX_DEPENDENCIES:
            raise ValueError("job %s has too many dependencies (%d)" % (name, len(needs[name])))
        missing = [d for d in needs[name] if d not in jobs]
        if missing:
            raise ValueError("job %s depends on unknown job(s): %s" % (name, ", ".join(missing)))

    dependents = {name: [] for name in jobs}
    waiting = {}
    for name, deps in needs.items():
        waiting[name] = len(deps)
        for d in deps:
            dependents[d].append(name)

    wave_of = {}
    queue = deque(n for n in jobs if waiting[n] == 0)
    for n in queue:
        wave_of[n] = 0
    while queue:
        job = queue.popleft()
        for nxt in dependents[job]:
            waiting[nxt] -= 1
            if waiting[nxt] == 0:
                wave_of[nxt] = 1 + max(wave_of[d] for d in needs[nxt])
                queue.append(nxt)

    if len(wave_of) < len(jobs):
        stuck = sorted(set(jobs) - set(wave_of))
        raise ValueError("dependency cycle among: " + ", ".join(stuck))

    count = 1 + max(wave_of.values()) if wave_of else 0
    waves = [[] for _ in range(count)]
    for name in sorted(jobs):
        size = jobs[name]["array_size"]
        waves[wave_of[name]].extend([name] if size is None else
                                    [name + ":" + str(i) for i in range(size)])
    return waves
