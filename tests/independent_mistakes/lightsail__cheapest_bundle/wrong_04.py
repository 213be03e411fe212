# Mistake: returns the first fitting bundle in list order, assuming the list is sorted by price (no price comparison at all)
def cheapest_bundle(min_vcpus, min_ram_gb, min_ssd_gb, min_transfer_tb, bundles=LINUX_BUNDLES):
    for b in bundles:
        if (b["vcpus"] >= min_vcpus and b["ram_gb"] >= min_ram_gb
                and b["ssd_gb"] >= min_ssd_gb and b["transfer_tb"] >= min_transfer_tb):
            return b["id"]
    raise ValueError("no bundle fits")
