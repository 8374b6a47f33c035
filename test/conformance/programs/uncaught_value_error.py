# Conformance program uncaught_value_error: compared with python3.12 (stdout, stderr, exit code).
number = int("twelve")
