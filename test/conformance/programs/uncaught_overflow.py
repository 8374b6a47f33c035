# Conformance program uncaught_overflow: compared with python3.12 (stdout, stderr, exit code).
import sys
print(2.0 ** 10)
x = 10.0 ** 400
