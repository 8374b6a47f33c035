# Conformance program uncaught_unbound_local: compared with python3.12 (stdout, stderr, exit code).
count = 0
def bump():
    count += 1
bump()
