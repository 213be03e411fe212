# Right: Decimal arithmetic with ROUND_CEILING inside a helper named check, returned as an int.
import math
from decimal import Decimal, ROUND_CEILING


def check(duration_ms):
    steps = (Decimal(str(duration_ms)) / Decimal(BILLING_GRANULARITY_MS)).to_integral_value(rounding=ROUND_CEILING)
    return int(steps) * BILLING_GRANULARITY_MS


def billed_ms(duration_ms):
    return check(duration_ms)
