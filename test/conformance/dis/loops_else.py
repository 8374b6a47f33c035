# Loops with else, break/continue in nested loops and try blocks.
def search(items, target):
    for i, item in enumerate(items):
        if item == target:
            break
    else:
        return -1
    return i


def countdown(n):
    while n > 0:
        n -= 1
        if n == 5:
            continue
        if n == 2:
            break
    else:
        print("finished")
    return n


def nested(grid):
    found = None
    for row in grid:
        for cell in row:
            if cell < 0:
                continue
            if cell > 100:
                found = cell
                break
        else:
            continue
        break
    return found


def while_true(it):
    while True:
        try:
            x = next(it)
        except StopIteration:
            break
        if x:
            continue
        yield x
