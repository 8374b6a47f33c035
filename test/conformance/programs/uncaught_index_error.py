# Conformance program uncaught_index_error: compared with python3.12 (stdout, stderr, exit code).
items = [1, 2, 3]
def get(i):
    return items[i]
print(get(0))
print(get(10))
