# Plausible mistake: rejects a minimum of 0 as invalid input.
# Property: zero-minimum-is-met
def cheapest_bundle(min_vcpus, min_ram_gb, min_ssd_gb, min_transfer_tb, bundles=LINUX_BUNDLES):
    if min(min_vcpus, min_ram_gb, min_ssd_gb, min_transfer_tb) <= 0:
        raise ValueError("every minimum must be positive")
    best = None
    for bundle in bundles:
        fits = (bundle["vcpus"] >= min_vcpus and bundle["ram_gb"] >= min_ram_gb
                and bundle["ssd_gb"] >= min_ssd_gb and bundle["transfer_tb"] >= min_transfer_tb)
        # Strictly cheaper only: on a tie the bundle listed first stays.
        if fits and (best is None or bundle["price_usd"] < best["price_usd"]):
            best = bundle
    if best is None:
        raise ValueError(f"no bundle has {min_vcpus} vCPUs, {min_ram_gb} GB of RAM, "
                         f"{min_ssd_gb} GB of SSD and {min_transfer_tb} TB of transfer")
    return best["id"]
