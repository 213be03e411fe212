# Right: a small class that keeps the best bundle so far, replaced only by a strictly cheaper one
class _Best:
    def __init__(self):
        self.bundle = None

    def offer(self, bundle):
        if self.bundle is None or bundle["price_usd"] < self.bundle["price_usd"]:
            self.bundle = bundle


def cheapest_bundle(min_vcpus, min_ram_gb, min_ssd_gb, min_transfer_tb, bundles=LINUX_BUNDLES):
    best = _Best()
    for b in bundles:
        if b["vcpus"] < min_vcpus:
            continue
        if b["ram_gb"] < min_ram_gb:
            continue
        if b["ssd_gb"] < min_ssd_gb:
            continue
        if b["transfer_tb"] < min_transfer_tb:
            continue
        best.offer(b)
    if best.bundle is None:
        raise ValueError("no bundle fits")
    return best.bundle["id"]
