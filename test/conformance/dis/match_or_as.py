# Or-patterns that bind names in different orders, as-patterns, nesting.
def alternatives(v):
    match v:
        case (x, y) | [y, x]:
            return x - y
        case {"k": a, "j": b} | {"j": b, "k": a}:
            return a, b
        case (1 | 2) as n:
            return n
        case [p, q, r] | (r, q, p):
            return p, q, r
        case ((0 as z) | (1 as z)):
            return z
        case str() | bytes():
            return "stringish"
        case m:
            return m


def in_loop(items):
    total = 0
    for it in items:
        match it:
            case int(i) if i > 0:
                total += i
            case [int(i), *_]:
                total += i
                continue
            case "stop":
                break
    else:
        total = -total
    return total


class K:
    def method(self, v):
        match v:
            case self.attr:
                return 1
            case {"x": self.attr2}:
                return 2
        return __class__


match 1, 2:
    case (a, b):
        print(a, b)
