# A correct solution written another way: min() over (price, position) pairs, helper function.
def _fits(bundle, needs):
    return all(bundle[key] >= need for key, need in needs)


def cheapest_bundle(min_vcpus, min_ram_gb, min_ssd_gb, min_transfer_tb, bundles=LINUX_BUNDLES):
    needs = list(zip(("vcpus", "ram_gb", "ssd_gb", "transfer_tb"),
                     (min_vcpus, min_ram_gb, min_ssd_gb, min_transfer_tb)))
    candidates = [(b["price_usd"], i, b["id"]) for i, b in enumerate(bundles) if _fits(b, needs)]
    if not candidates:
        raise ValueError(f"no bundle meets {needs}")
    return min(candidates)[2]
