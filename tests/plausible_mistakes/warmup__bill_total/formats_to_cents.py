# Plausible mistake: formats the total with two decimals, rounding it to cents (the grader's
# own rounding message says so, with no property).
# Property: none
def total_bill(costs):
    total = sum(costs.values())
    return float(f"{total:.2f}")
