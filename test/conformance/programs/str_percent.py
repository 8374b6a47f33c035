# printf-style % formatting of str: every conversion, flags, * widths, mapping keys and errors.
print('%s|%r|%a|%5s|%-5s|%.2s|%5.1s|%%' % ('abc', 'é', 'é', 'x', 'y', 'abc', 'abc'))
print('%d %i %u %5d %-5d| %05d %+d % d %+05d %.3d %8.3d %-8.3d|' % (42, -7, 3, 42, 42, 42, 42, 42, -42, 7, 7, 7))
print('%x %X %#x %#X %o %#o %08x %-#8x| %#08x %x %o' % (255, 255, 255, 255, 8, 8, 255, 255, 255, -255, -8))
print('%d %d %d %x' % (True, 3.99, -2.5, 10**20), '%i' % 1e3, '%d' % 2**70)
print('%f %.2f %10.3f %-10.1f| %+.0f %e %.3E %g %G %g %g %05.1f' % (3.14159, 2.5, -1.5, 0.75, 3.0, 12345.678, 0.000123, 1e20, 1e-10, 100000.0, 1234567.0, 3.14159))
print('%c%c%c %3c|%-3c|' % (65, 'é', 0x1F600, 'x', 'y'))
print('%(name)s is %(age)d years, %(name)r' % {'name': 'Ann', 'age': 30}, '%(a)s %%' % {'a': 1}, '%(x(y))s' % {'x(y)': 5})
print('%*d|%-*d|%.*f|%*.*f|' % (5, 42, 5, 42, 2, 3.14159, 8, 3, 2.71828), '%*d' % (-4, 7))
print('%s' % (1,), '%s' % [1, 2], '%s' % {'a': 1}, '%s %s' % ('a', 'b'), '%r' % (None,), 'no args' % (), 'x' % {}, '%s' % ((1, 2),))
print('%ld %hd %Lf' % (1, 2, 3.0), '%5%' % (), '%.0s|' % 'abc', '%s' % 'é😀', '%-4s|' % '😀', '%x' % True)
print('%s and %s' % (b'x', bytearray(b'y')), '%r' % 'it\'s', '%a' % '😀', '%s' % 1.0, '%s' % 10**30, '%.3s' % 1.23456)
class P:
    def __str__(self): return 'STR'
    def __repr__(self): return 'REPR'
    def __index__(self): return 11
    def __int__(self): return 12
    def __float__(self): return 1.5
print('%s %r %d %x %f %c' % (P(), P(), P(), P(), P(), 97))
tests = [('%d', 'a'), ('%s %s', (1,)), ('%s', (1, 2)), ('%(a)s', 1), ('%(a)s', {}), ('%z', 1), ('%', ()), ('%c', 'ab'), ('%c', -1), ('%c', 0x110000), ('%c', 1.5), ('%x', 1.5),
         ('%*d', ('a', 1)), ('%.*d', ('a', 1)), ('%(a)s %s', {'a': 1}), ('%d', []), ('%i', '1'), ('%o', 1.0), ('%e', 'x'), ('%(a', {'a': 1}), ('abc', 5), ('%s %', (1,)), ('%\u20ac', 1),
         ('%d', None), ('%f', None), ('%5', 1), ('%b', b'x'), ('%.2', 1)]
for fmt, args in tests:
    try:
        print(repr(fmt % args))
    except Exception as e:
        print(repr(fmt), type(e).__name__, e)
print('%s %s' % ('only one',))
