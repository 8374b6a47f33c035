# Conformance program uncaught_type_error: compared with python3.12 (stdout, stderr, exit code).
def add(a, b):
    return a + b
print(add(1, 2))
add(1, "two")
