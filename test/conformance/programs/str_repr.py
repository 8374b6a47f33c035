# repr and ascii of str: quote choice, every escape rule, non-printables; ord/chr ranges and errors.
samples = ["abc", "it's", 'say "hi"', 'both \' and "', '\\', '\n\r\t', '\x00\x01\x1f\x7f', '\x80\x9f\xa0\xad\xff', 'é', '\u0378', '\u200b\u200e\u2028\u2029',
           '\ud800', '\udfff', '\ue000', '\uffff', '\U00010000', '😀', '\U000e0001', '\U0010ffff', '\U0001f3fb', '\u3000', '\u00a0', 'tab\there', '\x1b[0m', '\u0600', "'", '"', "'\"", '']
for s in samples:
    print(repr(s), ascii(s), len(repr(s)), s.isprintable())
print(repr('a' * 3 + "'"), repr(["it's", 'x']), repr(('é', '\n')), str(['\t']), repr({'k\x00': 'v\u200b'}))
print(ascii('😀'), ascii([1, 'ü']), ascii(b'\xff'), ascii(1.5), ascii('x'), repr(repr('a')))
for n in [0, 9, 65, 127, 128, 255, 256, 0xd7ff, 0xd800, 0xffff, 0x10000, 0x10ffff]:
    c = chr(n)
    print(n, repr(c), ord(c) == n, len(c), c.isprintable())
for t in [lambda: chr(-1), lambda: chr(0x110000), lambda: chr('a'), lambda: chr(1.5), lambda: chr(), lambda: chr(1, 2), lambda: ord(''), lambda: ord('ab'), lambda: ord(1), lambda: ord('😀a'),
          lambda: ord(), lambda: ord(b'ab'), lambda: ord(bytearray())]:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
print(ord('😀'), ord(b'a'), ord(bytearray(b'z')), chr(True), f'{"x"!r} {"y"!a} {"é"!a}', repr('a\\b'), str('é'), format('😀', '>3'))
class S(str):
    pass
s = S('hi')
print(repr(s), type(s).__name__, s + '!', type(s + '!').__name__, s.upper(), type(s.upper()).__name__, s == 'hi', isinstance(s, str), len(s), type(s[:]).__name__, type(str(s)).__name__)
