# memoryview basics: views of bytes and bytearray, indexing, slicing, tobytes/tolist/hex, writes, release, attributes.
def setitem(o, k, v):
    o[k] = v
def delitem(o, k):
    del o[k]
m = memoryview(b'abcdef')
print(m.readonly, m.nbytes, m.format, m.itemsize, m.ndim, m.shape, m.strides, m.obj, m.tolist(), m[1], m[-1], len(m), m == b'abcdef', m.hex(), bytes(m), m.tobytes())
print(m[1:4].tobytes(), m[::2].tobytes(), m[::-1].tobytes(), m[1:5][1:3].tobytes(), m[::2][::-1].tolist(), m[4:1].tobytes(), m[::2].strides, m[::2].shape, m[1:3].nbytes)
print(list(m[:3]), m.c_contiguous, m.contiguous, m[::2].c_contiguous, m == memoryview(b'abcdef'), m != b'abcdeg', m == 1, m.toreadonly().readonly, hash(memoryview(b'ab')) == hash(b'ab'))
b = bytearray(b'xyz')
w = memoryview(b)
w[0] = 65
w[1:3] = b'BC'
print(b, w.readonly, w.tobytes(), w.obj is b)
w[::2] = b'pq'
print(b, bytes(w[::-1]))
with memoryview(b'ctx') as q:
    print(q.tolist(), q.tobytes())
print(repr(q).startswith('<released memory at 0x'), repr(m).startswith('<memory at 0x'))
r = memoryview(b'rel')
r.release()
r.release()
for t in [lambda: r[0], lambda: len(r), lambda: r.tobytes(), lambda: r.readonly, lambda: memoryview(r)]:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
print(r == r, r == memoryview(b'rel'))
for t in [lambda: memoryview(1), lambda: memoryview('a'), lambda: memoryview(b'a')[1], lambda: setitem(memoryview(b'a'), 0, 1), lambda: setitem(w, slice(0, 2), b'a'),
          lambda: setitem(w, 0, b'a'), lambda: setitem(w, 0, 300), lambda: hash(w), lambda: w['a'], lambda: memoryview(b'a') < memoryview(b'b'), lambda: memoryview(), lambda: delitem(w, 0)]:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
print(bytes(memoryview(bytearray(b'ba'))), bytearray(memoryview(b'q')), b'x' + memoryview(b'y'), b'a'.join([memoryview(b'1'), b'2']), memoryview(b'abc')[1:] == b'bc')
