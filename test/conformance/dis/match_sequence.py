# Sequence patterns: fixed length, starred captures, starred wildcards.
def seq(p):
    match p:
        case []:
            return 0
        case [x]:
            return x
        case [x, y]:
            return x + y
        case (a, b, c):
            return a * b * c
        case [first, *rest]:
            return first, rest
        case [*_, last]:
            return last
        case [head, *_, tail]:
            return head, tail
        case [_, _, *_]:
            return "two or more"
        case [*init, 0]:
            return init
        case [[1, 2], [3, *more]]:
            return more


def nested(p):
    match p:
        case [(x, y), [z]] if x == z:
            return y
        case [_, [_, [_, deep]]]:
            return deep
        case [1, "a", None, True]:
            return 1
        case [*everything]:
            return everything
        case [*_]:
            return "any sequence"
