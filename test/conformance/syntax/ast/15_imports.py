# import and from-import in all their forms.
import os
import os.path
import os.path as osp, sys
from os import path
from os import path as p, sep
from . import sibling
from .. import parent
from ...pkg.mod import (a, b as c,
    d,)
from .mod import *
from .... import x
