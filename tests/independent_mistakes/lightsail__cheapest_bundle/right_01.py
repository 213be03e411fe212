# Right: a helper named check that tests one bundle, then min() over a generator (min keeps the first of equal prices)
def check(bundle, min_vcpus, min_ram_gb, min_ssd_gb, min_transfer_tb):
    return (bundle["vcpus"] >= min_vcpus and bundle["ram_gb"] >= min_ram_gb
            and bundle["ssd_gb"] >= min_ssd_gb and bundle["transfer_tb"] >= min_transfer_tb)


def cheapest_bundle(min_vcpus, min_ram_gb, min_ssd_gb, min_transfer_tb, bundles=LINUX_BUNDLES):
    fitting = [b for b in bundles
               if check(b, min_vcpus, min_ram_gb, min_ssd_gb, min_transfer_tb)]
    if not fitting:
        raise ValueError(f"no bundle has {min_vcpus} vCPUs, {min_ram_gb} GB of RAM, "
                         f"{min_ssd_gb} GB of SSD and {min_transfer_tb} TB of transfer")
    return min(fitting, key=lambda b: b["price_usd"])["id"]
