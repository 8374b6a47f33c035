# printf-style % formatting of bytes and bytearray.
print(b'%s|%b|%r|%a|%5s|%-5b|%.2s|%%' % (b'abc', bytearray(b'ba'), b'x', 'é', b'y', b'z', b'abc'))
print(b'%d %i %5d %-5d|%05d %+d %x %X %#x %o %#o %.3d' % (42, -7, 42, 42, 42, 42, 255, 255, 255, 8, 8, 7))
print(b'%f %.2f %e %g %10.3f|' % (3.14159, 2.5, 12345.678, 1e20, -1.5), b'%c%c' % (65, b'B'), b'%(k)s=%(v)d' % {b'k': b'key', b'v': 5})
print(b'%*d|%.*f' % (5, 42, 2, 3.14159), b'%s' % memoryview(b'mv'), b'%d' % True, bytearray(b'%s!') % b'x', type(bytearray(b'%s') % b'x').__name__)
class BB:
    def __bytes__(self): return b'BB'
    def __repr__(self): return 'repr-é'
print(b'%s %r %a' % (BB(), BB(), BB()), b'%r' % 'it\'s', b'%a' % [1, b'x'])
tests = [(b'%s', 'a'), (b'%c', 256), (b'%c', 'a'), (b'%c', b'ab'), (b'%d', 'a'), (b'%s %s', (b'a',)), (b'%s', (b'a', b'b')), (b'%y', 1), (b'%(a)s', {'a': 1}), (b'%(a)s', 1), (b'%', ()), (b'%s', 1), (b'%x', 1.5), (b'x', 1)]
for fmt, args in tests:
    try:
        print(fmt % args)
    except Exception as e:
        print(fmt, type(e).__name__, e)
