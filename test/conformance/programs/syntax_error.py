# Conformance program syntax_error: compared with python3.12 (stdout, stderr, exit code).
print("this file does not compile")
def broken(:
    pass
