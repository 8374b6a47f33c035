# Conformance program string_methods: compared with python3.12 (stdout, stderr, exit code).
s = "  Hello, World  "
print(s.strip(), s.lstrip(), s.rstrip(), s.upper(), s.lower())
print("a,b,,c".split(","), "a b  c".split(), "a b c".split(None, 1), "x".join(["1", "2", "3"]))
print("hello".replace("l", "L"), "hello".replace("l", "L", 1), "hello".find("l"), "hello".rfind("l"), "hello".find("z"))
print("hello".startswith("he"), "hello".endswith("lo"), "hello".count("l"), "hello".index("e"))
print("abc".isalpha(), "123".isdigit(), "a1".isalnum(), "   ".isspace(), "Hello".isupper(), "hello".islower())
print("hello world".title(), "hello".capitalize(), "Hello".swapcase(), "5".zfill(3), "-5".zfill(4))
print("ab".center(6, "*"), "ab".ljust(5, "-"), "ab".rjust(5), "a-b-c".partition("-"), "a-b-c".rpartition("-"))
print("{} + {} = {}".format(1, 2, 3), "{0}{1}{0}".format("a", "b"), "{x}!".format(x=5), "{:>5}|{:<5}|{:^5}".format(1, 2, 3))
print(f"{3.14159:.2f} {42:05d} {255:x} {255:#o} {1234567:,} {0.25:%} {'s':>3} {-5:+d} {7!r} {'q'!r}")
print("%d items cost %.2f (%s)" % (3, 9.5, "ok"), "%5s|%-5s|" % ("a", "b"), "%x %o %e" % (255, 8, 12345.678))
print("a\nb\r\nc".splitlines(), "prefix_x".removeprefix("prefix_"), "x.py".removesuffix(".py"))
print("abc" * 3, "abc" + "def", "b" in "abc", "z" not in "abc", "abc" < "abd", "B" < "a")
