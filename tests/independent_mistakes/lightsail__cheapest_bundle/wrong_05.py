# Mistake: when no bundle fits it returns None (the end of the function) instead of raising ValueError
def cheapest_bundle(min_vcpus, min_ram_gb, min_ssd_gb, min_transfer_tb, bundles=LINUX_BUNDLES):
    fitting = [b for b in bundles
               if b["vcpus"] >= min_vcpus and b["ram_gb"] >= min_ram_gb
               and b["ssd_gb"] >= min_ssd_gb and b["transfer_tb"] >= min_transfer_tb]
    if fitting:
        return min(fitting, key=lambda b: b["price_usd"])["id"]
