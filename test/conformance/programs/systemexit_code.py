# Conformance program systemexit_code: compared with python3.12 (stdout, stderr, exit code).
import sys
print("exiting")
sys.exit(3)
print("not printed")
