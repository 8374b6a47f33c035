# String prefixes, escapes, triple quotes and implicit concatenation.
s1 = 'single'; s2 = "double"; s3 = '''triple
line'''; s4 = """doc "quoted" """
r1 = r'\n raw'; r2 = R"\d+"; b1 = b'bytes\x00\xff'; b2 = rb'\x'; b3 = BR"x"
u1 = u'unicode'; u2 = 'a' 'b' "c"; u3 = u'x' 'y'
esc = '\n\t\r\\\'\"\a\b\f\v\0\101\x41\u00e9\U0001F600'
cont = 'abc\
def'
mixed = ('implicit'
         'concatenation'
         "across lines")
bb = b'a' b'b'
uni = 'héllo wörld €'
