import os
from os import path as p, sep
import os.path as op
with open("f") as fh, open("g") as gh:
    data = fh.read()
def h():
    with open("x"):
        return 1
assert data, "msg"
