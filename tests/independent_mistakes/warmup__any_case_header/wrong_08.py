# Mistake: prints the value instead of returning it, so the function always gives None.
def get_header(headers, name):
    for key, value in headers.items():
        if key.lower() == name.lower():
            print(value)
            break
    else:
        print(None)
