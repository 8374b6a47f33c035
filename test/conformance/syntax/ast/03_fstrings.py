# PEP 701 f-strings: conversions, format specs, debugging and nesting.
name = 'x'
a = f'hello {name}'
b = f"{name!r} {name!s} {name!a}"
c = f'{3.14159:.2f} {name:>10} {name:{width}.{prec}}'
d = f'{name=} {name = } {name=!s} {name=:>5}'
e = f'{{literal}} {name} }}'
f = f'{"nested"} {f"{name}"} {'same quotes'}'
g = f'''multi
{name}
line'''
h = rf'\d{name}\n' 'plain' f'{1+2}'
i = f'{x:{y}}' f'{x:{y}>}'
j = f'{a}{b}' f'' f'{c!r:}'
k = F'{lambda_:x}' fR'{a}'
l = f'{x:}' f'{x!r:^{w}.{p}f}'
m = f'{ {"a": 1}["a"] }'
