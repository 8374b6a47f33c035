"""Benchmark: a dict-and-string workload — make words from a seeded
generator, count them in a dict, format and split lines, and rank words.

Measures str building (chr, join, slicing, methods), hashing of new strings,
dict get/set and iteration, sorting with a key, and %-formatting. It
deliberately draws words from a fixed linear congruential generator instead
of `random`, so both interpreters see the same words.
"""

LETTERS = "etaoinshrdlucmfwypvbgkjqxz"


def words(count, seed):
    state = seed
    out = []
    for _ in range(count):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        length = 2 + state % 4
        word = []
        for _ in range(length):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            # Favour the front of LETTERS, as English does.
            word.append(LETTERS[(state >> 16) % 26 * (state >> 8 & 3) // 4])
        out.append("".join(word))
    return out


def count_words(text):
    counts = {}
    for line in text.split("\n"):
        for word in line.split(" "):
            if word:
                key = word.lower()
                counts[key] = counts.get(key, 0) + 1
    return counts


def render(ws, per_line):
    lines = []
    for i in range(0, len(ws), per_line):
        chunk = ws[i:i + per_line]
        lines.append(" ".join(w.capitalize() if j % 3 == 0 else w for j, w in enumerate(chunk)))
    return "\n".join(lines)


ws = words(30000, 42)
text = render(ws, 12)
counts = count_words(text)
ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
report = ["%s=%d" % (w, c) for w, c in ranked[:10]]
print(len(text), len(counts))
print(", ".join(report))
index = {}
for w, c in ranked:
    index.setdefault(w[0], []).append(w)
print(sorted((k, len(v)) for k, v in index.items())[:5])
print(sum(len(k) * v for k, v in counts.items()), text.count("e"), text.upper().count("E"))
