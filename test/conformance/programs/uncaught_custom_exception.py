# Conformance program uncaught_custom_exception: compared with python3.12 (stdout, stderr, exit code).
class AppError(Exception):
    def __init__(self, code):
        super().__init__(f"failed with code {code}")
        self.code = code
def run():
    raise AppError(7)
run()
