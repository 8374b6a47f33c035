# Conformance program uncaught_subscript_chain: compared with python3.12 (stdout, stderr, exit code).
data = {"users": [{"name": "a"}]}
def lookup(d):
    return d["users"][0]["email"]
lookup(data)
