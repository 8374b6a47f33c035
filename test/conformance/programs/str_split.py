# split/rsplit/splitlines/partition/rpartition/join with separators, maxsplit and whitespace rules.
cases = ['a,b,,c', ',a,', '', ',', 'abc', 'a,,b,,c,,']
for c in cases:
    print(repr(c), c.split(','), c.rsplit(','), c.split(',', 1), c.rsplit(',', 1), c.split(',', 0), c.split(',,'), c.split(',', -1))
ws = ['  a  b\tc\n d  ', '', '   ', 'a', ' a', 'a\x1cb\x1dc\x1ed\x1fe\x85f\xa0g\u2003h\u3000i\ufeffj', 'x\u200by']
for w in ws:
    print(repr(w), w.split(), w.rsplit(), w.split(None, 1), w.rsplit(None, 1), w.split(maxsplit=2), w.rsplit(maxsplit=0))
print('a b c'.split(sep=None, maxsplit=1), 'a-b-c'.rsplit(sep='-', maxsplit=1), 'a😀b😀c'.split('😀'), '😀 😀'.split())
text = 'one\ntwo\r\nthree\rfour\x0bfive\x0csix\x1cseven\x1deight\x1enine\x85ten\u2028eleven\u2029twelve\n'
print(text.splitlines())
print(text.splitlines(True))
print(''.splitlines(), '\n'.splitlines(), '\n\n'.splitlines(keepends=True), 'a\n\rb'.splitlines(), 'x'.splitlines(1))
for s, sep in [('a=b=c', '='), ('abc', '='), ('=', '='), ('a😀b', '😀'), ('aXXbXXc', 'XX')]:
    print(s.partition(sep), s.rpartition(sep))
print('-'.join(['a', 'b', 'c']), ''.join([]), ', '.join('abc'), '😀'.join('xy'), ' '.join(('a',)), '-'.join({'k': 1}), '+'.join(str(i) for i in range(4)))
for t in [lambda: 'a'.split(''), lambda: 'a'.split(1), lambda: 'a'.rsplit(1), lambda: 'a'.split(',', 'x'), lambda: 'a'.split(x=1), lambda: 'a'.split(',', sep=','),
          lambda: 'a'.split(1, 2, 3), lambda: 'a'.partition(''), lambda: 'a'.rpartition(''), lambda: 'a'.partition(1), lambda: 'a'.partition(),
          lambda: 'a'.join(1), lambda: '-'.join(['a', 2]), lambda: '-'.join(['a', b'b']), lambda: 'a'.join(), lambda: 'a'.splitlines(x=1), lambda: 'a'.splitlines(1, 2)]:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
