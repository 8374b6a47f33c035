# str.encode / bytes.decode with utf-8, ascii and latin-1 under each error handler; translate and maketrans.
for s in ['abc', 'héllo', '😀', 'a€b', '\x00\x7f\x80\xff', '']:
    print(repr(s), s.encode(), s.encode('utf-8'), s.encode('UTF8'), s.encode('utf_8'), len(s.encode()))
for enc in ['ascii', 'latin-1', 'latin1', 'iso-8859-1', 'US-ASCII', 'L1']:
    for err in ['ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace']:
        print(enc, err, 'aé€😀z'.encode(enc, err), 'aé€😀z'.encode(encoding=enc, errors=err))
for args in [('ascii',), ('latin-1',), ('utf-8',), ('ascii', 'strict')]:
    for s in ['aé', 'a€€b', 'x😀', '\udc80', 'ab\ud800z\udc00']:
        try:
            print(repr(s), args, s.encode(*args))
        except UnicodeEncodeError as e:
            print(repr(s), args, type(e).__name__, e)
data = [b'abc', b'h\xc3\xa9llo', b'\xf0\x9f\x98\x80', b'\xff', b'a\x80b', b'\xe2\x82', b'\xe2\x28\xa1', b'\xc0\xaf', b'\xed\xa0\x80', b'\xf4\x90\x80\x80', b'ok\xe2\x82\xacok', b'\xf0\x9f\x98']
for d in data:
    for enc, err in [('utf-8', 'strict'), ('utf-8', 'replace'), ('utf-8', 'ignore'), ('utf-8', 'backslashreplace'), ('ascii', 'strict'), ('ascii', 'replace'), ('latin-1', 'strict'), ('utf-8', 'surrogateescape')]:
        try:
            print(d, enc, err, repr(d.decode(enc, err)))
        except UnicodeDecodeError as e:
            print(d, enc, err, type(e).__name__, e)
print(str(b'caf\xc3\xa9', 'utf-8'), str(b'caf\xe9', 'latin-1'), str(b'x\xff', 'ascii', 'replace'), str(bytearray(b'ab'), encoding='ascii'), '\udcff'.encode('utf-8', 'surrogateescape'))
t = str.maketrans('abc', 'xyz', 'd')
print(sorted(t.items()), 'abcdabcd'.translate(t), 'hello'.translate({ord('l'): None, ord('h'): 'J'}), 'abc'.translate({97: '😀', 98: 66}), 'xyz'.translate({}))
print(str.maketrans({'a': 'b', 98: None}), ''.maketrans('', ''), 'abc'.translate(['A', 'B', 'C'] * 40), 'a😀'.translate({0x1F600: 'smile'}))
class Table:
    def __getitem__(self, k):
        if k == 97: return 'A'
        raise LookupError(k)
print('banana'.translate(Table()))
for t in [lambda: 'a'.encode('foo'), lambda: 'a'.encode(1), lambda: 'a'.encode('ascii', 1), lambda: 'é'.encode('ascii', 'nope'), lambda: 'a'.encode('utf-8', 'strict', 'x'), lambda: b'a'.decode('foo'),
          lambda: b'a'.decode(1), lambda: str(b'a', 'foo'), lambda: str(1, 'utf-8'), lambda: str('a', 'utf-8'), lambda: 'a'.translate(1), lambda: 'a'.translate({97: 1.5}), lambda: 'a'.translate({97: 0x110000}),
          lambda: str.maketrans(1), lambda: str.maketrans('ab', 'c'), lambda: str.maketrans({'ab': 1}), lambda: str.maketrans('a', 'b', 1), lambda: str.maketrans({1.5: 1}), lambda: str.maketrans(), lambda: str.maketrans(1, 'a')]:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
b'\xff'.decode()
