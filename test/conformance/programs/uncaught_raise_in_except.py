# Conformance program uncaught_raise_in_except: compared with python3.12 (stdout, stderr, exit code).
try:
    raise ValueError("first")
except ValueError:
    raise TypeError("second")
