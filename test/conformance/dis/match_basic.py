# Literal, singleton, capture, wildcard and guard cases.
def classify(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case 1.5 | 2j | -3j:
            return "complex-ish"
        case None:
            return "none"
        case True:
            return "true"
        case "s" | b"b":
            return "text"
        case y if y > 100:
            return "big " + str(y)
        case _:
            return "other"


def no_default(cmd):
    match cmd:
        case "go":
            print("going")
        case "stop":
            print("stopping")
    return cmd


def capture_last(v):
    match v:
        case 1:
            pass
        case other:
            return other


def only_wildcard(v):
    match v:
        case _:
            return 1


def guarded_default(v):
    match v:
        case 1:
            return 1
        case _ if v:
            return 2
    return 3
