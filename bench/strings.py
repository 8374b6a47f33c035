"""Benchmark: building strings by concatenation, formatting and joining.

Measures str allocation, str() of ints, concatenation and str.join; it
deliberately prints only lengths so output stays small and comparable.
"""

parts = []
text = ""
n = 0
while n < 200000:
    piece = "item" + str(n)
    parts.append(piece)
    if n % 1000 == 0:
        text = text + piece + ","
    n = n + 1
joined = "-".join(parts)
print(len(joined), len(text), len(parts))
