# Conformance program uncaught_recursion: compared with python3.12 (stdout, stderr, exit code).
def forever(n):
    return forever(n + 1)
forever(0)
