# Mistake: the price comparison uses <=, so among bundles of the same lowest price the LAST one listed wins instead of the first
def cheapest_bundle(min_vcpus, min_ram_gb, min_ssd_gb, min_transfer_tb, bundles=LINUX_BUNDLES):
    best = None
    for b in bundles:
        fits = (b["vcpus"] >= min_vcpus and b["ram_gb"] >= min_ram_gb
                and b["ssd_gb"] >= min_ssd_gb and b["transfer_tb"] >= min_transfer_tb)
        if fits and (best is None or b["price_usd"] <= best["price_usd"]):
            best = b
    if best is None:
        raise ValueError("no bundle fits")
    return best["id"]
