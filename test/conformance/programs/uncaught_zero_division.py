# Conformance program uncaught_zero_division: compared with python3.12 (stdout, stderr, exit code).
def divide(a, b):
    return a / b
def compute():
    return divide(10, 0)
print("before")
compute()
print("never")
