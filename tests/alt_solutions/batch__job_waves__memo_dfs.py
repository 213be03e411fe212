# A correct solution written another way: depth-first search with memoised levels, a cycle
# found through the recursion stack, and waves built by bucketing.
def job_waves(jobs):
    problems = []
    for name in sorted(jobs):
        deps = jobs[name]["depends_on"]
        missing = [d for d in deps if d not in jobs]
        if missing:
            raise ValueError("Unknown dependency " + repr(missing[0]) + " in job " + repr(name))
        if len(frozenset(deps)) > 20:
            problems.append(name)
        n = jobs[name]["array_size"]
        if n is not None and n not in range(2, 10_001):
            raise ValueError("array_size out of range for " + name)
    if problems:
        raise ValueError("More than 20 dependencies: " + ", ".join(problems))

    level = {}
    stack = []

    def depth(name):
        if name in level:
            return level[name]
        if name in stack:
            loop = stack[stack.index(name):]
            raise ValueError("Circular dependency: " + " -> ".join(loop + [name]))
        stack.append(name)
        result = 1 + max((depth(d) for d in jobs[name]["depends_on"]), default=-1)
        stack.pop()
        level[name] = result
        return result

    for name in jobs:
        depth(name)

    buckets = {}
    for name in sorted(jobs):
        n = jobs[name]["array_size"]
        entries = [name] if n is None else [f"{name}:{i}" for i in range(n)]
        buckets.setdefault(level[name], []).extend(entries)
    return [buckets[i] for i in range(len(buckets))]
