# format() and f-string format specs for ints: every presentation type, fill, align, sign, '#', '0', width, grouping, and errors.
def t(v, spec):
    try:
        print(repr(spec), repr(format(v, spec)))
    except Exception as e:
        print(repr(spec), type(e).__name__, e)

specs = ['', 'd', 'b', 'o', 'x', 'X', 'n', 'c', '#b', '#o', '#x', '#X', '10', '<10', '>10', '^10', '=10', '*^11', '0>6',
         '+', '-', ' ', '+d', ' 5', '010', '+010', '-010', ' 010', '#010x', '#010b', ',', '_', '_b', '_x', '_o', '#_x', ',d',
         '20,', '020,', '+020,', '015_', 'e', 'E', 'f', 'F', 'g', 'G', '%', '.2f', '.3e', '10.1%', '.0f', '#.0f', ',.2f',
         'z', '.2', 's', 'y', ',b', ',x', '_n', ',c', '+c', '#c', '=^5', 'x<5', '\u2192^7d', '00', '0', '1', '.5d', '3.2d',
         '_,', ',_', '<<5', '5<', '#', '#d', '08.3f', 'z.1f']
for v in [0, 42, -42, 65, 255, 123456789, -1234567, 2**64, -(2**70) + 1]:
    print('value', v)
    for s in specs:
        t(v, s)
print(f'{12345:,}', f'{12345:_}', f'{-5:=+8}', f'{255:#06x}', f'{7:{"0"}{4}}', f'{3:>{5}}', f'{10**20:,}')
print(f'{True}', f'{True:d}', f'{True:5}', f'{False:>6}', f'{True:x}', f'{True:.1f}', f'{True:^7}')
t(True, 's')
t(1114112, 'c')
t(-1, 'c')
t(10**30, 'c')
t(1234, '')
print(format(5), format(-5), format(10**25, 'd'), format(2**64, '_x'))
print('{:>8,}'.format(1234567), '{0:x} {0:o} {0:b}'.format(100), '{:+}'.format(0))
