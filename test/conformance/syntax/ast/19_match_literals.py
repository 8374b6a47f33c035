# match with literal, capture, wildcard, value and singleton patterns.
match command:
    case 1:
        pass
    case -1:
        pass
    case 1.5 | 2j | -3 + 4j | 5 - 6j:
        pass
    case 'str' | b'bytes' | "a" 'b':
        pass
    case None | True | False:
        pass
    case x:
        pass
    case _:
        pass
    case Color.RED | a.b.c:
        pass
    case x if x > 0:
        pass
