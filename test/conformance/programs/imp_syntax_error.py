print("before")
import _imp_bad_syntax
