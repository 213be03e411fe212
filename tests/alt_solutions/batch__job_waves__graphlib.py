# A correct solution written another way: the standard library's graphlib.TopologicalSorter,
# whose get_ready() hands out one wave at a time; a regex sort key; other error messages.
import graphlib
import re


def _key(entry):
    name, index = re.fullmatch(r"(.*?)(?::(\d+))?", entry).groups()
    return (name, int(index) if index is not None else -1)


def job_waves(jobs):
    for name, spec in jobs.items():
        for dep in spec["depends_on"]:
            if dep not in jobs:
                raise ValueError(f"{name}: no such job {dep}")
        if len(set(spec["depends_on"])) > 20:
            raise ValueError(f"{name}: too many dependencies")
        size = spec["array_size"]
        if size is not None and (size < 2 or size > 10000):
            raise ValueError(f"{name}: bad array size {size}")
    sorter = graphlib.TopologicalSorter({n: s["depends_on"] for n, s in jobs.items()})
    try:
        sorter.prepare()
    except graphlib.CycleError as exc:
        raise ValueError(f"cycle among {exc.args[1]}") from None
    waves = []
    while sorter.is_active():
        ready = sorter.get_ready()
        wave = []
        for name in ready:
            size = jobs[name]["array_size"]
            wave += [name] if size is None else [name + ":" + str(i) for i in range(size)]
        waves.append(sorted(wave, key=_key))
        sorter.done(*ready)
    return waves
