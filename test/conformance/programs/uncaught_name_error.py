# Conformance program uncaught_name_error: compared with python3.12 (stdout, stderr, exit code).
def f():
    return missing_variable + 1
f()
