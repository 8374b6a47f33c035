# Conformance: list and tuple slicing, slice assignment and deletion.
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[::2], a[1::3], a[::-1], a[8:2:-2], a[-3:], a[:-7], a[-100:100], a[5:2], a[::-3])
print(a[slice(2, 8, 3)], a[slice(None)], a[slice(-2, None, -1)])
t = tuple(a)
print(t[2:5], t[::-1], t[:0], t[100:], t[::4], t[:] is t, t[0:10] is t, t[::1] is t)
b = a[:]; b[2:4] = ['x', 'y', 'z']; print(b)
b = a[:]; b[2:4] = []; print(b)
b = a[:]; b[:0] = (100, 101); print(b)
b = a[:]; b[len(b):] = 'ab'; print(b)
b = a[:]; b[::2] = 'abcde'; print(b)
b = a[:]; b[::-3] = [0, 0, 0, 0]; print(b)
b = a[:]; b[5:2] = [7, 7]; print(b)
b = a[:]; b[1:9:2] = range(4); print(b)
b = a[:]; b[:] = b; print(b)
b = a[:]; b[2:6] = b; print(b)
b = a[:]; b[::2] = b[1::2]; print(b)
b = a[:]; b[3:5] = (x * x for x in range(3)); print(b)
for val in ['abc', [1, 2], ()]:
    try:
        b = a[:]; b[::2] = val
    except ValueError as e:
        print(type(e).__name__, e)
try:
    b[1:3] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    b[::2] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    a[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a['a':]
except TypeError as e:
    print(type(e).__name__, e)
b = a[:]; del b[::2]; print(b)
b = a[:]; del b[::-3]; print(b)
b = a[:]; del b[2:5]; print(b)
b = a[:]; del b[5:2]; print(b)
b = a[:]; del b[:]; print(b)
b = a[:]; del b[1:8:3]; print(b)
b = a[:]; del b[-2:]; print(b)
class I:
    def __index__(self):
        return 2
print(a[I()], a[I():], a[:I()], t[I()])
print(a[True:], a[-1:-5:-1], a[-1:-5], (1, 2, 3)[-5:5])
big = 10**20
print(a[big:], a[-big:2], a[:big], a[::big], a[::-big])
try:
    a[big]
except IndexError as e:
    print(type(e).__name__, e)
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(1, 2), slice(None, None, None))
print(s.indices(5), slice(None, None, -1).indices(4), slice(-100, 100).indices(7), slice(10, -10, -3).indices(8))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2) < slice(1, 3))
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    slice(1).indices(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(hash(slice(1, 2, 3)), hash(slice(-1, 2**70, 0.5)), {slice(1): 2}); hash(slice([]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    slice()
except TypeError as e:
    print(type(e).__name__, e)
try:
    slice(1, 2, 3, 4)
except TypeError as e:
    print(type(e).__name__, e)
print(slice('a', [1], None))
t2 = (1, 2, 3)
try:
    t2[1:2] = (5,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    del t2[0]
except TypeError as e:
    print(type(e).__name__, e)
"abc"[::2]
[1, 2, 3][1:2:0]
