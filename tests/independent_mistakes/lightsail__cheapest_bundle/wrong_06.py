# Mistake: the fit test forgets the monthly transfer minimum (transfer_tb is never compared)
def cheapest_bundle(min_vcpus, min_ram_gb, min_ssd_gb, min_transfer_tb, bundles=LINUX_BUNDLES):
    best = None
    for b in bundles:
        if b["vcpus"] < min_vcpus or b["ram_gb"] < min_ram_gb or b["ssd_gb"] < min_ssd_gb:
            continue
        if best is None or b["price_usd"] < best["price_usd"]:
            best = b
    if best is None:
        raise ValueError("no bundle fits")
    return best["id"]
