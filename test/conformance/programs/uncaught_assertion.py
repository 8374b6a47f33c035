# Conformance program uncaught_assertion: compared with python3.12 (stdout, stderr, exit code).
def check(x):
    assert x > 0, f"expected positive, got {x}"
check(1)
check(-5)
