# Conformance program fstrings: compared with python3.12 (stdout, stderr, exit code).
name = "World"
n = 42
pi = 3.14159265
print(f"Hello, {name}!", f"{n:>6}", f"{n:<6}|", f"{n:^6}|", f"{pi:.3f}", f"{pi:10.2f}|", f"{n:x} {n:o} {n:b}")
print(f"{name!r} {name!s} {n + 1} {[1, 2]} {({'a': 1})} {None} {True:d}")
print(f"{1e10:.2e} {0.000123:g} {123456789:,} {1234.5:,.1f} {-3:04d} {3:+d} {' ':*^9}")
w = 8
print(f"{name:>{w}}", f"{{literal}}", f"{'nested ' + name}")
