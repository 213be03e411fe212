# Mistake: raises LookupError instead of ValueError when no bundle fits
def cheapest_bundle(min_vcpus, min_ram_gb, min_ssd_gb, min_transfer_tb, bundles=LINUX_BUNDLES):
    best = None
    for b in bundles:
        if (b["vcpus"] >= min_vcpus and b["ram_gb"] >= min_ram_gb
                and b["ssd_gb"] >= min_ssd_gb and b["transfer_tb"] >= min_transfer_tb):
            if best is None or b["price_usd"] < best["price_usd"]:
                best = b
    if best is None:
        raise LookupError("no bundle fits")
    return best["id"]
