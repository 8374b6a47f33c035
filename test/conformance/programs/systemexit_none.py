# Conformance program systemexit_none: compared with python3.12 (stdout, stderr, exit code).
import sys
try:
    sys.exit()
except SystemExit as e:
    print("caught", repr(e.code))
raise SystemExit(0)
