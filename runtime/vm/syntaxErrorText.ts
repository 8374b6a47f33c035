/**
 * The text CPython 3.12 prints for an uncaught SyntaxError in the main
 * file: `  File "name", line N`, the offending line without its
 * indentation, a caret line from offset to end_offset, and `Type: msg`.
 * It deliberately handles only what a SyntaxDiagnostic carries.
 */

import type { SyntaxDiagnostic } from '../syntax/diagnostics';

export function formatSyntaxError(d: SyntaxDiagnostic): string {
  let out = `  File "${d.filename}", line ${d.lineno}\n`;
  if (d.text !== null && d.text !== undefined) {
    const raw = d.text.replace(/\r?\n$/, '');
    const chars = [...raw];
    let lead = 0;
    while (lead < chars.length && (chars[lead] === ' ' || chars[lead] === '\t' || chars[lead] === '\f')) lead++;
    const text = chars.slice(lead).join('').replace(/\s+$/, '');
    out += `    ${text}\n`;
    if (d.offset >= 1) {
      let offset = d.offset;
      let end = d.end_offset > 0 ? d.end_offset : offset;
      if (d.end_lineno > d.lineno) end = chars.length + 1;
      if (offset > chars.length + 1) offset = chars.length + 1;
      if (end <= offset) end = offset + 1;
      if (end > chars.length + 1) end = chars.length + 1;
      const col = offset - 1 - lead;
      const endCol = end - 1 - lead;
      if (col >= 0) out += '    ' + ' '.repeat(col) + '^'.repeat(Math.max(1, endCol - col)) + '\n';
    }
  }
  return out + `${d.type}: ${d.msg}\n`;
}
