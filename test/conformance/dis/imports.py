import sys
import os.path
import collections.abc as cabc
from . import sibling
from ..pkg import thing as t
from math import *
def f():
    import json
    from json import dumps
    return json, dumps
