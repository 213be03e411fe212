# Plausible mistake: returns None when nothing fits instead of raising ValueError.
# Property: nothing-fits-raises
def cheapest_bundle(min_vcpus, min_ram_gb, min_ssd_gb, min_transfer_tb, bundles=LINUX_BUNDLES):
    fitting = [b for b in bundles
               if b["vcpus"] >= min_vcpus and b["ram_gb"] >= min_ram_gb
               and b["ssd_gb"] >= min_ssd_gb and b["transfer_tb"] >= min_transfer_tb]
    if not fitting:
        return None
    return min(fitting, key=lambda b: b["price_usd"])["id"]
