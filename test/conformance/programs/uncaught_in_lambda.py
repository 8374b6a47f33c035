# Conformance program uncaught_in_lambda: compared with python3.12 (stdout, stderr, exit code).
f = lambda x: 10 // x
values = list(map(f, [1, 2, 0]))
