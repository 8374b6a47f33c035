# Number, string and constant literals of every form.
a = 0; b = 1_000_000; c = 0x_FF; d = 0o17; e = 0b1010; f = 00
g = 1.5; h = 1.; i = .5; j = 1e10; k = 1E-5; l = 1_0.0_1e+1_0
m = 3j; n = 1.5J; o = 1e3j
p = True, False, None, ...
big = 123456789012345678901234567890
tiny = 1e-300; huge = 1e300; inf_ = 1e400
