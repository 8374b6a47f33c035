# Conformance program systemexit_message: compared with python3.12 (stdout, stderr, exit code).
import sys
sys.exit("fatal: bad input")
