# Regenerates the grammar test's fixture: a `dis` listing printed by
# CPython 3.12 (fixtures/listing.dis) and, for every instruction in it, what
# dis.get_instructions says it is (fixtures/listing.instructions.json), so
# the test can check the grammar's tokens against CPython's own account.
# It deliberately disassembles one fixed program; run it with
#   PYENV_VERSION=3.12.1 python3.12 test/grammar/generateDisFixture.py
import dis
import io
import json
import os
import sys

assert sys.version_info[:2] == (3, 12), "the fixture must come from CPython 3.12"

SOURCE = '''
def mean(xs):
    total = 0.5
    for x in xs:
        if x > 1:
            total += x
    try:
        return total / len(xs)
    except ZeroDivisionError as e:
        return None

names = ("a", 'b\\'c', 1e3, -2, None)
print(mean([1, 2, 3]), names)
'''

module = compile(SOURCE, "<listing>", "exec")
codes = [module] + [c for c in module.co_consts if hasattr(c, "co_code")]

out = io.StringIO()
instructions = []
for i, code in enumerate(codes):
    if i > 0:
        print(f"\nDisassembly of {code!r}:", file=out)
    # The module's listing marks its fourth instruction as the current one (-->).
    lasti = 6 if i == 0 else -1
    dis.disassemble(code, lasti=lasti, file=out)
    # dis also marks exception handlers with >>, which is_jump_target leaves out.
    handlers = {entry.target for entry in dis.Bytecode(code).exception_entries}
    for ins in dis.get_instructions(code):
        instructions.append({
            "offset": ins.offset,
            "opname": ins.opname,
            "arg": ins.arg,
            "argrepr": ins.argrepr,
            "is_jump_target": ins.is_jump_target or ins.offset in handlers,
            "starts_line": ins.starts_line,
            "current": i == 0 and ins.offset == lasti,
        })

here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fixtures")
with open(os.path.join(here, "listing.dis"), "w", encoding="utf-8") as f:
    f.write(out.getvalue())
with open(os.path.join(here, "listing.instructions.json"), "w", encoding="utf-8") as f:
    json.dump(instructions, f, indent=1)
    f.write("\n")
print(f"wrote {len(instructions)} instructions")
