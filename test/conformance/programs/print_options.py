# Conformance program print_options: compared with python3.12 (stdout, stderr, exit code).
import sys
print("a", "b", "c", sep="-", end="!\n")
print("no newline", end="")
print()
print(1, 2, sep="")
print("to stderr", file=sys.stderr)
sys.stdout.write("direct write\n")
print(*[1, 2, 3])
print("x", None, True, 1.5, [None])
