# Plausible mistake: reads RAM with int(), so the 512 MB (0.5 GB) plan counts as 0 GB.
# Property: decimals-count
def cheapest_bundle(min_vcpus, min_ram_gb, min_ssd_gb, min_transfer_tb, bundles=LINUX_BUNDLES):
    fitting = [b for b in bundles
               if b["vcpus"] >= min_vcpus and int(b["ram_gb"]) >= min_ram_gb
               and b["ssd_gb"] >= min_ssd_gb and b["transfer_tb"] >= min_transfer_tb]
    if not fitting:
        raise ValueError("no bundle fits")
    return min(fitting, key=lambda b: b["price_usd"])["id"]
