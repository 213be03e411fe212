# List the plans (bundles) and images (blueprints) available now, with their ids.
aws lightsail get-bundles
aws lightsail get-blueprints

# One virtual server: an image (blueprint) plus a fixed plan (bundle).
aws lightsail create-instances --instance-names my-site --availability-zone us-east-1a --blueprint-id amazon_linux_2023 --bundle-id micro_3_0

# Stopping does NOT stop the bill: only deleting does.
aws lightsail stop-instance --instance-name my-site
aws lightsail delete-instance --instance-name my-site
