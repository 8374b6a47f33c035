# bytes literals, repr, constructors, indexing to ints, slicing, concatenation, comparison, hashing, `in`, iteration.
lits = [b'', b'abc', b"it's", b'say "x"', b'\'"', b'\x00\x01\x7f\x80\xff', b'\t\n\r\\', rb'\n', b'\x1b', bytes(range(0x20, 0x30))]
for b in lits:
    print(repr(b), len(b), str(b))
b = b'hello world'
print(b[0], b[-1], b[1:4], b[::-1], b[::3], b[100:], b[-3:], type(b[0]).__name__, b[5:5], b[2:9:2])
print(b + b'!', b + bytearray(b'?'), b * 2, 2 * b'ab', b'x' * 0, b'ab' * -1, list(b'abc'), tuple(b'\x00\xff'), [x for x in b'hi'])
print(b'abc' == b'abc', b'abc' < b'abd', b'ab' < b'abc', b'b' > b'abc', b'a' == 'a', b'abc' == bytearray(b'abc'), b'' < b'\x00', max(b'hello'), min(b'hello'), sorted(b'cab'))
print(97 in b'abc', b'bc' in b'abc', b'' in b'abc', 255 in b'\xff', bytearray(b'a') in b'xa', memoryview(b'b') in b'abc', b'x' not in b'abc')
print(hash(b'abc') == hash(b'abc'), hash(b'abc') == hash('abc'), {b'a': 1}[b'a'], len({b'x', b'x', bytes(b'x')}))
print(bytes(), bytes(3), bytes([65, 66, 67]), bytes((1, 2)), bytes(range(3)), bytes(b'xy'), bytes(bytearray(b'z')), bytes(memoryview(b'mv')), bytes('é', 'utf-8'), bytes('abc', 'ascii'), bytes('é', encoding='latin-1'))
print(bytes('aé', 'ascii', 'replace'), bytes(source=b'kw'), bytes(iter([1, 2])), bytes({3: 'x'}), bytes(True), bytes(x for x in [104, 105]))
class B:
    def __bytes__(self): return b'from __bytes__'
class I:
    def __index__(self): return 2
print(bytes(B()), bytes(I()), bytes([I()]), type(bytes(B())).__name__)
class MyBytes(bytes):
    pass
m = MyBytes(b'sub')
print(repr(m), type(m).__name__, m + b'!', type(m[:]).__name__, isinstance(m, bytes), m == b'sub', type(m.upper()).__name__)
it = iter(b'ab')
print(type(it).__name__, next(it), next(it), next(it, 'end'))
import sys
print(sys.getsizeof(b''), sys.getsizeof(b'abc'), sys.getsizeof(b'x' * 100))
e = b''
print(bytes(e) is e, b'a'[0:1] == b'a', str(b'\xff'), repr(bytes([39])), repr(bytes([39, 34])))
for t in [lambda: bytes(-1), lambda: bytes('a'), lambda: bytes([256]), lambda: bytes([-1]), lambda: bytes(['a']), lambda: bytes(1.5), lambda: bytes('a', 'ascii', 'strict', 1), lambda: bytes(x=1),
          lambda: bytes(b'a', 'ascii'), lambda: bytes(1, errors='x'), lambda: bytes(None), lambda: b'a'[5], lambda: b'a'[str('x')], lambda: b'a' + 'a', lambda: 'a' + b'a', lambda: b'a' * 'x',
          lambda: b'a' < 'a', lambda: 'a' in b'a', lambda: 256 in b'a', lambda: [] in b'a', lambda: b'a'[float(1.5)], lambda: b'a' + 1]:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
b'abc'[3]
