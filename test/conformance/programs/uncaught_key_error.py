# Conformance program uncaught_key_error: compared with python3.12 (stdout, stderr, exit code).
config = {"a": 1}
value = config["missing"]
