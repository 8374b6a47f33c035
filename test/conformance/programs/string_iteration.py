# Conformance program string_iteration: compared with python3.12 (stdout, stderr, exit code).
text = "The quick brown fox jumps over the lazy dog"
counts = {}
for ch in text.lower():
    if ch.isalpha():
        counts[ch] = counts.get(ch, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
print(" ".join(reversed(text.split())), text[4:9], text[-3:], text.split()[2].upper())
words = text.split()
print(max(words, key=len), [w for w in words if w[0] in "tT"], len(text), text.count("o"))
acc = ""
for w in words:
    acc += w[0]
print(acc)
