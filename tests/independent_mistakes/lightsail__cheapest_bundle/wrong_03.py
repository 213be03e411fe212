# Mistake: `candidates = bundles` does not copy the list, so removing the bundles that do not fit empties the caller's list (and LINUX_BUNDLES, the default of later calls)
def cheapest_bundle(min_vcpus, min_ram_gb, min_ssd_gb, min_transfer_tb, bundles=LINUX_BUNDLES):
    candidates = bundles
    for b in list(candidates):
        if (b["vcpus"] < min_vcpus or b["ram_gb"] < min_ram_gb
                or b["ssd_gb"] < min_ssd_gb or b["transfer_tb"] < min_transfer_tb):
            candidates.remove(b)
    if not candidates:
        raise ValueError("no bundle fits")
    return min(candidates, key=lambda b: b["price_usd"])["id"]
