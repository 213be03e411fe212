# Right: Decimal prices, a table of (key, minimum) pairs, and a sort on (price, position) of a copy
from decimal import Decimal


def cheapest_bundle(min_vcpus, min_ram_gb, min_ssd_gb, min_transfer_tb, bundles=LINUX_BUNDLES):
    needs = (("vcpus", min_vcpus), ("ram_gb", min_ram_gb),
             ("ssd_gb", min_ssd_gb), ("transfer_tb", min_transfer_tb))
    ranked = sorted(
        (Decimal(str(b["price_usd"])), position, b["id"])
        for position, b in enumerate(bundles)
        if all(b[key] >= minimum for key, minimum in needs)
    )
    if ranked:
        return ranked[0][2]
    raise ValueError("no bundle fits these minimums")
