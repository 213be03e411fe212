# A correct solution written another way: a default of None, a stable sort by price and
# next(); another error message.
def cheapest_bundle(min_vcpus, min_ram_gb, min_ssd_gb, min_transfer_tb, bundles=None):
    if bundles is None:
        bundles = LINUX_BUNDLES
    wanted = {"vcpus": min_vcpus, "ram_gb": min_ram_gb, "ssd_gb": min_ssd_gb,
              "transfer_tb": min_transfer_tb}
    by_price = sorted(bundles, key=lambda b: b["price_usd"])
    match = next((b for b in by_price if all(b[k] >= v for k, v in wanted.items())), None)
    if match is None:
        raise ValueError("Nothing fits those requirements.")
    return match["id"]
