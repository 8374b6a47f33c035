# Conformance program class_getattr: __getattr__, __getattribute__, __setattr__, __delattr__,
# the getattr/setattr/hasattr/delattr builtins, AttributeError messages, vars() and dir().
class G:
    x = 1
    def __getattr__(self, name):
        if name.startswith('dyn'):
            return 'dynamic ' + name
        raise AttributeError(f'no {name} here')
g = G()
print(g.x, g.dyn_a, getattr(g, 'dynamo'), hasattr(g, 'nope'), getattr(g, 'nope', 'dflt'))
try:
    g.nope
except AttributeError as e:
    print(type(e).__name__, e)
class GA:
    def __init__(self):
        self.real = 'r'
    def __getattribute__(self, name):
        if name == 'secret':
            return 'intercepted'
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return 'fallback ' + name
ga = GA()
print(ga.real, ga.secret, ga.missing)
class Log:
    def __setattr__(self, name, value):
        print('setattr', name, value)
        super().__setattr__(name, value)
    def __delattr__(self, name):
        print('delattr', name)
        object.__delattr__(self, name)
lg = Log()
lg.a = 1
setattr(lg, 'b', 2)
print(lg.a, lg.b, vars(lg))
del lg.a
delattr(lg, 'b')
print(vars(lg))
try:
    del lg.zz
except AttributeError as e:
    print(type(e).__name__, e)
class Plain:
    cls_attr = 'c'
pl = Plain()
for action in ['get', 'del']:
    try:
        if action == 'get':
            pl.missing
        else:
            del pl.missing
    except AttributeError as e:
        print(action, type(e).__name__, e)
try:
    Plain.missing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del Plain.missing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    (1).foo = 2
except AttributeError as e:
    print(type(e).__name__, e)
try:
    object().foo = 2
except AttributeError as e:
    print(type(e).__name__, e)
try:
    int.foo = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    'abc'.nope
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(pl, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    setattr(pl, 3, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    getattr(pl)
except TypeError as e:
    print(type(e).__name__, e)
try:
    hasattr(pl, None)
except TypeError as e:
    print(type(e).__name__, e)
pl.inst = 5
print(vars(pl), Plain.cls_attr, pl.cls_attr)
pl.cls_attr = 'shadow'
print(pl.cls_attr, Plain.cls_attr)
del pl.cls_attr
print(pl.cls_attr)
Plain.added = 'later'
print(pl.added, hasattr(Plain, 'added'))
del Plain.added
print(hasattr(pl, 'added'))
class DirMe:
    z = 1
    a = 2
    def m(self): pass
dm = DirMe()
dm.inst = 3
print([n for n in dir(dm) if not n.startswith('__')])
print([n for n in dir(DirMe) if not n.startswith('__')])
print('__init__' in dir(dm), '__class__' in dir(dm), dir(dm) == sorted(dir(dm)))
print(sorted(k for k in vars(DirMe) if not k.startswith('__')))
try:
    vars(1)
except TypeError as e:
    print(type(e).__name__, e)
pl.__dict__['viadict'] = 9
print(pl.viadict)
print(type(Plain.__dict__).__name__, Plain.__dict__['cls_attr'])
try:
    Plain.__dict__['x'] = 1
except TypeError as e:
    print(type(e).__name__, e)
class Raises:
    @property
    def p(self):
        raise AttributeError('inner problem')
    def __getattr__(self, name):
        return 'getattr saw ' + name
print(Raises().p)
class GetattrError:
    def __getattr__(self, name):
        raise KeyError(name)
try:
    hasattr(GetattrError(), 'q')
except KeyError as e:
    print(type(e).__name__, e)
print(getattr(pl, 'cls_attr'), getattr('x', 'upper')(), hasattr([], 'append'))
o = object()
try:
    o.__dict__
except AttributeError as e:
    print(type(e).__name__, e)
pl.__dict__ = {'fresh': 1}
print(vars(pl))
try:
    pl.__dict__ = 5
except TypeError as e:
    print(type(e).__name__, e)
class Prot:
    def __getattribute__(self, name):
        raise AttributeError(name)
try:
    Prot().anything
except AttributeError as e:
    print(type(e).__name__, e)
print(type(Prot()).__name__)
