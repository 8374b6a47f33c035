# bytes methods: search, split, strip, replace, case, padding, predicates, hex/fromhex, translate, join, partition.
b = b'abcabc'
for sub in [b'a', b'bc', b'', b'zz', 99, bytearray(b'c'), memoryview(b'ab')]:
    print(repr(sub) if not isinstance(sub, memoryview) else 'mv', b.find(sub), b.rfind(sub), b.count(sub), b.find(sub, 2), b.rfind(sub, 0, 4), b.count(sub, 1, -1))
print(b.index(b'c'), b.rindex(99), b.startswith(b'ab'), b.startswith((b'x', b'abc')), b.endswith(b'bc', 0, 3), b.endswith(bytearray(b'c')), b.startswith(b'', 6), b.startswith(b'', 7))
print(b'a,b,,c'.split(b','), b'a,b,,c'.rsplit(b',', 1), b'  a b\t\nc  '.split(), b' a b c '.rsplit(None, 1), b'a\xa0b'.split(), b'a\x1cb'.split(), b'a b'.split(maxsplit=0))
print(b'l1\nl2\r\nl3\rl4\x0bl5\x0cl6\x1cl7'.splitlines(), b'x\ny\n'.splitlines(True), b''.splitlines())
print(b'  hi \t'.strip(), b'xxhixx'.strip(b'x'), b'abcba'.lstrip(b'ab'), b'abcba'.rstrip(bytearray(b'a')), b'\xa0hi\xa0'.strip(), b'\x0b\x0chi\x0b'.strip())
print(b'aaa'.replace(b'a', b'b'), b'aaa'.replace(b'a', b'b', 2), b'abc'.replace(b'', b'-'), b'abc'.replace(b'', b'-', 2), b'abab'.replace(b'ab', b''), b'abc'.replace(bytearray(b'b'), memoryview(b'B')))
print(b'Hello World'.upper(), b'Hello World'.lower(), b'Hello World'.swapcase(), b'hello world'.title(), b"they're".title(), b'hELLO'.capitalize(), b'\xe9a'.upper(), b'caf\xc3\xa9'.title())
for s in [b'abc', b'ABC', b'Abc', b'abc1', b'123', b' \t', b'', b'\xe9', b'A B', b'Hello World', b'a\x00']:
    print(s, s.isalnum(), s.isalpha(), s.isascii(), s.isdigit(), s.islower(), s.isspace(), s.istitle(), s.isupper())
print(b'ab'.center(6), b'ab'.center(7, b'*'), b'ab'.ljust(5, b'-'), b'ab'.rjust(5), b'42'.zfill(5), b'-42'.zfill(5), b'ab'.center(1), b'a\tb'.expandtabs(), b'a\tb'.expandtabs(2))
print(b'-'.join([b'a', bytearray(b'b'), memoryview(b'c')]), b''.join([]), b', '.join((b'x',)), b'ab'.partition(b'b'), b'ab'.rpartition(b'x'), b'a=b=c'.rpartition(b'='), b'ab'.partition(b'x'))
print(b'TestHook'.removeprefix(b'Test'), b'TestHook'.removesuffix(b'Hook'), b'abc'.removeprefix(b'x'))
print(b'\x00\xff\x10'.hex(), b'abcdef'.hex(':'), b'abcdef'.hex('-', 2), b'abcdef'.hex(b'_', -4), b'abcde'.hex(' ', 2), b''.hex(), bytes.fromhex('de ad BE EF'), bytes.fromhex(''), bytes.fromhex(' 01\t02\n'))
t = bytes.maketrans(b'abc', b'xyz')
print(len(t), t[97:100], b'aabbcc'.translate(t), b'hello'.translate(None, b'l'), b'hello'.translate(t, b'h'), b'abc'.translate(None))
print(b'caf\xc3\xa9'.decode(), b'abc'.decode('ascii'), bytearray(b'\xe9').decode('latin-1'), b'x'.decode(encoding='utf-8', errors='strict'))
for t in [lambda: b'a'.find('a'), lambda: b'a'.find(256), lambda: b'a'.split('a'), lambda: b'a'.join(['a']), lambda: b'a'.join(1), lambda: b'a'.replace('a', 'b'), lambda: b'a'.strip('a'),
          lambda: b'a'.startswith('a'), lambda: b'a'.startswith(('a',)), lambda: b'a'.index(b'z'), lambda: b'a'.rindex(b'z'), lambda: b'a'.hex(1), lambda: b'a'.hex('::'), lambda: b'a'.translate(b'x'),
          lambda: bytes.maketrans(b'a', b'bc'), lambda: bytes.fromhex('zz'), lambda: bytes.fromhex('a'), lambda: bytes.fromhex(1), lambda: bytes.fromhex('6 1'), lambda: b'a'.center(3, 'x'),
          lambda: b'a'.center(3, b'xy'), lambda: b'a'.count('a'), lambda: b'a'.partition('a'), lambda: b'a'.split(b''), lambda: b'a'.removeprefix('a'), lambda: b'a'.zfill('a'), lambda: b'a'.upper(1),
          lambda: b'a'.splitlines(1, 2), lambda: b'a'.decode('foo'), lambda: b'a'.find(), lambda: b'a'.partition(b'')]:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
