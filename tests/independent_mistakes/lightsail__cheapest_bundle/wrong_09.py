# Mistake: on a price tie it prefers the bundle with more RAM ("better value") instead of the one listed first (the sort key)
def cheapest_bundle(min_vcpus, min_ram_gb, min_ssd_gb, min_transfer_tb, bundles=LINUX_BUNDLES):
    fitting = [b for b in bundles
               if b["vcpus"] >= min_vcpus and b["ram_gb"] >= min_ram_gb
               and b["ssd_gb"] >= min_ssd_gb and b["transfer_tb"] >= min_transfer_tb]
    if not fitting:
        raise ValueError("no bundle fits")
    fitting.sort(key=lambda b: (b["price_usd"], -b["ram_gb"]))
    return fitting[0]["id"]
