# find/rfind/index/rindex/count/startswith/endswith, with start/end, code-point indices and errors.
s = 'abcabc😀abc'
for sub in ['a', 'bc', 'c😀a', '😀', '', 'zz', 'abc']:
    print(repr(sub), s.find(sub), s.rfind(sub), s.count(sub), s.find(sub, 4), s.rfind(sub, 0, 8), s.count(sub, 2, -2), s.find(sub, -4), s.find(sub, 3, 3))
print(s.index('😀'), s.rindex('a'), s.index('a', 1), s.rindex('b', 0, 5), s.count('a', -100, 100))
print('abc'.find('', 3), 'abc'.find('', 4), 'abc'.count('', 0, 2), 'abc'.count('', 5), ''.find(''), ''.count(''), 'aaaa'.count('aa'), 'aaa'.rfind('aa'))
print('abc'.find('c', None, None), 'abc'.find('a', None, 1), 'abc'.rfind('c', 1, None), 'abc'.find('b', True))
print('hello'.startswith('he'), 'hello'.startswith('lo', 3), 'hello'.startswith('he', 1), 'hello'.startswith(('x', 'h')), 'hello'.startswith(()), 'hello'.startswith('', 5), 'hello'.startswith('', 6))
print('hello'.endswith('lo'), 'hello'.endswith('ll', 0, 4), 'hello'.endswith(('a', 'o')), 'hello'.endswith('h', 0, 1), 'hello'.endswith('', 2, 1), 'a😀'.endswith('😀'), 'a😀b'.startswith('😀', 1))
print('😀😀x'.find('x'), '😀😀x'.rfind('😀'), '😀😀x'.index('x', 2), '😀😀x'.count('😀', 1), '😀😀x'.startswith('x', 2), '😀😀x'.endswith('😀', 0, 2))
tests = [
    lambda: 'a'.index('b'), lambda: 'a'.rindex('b'), lambda: 'abc'.index('c', 0, 2), lambda: 'a'.find(1), lambda: 'a'.find(), lambda: 'a'.find('a', 1, 2, 3),
    lambda: 'a'.find('a', 'x'), lambda: 'a'.count(None), lambda: 'a'.startswith(1), lambda: 'a'.startswith((1,)), lambda: 'a'.endswith(['a']), lambda: 'a'.find(sub='a'),
    lambda: 'a'.startswith(), lambda: 'a'.index(), lambda: 'a'.count('a', 1.5),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
'abc'.index('d')
