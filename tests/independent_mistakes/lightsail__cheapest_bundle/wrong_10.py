# Mistake: the minimums are turned into whole numbers with int(), so 1.5 GB of RAM becomes 1 GB and a too-small bundle fits (parse helper)
def parse(value):
    return int(value)


def cheapest_bundle(min_vcpus, min_ram_gb, min_ssd_gb, min_transfer_tb, bundles=LINUX_BUNDLES):
    need = {"vcpus": parse(min_vcpus), "ram_gb": parse(min_ram_gb),
            "ssd_gb": parse(min_ssd_gb), "transfer_tb": parse(min_transfer_tb)}
    best = None
    for b in bundles:
        if all(b[key] >= value for key, value in need.items()):
            if best is None or b["price_usd"] < best["price_usd"]:
                best = b
    if best is None:
        raise ValueError("no bundle fits")
    return best["id"]
