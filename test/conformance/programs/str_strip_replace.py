# strip family, replace with counts, removeprefix/removesuffix, padding, zfill and expandtabs.
for s in ['  hi  ', '\t\n hi \x0b\x0c\r', 'xxhixx', '', '   ', '\x1c\x1dhi\x1e\x1f', '\u3000hi\xa0', '\ufeffhi\ufeff']:
    print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip('x')), repr(s.strip(None)), repr(s.rstrip('x ')))
print('abcba'.strip('ab'), 'abcba'.lstrip('ba'), 'abcba'.rstrip('a'), '😀a😀'.strip('😀'), 'www.example.com'.strip('cmowz.'))
for s, a, b, n in [('aaa', 'a', 'b', -1), ('aaa', 'a', 'b', 2), ('aaa', 'a', 'b', 0), ('abc', '', '-', -1), ('abc', '', '-', 2), ('', '', 'x', -1), ('', 'a', 'x', -1),
                   ('abab', 'ab', '', -1), ('a😀a', '😀', 'smile', -1), ('aaaa', 'aa', 'a', -1), ('abc', 'abc', '', 1)]:
    print(repr(s.replace(a, b, n)), repr(s.replace(a, b)))
print('TestHook'.removeprefix('Test'), 'TestHook'.removeprefix('Hook'), 'TestHook'.removesuffix('Hook'), 'abc'.removesuffix(''), 'abc'.removeprefix(''), 'abc'.removeprefix('abc'))
for w in [0, 3, 6, 7, 10]:
    print(repr('abc'.center(w)), repr('abc'.ljust(w, '*')), repr('abc'.rjust(w, '😀')), repr('ab'.center(w, '-')), repr('abcd'.center(w, '.')))
print(repr('x'.center(4)), repr('xy'.center(5)), repr('xyz'.center(6, '#')), repr('a'.center(2)), repr('😀'.center(3, '*')))
for s in ['42', '-42', '+42', '', 'abc', '--5', '😀']:
    print(repr(s.zfill(5)), repr(s.zfill(0)), repr(s.zfill(-3)))
for s in ['a\tb', '\t', 'abcdefgh\tx', 'ab\tcd\n\tef\r\tgh', '😀\tx', '\t\t']:
    print(repr(s.expandtabs()), repr(s.expandtabs(4)), repr(s.expandtabs(0)), repr(s.expandtabs(tabsize=1)), repr(s.expandtabs(-2)))
for t in [lambda: 'a'.strip(1), lambda: 'a'.lstrip(1), lambda: 'a'.rstrip(b'a'), lambda: 'a'.strip('a', 'b'), lambda: 'a'.replace(1, 2), lambda: 'a'.replace('a', 2),
          lambda: 'a'.replace('a', 'b', 'c'), lambda: 'a'.replace('a'), lambda: 'a'.replace(old='a', new='b'), lambda: 'a'.center(), lambda: 'a'.center(1, 2, 3),
          lambda: 'a'.center('x'), lambda: 'a'.center(5, 'ab'), lambda: 'a'.center(5, 1), lambda: 'a'.ljust(3, ''), lambda: 'a'.rjust(width=3), lambda: 'a'.zfill('a'),
          lambda: 'a'.zfill(), lambda: 'a'.expandtabs('x'), lambda: 'a'.expandtabs(x=1), lambda: 'a'.expandtabs(1, 2), lambda: 'a'.removeprefix(1), lambda: 'a'.removesuffix(),
          lambda: 'a'.strip(chars='a')]:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
