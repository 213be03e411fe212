# Plausible mistake: takes any key that ends with "user-agent", in any capitals.
# Property: only-user-agent
def user_agent(headers):
    for key, value in headers.items():
        if key.lower().endswith("user-agent"):
            return value
    return "unknown"
