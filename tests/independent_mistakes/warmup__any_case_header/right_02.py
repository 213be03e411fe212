# Right: regex full match with re.IGNORECASE inside a helper named check, and next() over a generator with None as default.
import re


def check(key, name):
    return re.fullmatch(re.escape(name), key, re.IGNORECASE) is not None


def get_header(headers, name):
    return next((value for key, value in headers.items() if check(key, name)), None)
