"""Regenerates the parser's conformance goldens with CPython 3.12, the oracle.

For every test/conformance/syntax/ast/NAME.py it writes NAME.ast, the text of
ast.dump(ast.parse(src), include_attributes=True); for every
test/conformance/syntax/errors/NAME.py it writes NAME.json, the SyntaxError
that compile(src, 'x.py', 'exec') raises (type, msg, lineno, offset,
end_lineno, end_offset, text). It does not run our parser or any test.

Run: PYENV_VERSION=3.12.1 python3.12 scripts/regen-syntax-goldens.py
"""
import ast
import json
import os
import sys
import tempfile

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'test', 'conformance', 'syntax')


def main() -> int:
    if sys.version_info[:2] != (3, 12):
        print('needs python3.12, got', sys.version, file=sys.stderr)
        return 1
    ast_dir = os.path.join(ROOT, 'ast')
    for name in sorted(os.listdir(ast_dir)):
        if not name.endswith('.py'):
            continue
        with open(os.path.join(ast_dir, name), encoding='utf-8', newline='') as f:
            src = f.read()
        dumped = ast.dump(ast.parse(src), include_attributes=True)
        with open(os.path.join(ast_dir, name[:-3] + '.ast'), 'w', encoding='utf-8', newline='\n') as f:
            f.write(dumped + '\n')
    err_dir = os.path.join(ROOT, 'errors')
    # CPython reads SyntaxError.text from the named file when it exists, so
    # compile from an empty directory where 'x.py' cannot be found.
    here = os.getcwd()
    with tempfile.TemporaryDirectory() as empty:
        for name in sorted(os.listdir(err_dir)):
            if not name.endswith('.py'):
                continue
            with open(os.path.join(err_dir, name), encoding='utf-8', newline='') as f:
                src = f.read()
            os.chdir(empty)
            try:
                compile(src, 'x.py', 'exec')
                result = {'error': None}
            except SyntaxError as e:
                result = {
                    'type': type(e).__name__,
                    'msg': e.msg,
                    'lineno': e.lineno,
                    'offset': e.offset,
                    'end_lineno': e.end_lineno,
                    'end_offset': e.end_offset,
                    'text': e.text,
                }
            finally:
                os.chdir(here)
            with open(os.path.join(err_dir, name[:-3] + '.json'), 'w', encoding='utf-8', newline='\n') as f:
                f.write(json.dumps(result, indent=2, ensure_ascii=False) + '\n')
    return 0


if __name__ == '__main__':
    sys.exit(main())
