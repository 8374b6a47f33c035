# Conformance program uncaught_attribute_error: compared with python3.12 (stdout, stderr, exit code).
class Thing:
    pass
t = Thing()
t.name = "x"
print(t.name)
print(t.size)
