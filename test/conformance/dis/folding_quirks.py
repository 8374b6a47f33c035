# AST optimiser and constant-table behaviours python3.12 shows in dis:
# printf-style formatting rewritten as f-strings, float floor division,
# overflow to inf, equal code objects sharing one constant, imports used
# in module-level comprehensions.
import re

name, n, w = "x", 3, 1.5
a = "%s is %r" % (name, n)
b = "%-5s|%5.2s|%a%%" % (name, name, w)
c = "%d items" % (n,)
d = "%s %s" % (name,)
e = "100%% %s" % (name,)
f = "%s" % name
g = 1.0 // 0.1, -0.0 // 5, 7.5 // -2, 1e308 * 10, -1e308 - 1e308
h1, h2 = lambda: ..., lambda: ...
found = [x for x in dir() if re.match("^[a-z]$", x)]
other = [x.strip() for x in ["a "]]


async def nested_async(it):
    gen = ([i async for i in it] for _ in range(2))
    return [x async for x in gen]
