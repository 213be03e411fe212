# Plausible mistake: returns False when no bundle fits.
# Property: nothing-fits-raises
def cheapest_bundle(min_vcpus, min_ram_gb, min_ssd_gb, min_transfer_tb, bundles=LINUX_BUNDLES):
    best = None
    for bundle in bundles:
        fits = (bundle["vcpus"] >= min_vcpus and bundle["ram_gb"] >= min_ram_gb
                and bundle["ssd_gb"] >= min_ssd_gb and bundle["transfer_tb"] >= min_transfer_tb)
        # Strictly cheaper only: on a tie the bundle listed first stays.
        if fits and (best is None or bundle["price_usd"] < best["price_usd"]):
            best = bundle
    if best is None:
        return False
    return best["id"]
