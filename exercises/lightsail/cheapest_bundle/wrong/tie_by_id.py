# Plausible mistake: breaks a price tie by id instead of by position in the list.
# Property: tie-by-position-not-id
def cheapest_bundle(min_vcpus, min_ram_gb, min_ssd_gb, min_transfer_tb, bundles=LINUX_BUNDLES):
    fitting = [b for b in bundles
               if b["vcpus"] >= min_vcpus and b["ram_gb"] >= min_ram_gb
               and b["ssd_gb"] >= min_ssd_gb and b["transfer_tb"] >= min_transfer_tb]
    if not fitting:
        raise ValueError("no bundle fits")
    return min(fitting, key=lambda b: (b["price_usd"], b["id"]))["id"]
