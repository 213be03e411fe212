# Plausible mistake: removes the bundles that do not fit from the list it was given, which
# empties the shared default list LINUX_BUNDLES call after call.
# Property: list-left-unchanged
def cheapest_bundle(min_vcpus, min_ram_gb, min_ssd_gb, min_transfer_tb, bundles=LINUX_BUNDLES):
    for b in list(bundles):
        if not (b["vcpus"] >= min_vcpus and b["ram_gb"] >= min_ram_gb
                and b["ssd_gb"] >= min_ssd_gb and b["transfer_tb"] >= min_transfer_tb):
            bundles.remove(b)
    if not bundles:
        raise ValueError("no bundle fits")
    return min(bundles, key=lambda b: b["price_usd"])["id"]
