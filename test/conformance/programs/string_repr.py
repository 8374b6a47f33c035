# Conformance program string_repr: compared with python3.12 (stdout, stderr, exit code).
for s in ["hello", "it's", 'say "hi"', 'both \' and "', "tab\there", "new\nline", "back\\slash",
          "\x00\x1f\x7f", "caf\u00e9", "\u20ac", "\U0001f600", "\u200b", "", "'", '"']:
    print(repr(s))
print(str("x"), repr(["a", 'b"', "c'"]), repr({"k": "v"}), repr(("t",)))
print(len("\U0001f600abc"), "\U0001f600abc"[1], "abc"[::-1], "hello"[1:4], "hello"[-1])
