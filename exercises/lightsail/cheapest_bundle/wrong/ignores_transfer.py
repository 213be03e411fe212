# Plausible mistake: checks vCPUs, RAM and SSD but forgets the transfer allowance.
# Property: meets-the-transfer-minimum
def cheapest_bundle(min_vcpus, min_ram_gb, min_ssd_gb, min_transfer_tb, bundles=LINUX_BUNDLES):
    fitting = [b for b in bundles
               if b["vcpus"] >= min_vcpus and b["ram_gb"] >= min_ram_gb
               and b["ssd_gb"] >= min_ssd_gb]
    if not fitting:
        raise ValueError("no bundle fits")
    return min(fitting, key=lambda b: b["price_usd"])["id"]
