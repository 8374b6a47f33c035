# str.format and format_map: field names, indexes, attributes, conversions, nested specs, the string mini-language.
class Pt:
    x = 3
    y = [10, 20]
    def __repr__(self): return 'Pt()'
    def __str__(self): return 'point'
    def __format__(self, spec): return 'Pt<' + spec + '>'
print('{} {} {}'.format(1, 'a', None), '{0}{1}{0}'.format('x', 'y'), '{a}-{b}'.format(a=1, b=2), '{0}-{k}'.format(5, k=6))
print('{0[0]} {0[1]} {1[k]} {1[k][1]} {2.x} {2.y[1]} {3[-1]}'.format([7, 8], {'k': 'vw'}, Pt, {'-1': 'neg'}))
print('{!r} {!s} {!a} {0!r:>8}|'.format('é', Pt(), 'ü', ))
print('{:>8}|{:<8}|{:^8}|{:*^9}|{:.2}|{:8.3}|{:->7}|{:😀<4}|'.format('abc', 'abc', 'abc', 'abc', 'abc', 'abcdef', 'x', 'y'))
print('{:{}}|{:{w}.{p}}|{0:{1}{2}}|'.format('ab', 5, 'abcdef', w=4, p=2) if False else '{:{}}|{:{w}.{p}}|'.format('ab', 5, 'abcdef', w=4, p=2))
print('{0:{1}{2}}|'.format('ab', '>', 6), '{:{fill}{align}{width}}|'.format('x', fill='.', align='^', width=5))
print('{{}} {{{0}}} }}{{'.format(1), '{:}'.format('plain'), '{0:}'.format(3), '{}'.format(Pt()), '{:abc}'.format(Pt()), '{0!s:>7}|'.format(Pt()))
print('{:05}|{:<05}|{:>05}|{:^05}|{:=^7}|'.format('a', 'b', 'c', 'd', 'e'))
print(format('abc'), format('abc', ''), format('abc', '10'), format('abc', '<10'), format('😀x', '^6'), format('abcdef', '.3'), format('x', 's'), format('x', '>3s'))
print('{:d} {:x} {:>6.2f} {:,} {:_b} {:+} {:e} {:%}'.format(42, 255, 3.14159, 1234567, 255, 5, 1234.5, 0.25))
print('{0} {0.real} {0.imag}'.format(5), '{[0]}'.format('xyz'), '{.__class__.__name__}'.format(1.5), '{0[1]}'.format({1: 'one'}))
print('{x} {y}'.format_map({'x': 1, 'y': 2}), '{a[0]}'.format_map({'a': 'q'}), 'plain'.format_map(None))
class Missing(dict):
    def __missing__(self, key): return '<' + key + '>'
print('{name} {other}'.format_map(Missing(name='N')))
print(f'{"abc":>6}', f'{"abc"!r:^9}', f'{"x":{"*"}<{4}}', f'{3:{"0"}{5}}')
tests = ['{0}{}', '{}{0}', '{', '}', '{0', '{0!x}', '{0!}', '{0:{1}}', '{a.b}', '{0[}', '{0[0]}', '{0.}', '{0:{}}', '{:d}', '{:=5}', '{:+}', '{:#}', '{:,}', '{!r:}', '{0!rs}',
         '{0:{0:{0}}}', '{x', '{0]}', '{0[a]b}', '{0.a', '{:z}', '{:.}', '{:10x}', '{ }', '{:_}', '{:,_}', '{:<<<}', '{2}', '{0!r', '{0!', 'a}b', '{:s>}', '{:sd}']
for t in tests:
    try:
        print(repr(t), repr(t.format('abc')))
    except Exception as e:
        print(repr(t), type(e).__name__, e)
for t in [lambda: '{}'.format_map({}), lambda: '{x}'.format_map({}), lambda: 'a'.format_map(), lambda: 'a'.format_map(1, 2), lambda: format('a', 1), lambda: format(), lambda: '{k}'.format(),
          lambda: '{0}'.format(), lambda: '{1}'.format(1)]:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
print('{:>{}}'.format('end', 'x'))
