# Conformance program uncaught_multiline_binop: compared with python3.12 (stdout, stderr, exit code).
total = (1 +
         2 + "three")
