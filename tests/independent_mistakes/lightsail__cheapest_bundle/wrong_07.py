# Mistake: the "best price so far" starts at a made-up 1000 dollars, so a fitting bundle that costs 1000 or more is never picked (ValueError instead)
def cheapest_bundle(min_vcpus, min_ram_gb, min_ssd_gb, min_transfer_tb, bundles=LINUX_BUNDLES):
    best_price = 1000
    best_id = None
    for b in bundles:
        if (b["vcpus"] >= min_vcpus and b["ram_gb"] >= min_ram_gb
                and b["ssd_gb"] >= min_ssd_gb and b["transfer_tb"] >= min_transfer_tb):
            if b["price_usd"] < best_price:
                best_price = b["price_usd"]
                best_id = b["id"]
    if best_id is None:
        raise ValueError("no bundle fits")
    return best_id
