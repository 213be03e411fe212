# Plausible mistake: starts the search with a best price of 999.99 ("more than any plan"),
# so a bundle of $1,000 or more is never picked.
# Property: any-price-fits
def cheapest_bundle(min_vcpus, min_ram_gb, min_ssd_gb, min_transfer_tb, bundles=LINUX_BUNDLES):
    cheapest_id, cheapest_price = None, 999.99
    for bundle in bundles:
        if (bundle["vcpus"] >= min_vcpus and bundle["ram_gb"] >= min_ram_gb
                and bundle["ssd_gb"] >= min_ssd_gb
                and bundle["transfer_tb"] >= min_transfer_tb
                and bundle["price_usd"] < cheapest_price):
            cheapest_id, cheapest_price = bundle["id"], bundle["price_usd"]
    if cheapest_id is None:
        raise ValueError("no bundle fits")
    return cheapest_id
