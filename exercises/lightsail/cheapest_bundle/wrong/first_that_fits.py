# Plausible mistake: returns the first bundle that fits, as if the list were sorted by price.
# Property: cheapest-not-first
def cheapest_bundle(min_vcpus, min_ram_gb, min_ssd_gb, min_transfer_tb, bundles=LINUX_BUNDLES):
    for bundle in bundles:
        if (bundle["vcpus"] >= min_vcpus and bundle["ram_gb"] >= min_ram_gb
                and bundle["ssd_gb"] >= min_ssd_gb and bundle["transfer_tb"] >= min_transfer_tb):
            return bundle["id"]
    raise ValueError("no bundle fits")
