# str indexing, slicing, len and iteration count code points, astral characters included.
s = 'héllo wörld 😀x🎉'
print(len(s), s[0], s[12], s[-1], s[-2], s[13])
print(s[::-1], s[::2], s[1::3], s[-3:], s[:-3], s[100:], s[-100:2])
print(s[10:14], s[14:10:-1], s[::-2], s[5:5], repr(s[3:1]))
print([c for c in '😀a🎉'], list('ab'), tuple('x😀'))
print('😀' in s, 'ö' in s, 'zz' in s, '' in s, 'x🎉' in s)
for i in range(-len(s), len(s)):
    assert s[i] == list(s)[i]
print(ord(s[12]), hex(ord(s[-1])), chr(0x1F600), chr(0x10FFFF) == '\U0010ffff', len(chr(0x10FFFF)))
t = 'abcdefghij'
for sl in [slice(None), slice(2, 8), slice(None, None, 3), slice(8, 2, -2), slice(-3, None), slice(None, -7, -1), slice(1, 100, 4)]:
    print(repr(t[sl]), end=' ')
print()
print('ab' + 'cd', 'ab' * 3, 3 * 'x', 'ab' * 0, 'ab' * -1, repr('' * 5), '😀' * 3, len('😀' * 3))
print('a' < 'b', 'abc' < 'abd', 'ab' < 'abc', 'Z' < 'a', 'é' > 'z', '😀' > '\uffff', '\uffff' < '\U00010000')
print('abc' == 'abc', 'abc' != 'abd', 'a' <= 'a', 'b' >= 'a', max('hello'), min('hello'), sorted('😀b a'))
d = {'a': 1, 'é': 2, '😀': 3}
print(d['😀'], 'é' in d, {'x', 'x', 'y'} == {'y', 'x'}, hash('abc') == hash('ab' + 'c'))
it = iter('a😀')
print(type(it).__name__, next(it), next(it), next(it, 'done'), type(iter('abc')).__name__)
print(str(), str(12), str([1, 'a']), str('x'), str(b'ab'), str(None), str(object=3.5))
x = 'hello'
print(x[1:4], x[:], x[::], x[::-1] == ''.join(reversed(x)), reversed(x).__class__.__name__)
for bad in [lambda: x[5], lambda: x[-6], lambda: x['1'], lambda: x[1.0], lambda: x + 1, lambda: 1 + x, lambda: x * 'a', lambda: x * 1.5, lambda: 1 in x, lambda: x < 1, lambda: x >= None, lambda: x[::0]]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
try:
    x[0] = 'H'
except TypeError as e:
    print(e)
try:
    del x[0]
except TypeError as e:
    print(e)
print(s[20])
