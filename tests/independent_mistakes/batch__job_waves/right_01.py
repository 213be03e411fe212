# Right: validate, then peel layers with sets; cycle jobs found with Tarjan's strongly connected components (recursion)
def _cycle_jobs(names, deps):
    index, low, stack, on_stack, found = {}, {}, [], set(), []
    counter = [0]

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on_stack.add(v)
        for w in deps[v]:
            if w not in names:
                continue
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1 or v in deps[v]:
                found.extend(component)

    for v in sorted(names):
        if v not in index:
            visit(v)
    return sorted(found)


def job_waves(jobs):
    deps = {}
    for name, spec in jobs.items():
        size = spec["array_size"]
        if size is not None and not (MIN_ARRAY_SIZE <= size <= MAX_ARRAY_SIZE):
            raise ValueError(f"job {name}: array_size {size} is outside "
                             f"{MIN_ARRAY_SIZE} to {MAX_ARRAY_SIZE}")
        wanted = set(spec["depends_on"])
        if len(wanted) > MAX_DEPENDENCIES:
            raise ValueError(f"job {name} has {len(wanted)} dependencies, "
                             f"more than {MAX_DEPENDENCIES}")
        for dep in sorted(wanted):
            if dep not in jobs:
                raise ValueError(f"job {name} depends on unknown job {dep}")
        deps[name] = wanted

    waves = []
    done = set()
    left = set(jobs)
    while left:
        ready = {name for name in left if deps[name] <= done}
        if not ready:
            cycle = _cycle_jobs(left, deps)
            raise ValueError("dependency cycle between jobs: " + ", ".join(cycle))
        wave = []
        for name in sorted(ready):
            size = jobs[name]["array_size"]
            if size is None:
                wave.append(name)
            else:
                wave.extend(f"{name}:{i}" for i in range(size))
        waves.append(wave)
        done |= ready
        left -= ready
    return waves
