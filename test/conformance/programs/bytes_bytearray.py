# bytearray: construction, mutation (append/extend/insert/pop/remove/reverse/clear), item and slice assignment, +=, *=, sizes.
def setitem(o, k, v):
    o[k] = v
def delitem(o, k):
    del o[k]
import sys
b = bytearray(b'hello')
print(b, repr(b), len(b), b[0], b[1:3], type(b[1:3]).__name__, b == b'hello', b'hello' == b, bytearray() == b'', str(b))
b.append(33); b[0] = 72; b[1:3] = b'EY'; print(b)
b[1:3] = b''; print(b)
b[0:0] = b'>>'; print(b)
b[::2] = b'x' * len(b[::2]); print(b)
del b[0]; del b[-1]; print(b)
del b[::2]; print(b)
b.extend(b'123'); b.extend([52, 53]); b.extend(bytearray(b'6')); b.extend(memoryview(b'7')); b.extend(x for x in [56]); print(b)
b.insert(0, 48); b.insert(-1, 49); b.insert(100, 50); b.insert(-100, 51); print(b)
print(b.pop(), b.pop(0), b.pop(-2), b)
b.remove(48); print(b)
b.reverse(); print(b)
c = b.copy(); c.clear(); print(c, b)
b += b'++'; b += bytearray(b'='); print(b)
d = bytearray(b'ab'); d *= 3; print(d); d *= 0; print(d)
e = bytearray(b'xy'); f = e; e += b'z'; print(f is e, f)
print(bytearray(3), bytearray([1, 2, 3]), bytearray('é', 'utf-8'), bytearray(b'abc')[::-1], bytearray(range(65, 70)), bytearray(b'a') + b'b', b'a' + bytearray(b'b'), bytearray(b'ab') * 2)
print(bytearray(b'hello').upper(), bytearray(b'a,b').split(b','), bytearray(b' x ').strip(), bytearray(b'ab').hex(), bytearray.fromhex('4142'), type(bytearray(b'x').replace(b'x', b'y')).__name__, bytearray(b'%d') % 5)
print(bytearray(b'abc').find(b'c'), bytearray(b'abc').decode(), list(bytearray(b'hi')), 104 in bytearray(b'hi'), bytearray(b'hi').partition(b'i'), bytearray(b'abc') < b'abd')
sizes = []
g = bytearray()
for i in range(40):
    sizes.append(sys.getsizeof(g))
    g.append(i)
print(sizes)
print(sys.getsizeof(bytearray()), sys.getsizeof(bytearray(b'abc')), sys.getsizeof(bytearray(10)), sys.getsizeof(bytearray(b'a' * 100)))
h = bytearray(b'abcdefgh'); h += b'xyz'; print(sys.getsizeof(h)); h.extend(range(20)); print(sys.getsizeof(h))
print(bytearray(b'x').__alloc__(), bytearray().__alloc__())
class BA(bytearray):
    pass
s = BA(b'sub')
print(repr(s), type(s).__name__, s + b'!', type(s + b'!').__name__)
for t in [lambda: bytearray(b'a').pop(5), lambda: bytearray().pop(), lambda: bytearray(b'a').remove(5), lambda: bytearray(b'a').remove(256), lambda: bytearray(b'a').append(256),
          lambda: bytearray(b'a').append('a'), lambda: bytearray(b'a').insert(0, 256), lambda: bytearray(b'a').extend(1), lambda: bytearray(b'a').extend([256]), lambda: bytearray(b'a').extend('ab'),
          lambda: setitem(bytearray(b'abc'), slice(0, 3, 2), b'x'), lambda: setitem(bytearray(b'abc'), 0, 300), lambda: setitem(bytearray(b'abc'), 0, b'x'),
          lambda: setitem(bytearray(b'abc'), 5, 1), lambda: hash(bytearray()), lambda: bytearray('a'), lambda: bytearray(-1), lambda: bytearray(b'a')['x'], lambda: bytearray(b'a')[3],
          lambda: setitem(bytearray(b'a'), slice(0, 1), 5), lambda: bytearray(b'a') + 'b', lambda: bytearray(b'a').append(), lambda: bytearray(b'a').insert(0)]:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
x = bytearray(b'abc')
x[3] = 1
