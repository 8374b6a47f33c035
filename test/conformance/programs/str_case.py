# Case conversions and the Unicode predicates of str.
words = ['hello world', 'Hello World', 'HELLO', 'hELLO wORLD', "they're bill's friends", 'ǆungla ǉ', 'ßtraße', 'ﬁsh', 'İstanbul', 'ΣΑΣ ΣΑΣ', 'a1b2c3', '', '123', 'éTÉ', 'ǅ', 'Ⅻ ⅻ', 'ǈubljana']
for w in words:
    print(repr(w), w.upper(), w.lower(), w.casefold(), w.swapcase(), w.capitalize(), w.title(), w.istitle(), w.isupper(), w.islower())
samples = ['abc', 'ABC', 'aBc', 'abc1', '123', '١٢٣', '²³', '½', '一二三', 'Ⅻ', 'ab cd', ' ', '\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0\u2028', '\u200b', '\ufeff', '', 'é', 'ß', 'ǅ', '_x1', '1x', 'x y', 'café', '🙂', 'a\x00', '\x7f', 'ÿ', '\u00ad', 'abc\n', 'Ǆ', 'ª', 'ʰ', '∞']
for s in samples:
    print(repr(s), s.isalnum(), s.isalpha(), s.isascii(), s.isdecimal(), s.isdigit(), s.isidentifier(), s.islower(), s.isnumeric(), s.isprintable(), s.isspace(), s.istitle(), s.isupper())
print('Hello'.istitle(), 'Hello World'.istitle(), 'Hello world'.istitle(), 'HeLLo'.istitle(), '1A'.istitle(), 'A1a'.istitle(), 'ǅa'.istitle(), 'A'.istitle(), 'a'.istitle())
print('ABC1'.isupper(), 'abc1'.islower(), '1'.isupper(), 'ǅ'.isupper(), 'ǅ'.islower(), 'ª'.islower(), 'ʰ'.islower())
print('straße'.upper(), 'STRASSE'.lower() == 'straße'.casefold().replace('ss', 'ss'), 'ὈΔΥΣΣΕΎΣ'.lower(), 'ΌΣΟΣ'.lower(), 'µ'.upper(), 'µ'.casefold(), 'ı'.upper(), 'ſ'.upper())
for t in [lambda: 'a'.upper(1), lambda: 'a'.lower(x=1), lambda: 'a'.isalpha(1), lambda: 'a'.casefold(None), lambda: 'a'.title(1), lambda: 'a'.isidentifier(1), lambda: str.upper(1), lambda: str.upper()]:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
