# match with sequence, mapping, class, star, as and or patterns.
match p:
    case [a, b, *rest]:
        pass
    case (a, b):
        pass
    case a, b, *_:
        pass
    case []:
        pass
    case ():
        pass
    case [*_]:
        pass
    case {'x': 1, 'y': y, **rest}:
        pass
    case {}:
        pass
    case {1: _, a.b: c}:
        pass
    case Point(x=0, y=0):
        pass
    case Point(1, 2, z=3):
        pass
    case mod.Cls():
        pass
    case [Point(x=0) as origin, (1 | 2) as n] as whole:
        pass
    case (a):
        pass
    case (*a,):
        pass
match a, b:
    case _: pass
match (x):
    case _: pass
