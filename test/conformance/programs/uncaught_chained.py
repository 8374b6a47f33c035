# Conformance program uncaught_chained: compared with python3.12 (stdout, stderr, exit code).
def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError("could not parse") from e
def handler():
    try:
        {}["x"]
    except KeyError:
        parse("abc")
handler()
