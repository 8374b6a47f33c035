/**
 * A small TextMate tokenizer for grammars made only of single-line `match`
 * rules (with `captures`, capture `patterns` and `include`s of repository
 * rules), which is all syntaxes/python-bytecode.tmLanguage.json uses. It
 * follows TextMate's rule for choosing among patterns: the match that
 * starts earliest wins, and on a tie the pattern listed first.
 *
 * It deliberately does not support begin/end rules, multi-line state or
 * Oniguruma-only regex syntax: a grammar needing those should be tested in
 * a real editor engine instead. Regexes are compiled as JavaScript ones.
 */

export interface Rule {
  match?: string;
  name?: string;
  include?: string;
  patterns?: Rule[];
  captures?: Record<string, { name?: string; patterns?: Rule[] }>;
}

export interface Grammar {
  scopeName: string;
  patterns: Rule[];
  repository: Record<string, Rule>;
}

export interface Token {
  text: string;
  /** Outermost first, the grammar's scopeName at index 0. */
  scopes: string[];
}

interface Compiled {
  regex: RegExp;
  rule: Rule;
}

export class SingleLineTokenizer {
  private readonly cache = new Map<Rule, RegExp>();

  constructor(private readonly grammar: Grammar) {}

  tokenizeLine(line: string): Token[] {
    const tokens: Token[] = [];
    this.tokenize(line, 0, line.length, this.grammar.patterns, [this.grammar.scopeName], tokens);
    return tokens;
  }

  /** Flattens includes and nested `patterns` into the rules that match. */
  private expand(rules: Rule[]): Compiled[] {
    const out: Compiled[] = [];
    for (const rule of rules) {
      if (rule.include) {
        if (!rule.include.startsWith('#')) throw new Error(`unsupported include ${rule.include}`);
        const target = this.grammar.repository[rule.include.slice(1)];
        if (!target) throw new Error(`unknown repository rule ${rule.include}`);
        out.push(...this.expand([target]));
      } else if (rule.match !== undefined) {
        let regex = this.cache.get(rule);
        if (!regex) {
          regex = new RegExp(rule.match, 'dg');
          this.cache.set(rule, regex);
        }
        out.push({ regex, rule });
      } else if (rule.patterns) {
        out.push(...this.expand(rule.patterns));
      } else {
        throw new Error(`unsupported rule ${JSON.stringify(rule)}`);
      }
    }
    return out;
  }

  private tokenize(line: string, start: number, end: number, rules: Rule[], scopes: string[], out: Token[]): void {
    const text = line.slice(0, end);
    const compiled = this.expand(rules);
    let pos = start;
    while (pos < end) {
      let best: { m: RegExpExecArray; rule: Rule } | undefined;
      for (const { regex, rule } of compiled) {
        regex.lastIndex = pos;
        const m = regex.exec(text);
        if (m && m[0].length > 0 && (!best || m.index < best.m.index)) best = { m, rule };
      }
      if (!best) {
        out.push({ text: line.slice(pos, end), scopes });
        return;
      }
      if (best.m.index > pos) out.push({ text: line.slice(pos, best.m.index), scopes });
      this.emitMatch(line, best.m, best.rule, scopes, out);
      pos = best.m.index + best.m[0].length;
    }
  }

  private emitMatch(line: string, m: RegExpExecArray, rule: Rule, scopes: string[], out: Token[]): void {
    const outer = rule.name ? [...scopes, ...rule.name.split(' ')] : scopes;
    const [matchStart, matchEnd] = m.indices![0];
    let pos = matchStart;
    const groups = Object.entries(rule.captures ?? {})
      .map(([n, capture]) => ({ capture, span: m.indices![Number(n)] }))
      .filter((g): g is { capture: { name?: string; patterns?: Rule[] }; span: [number, number] } => g.span !== undefined && g.span[1] > g.span[0])
      .sort((a, b) => a.span[0] - b.span[0]);
    for (const { capture, span } of groups) {
      if (span[0] < pos) continue; // Nested groups are not used by the grammar under test.
      if (span[0] > pos) out.push({ text: line.slice(pos, span[0]), scopes: outer });
      const inner = capture.name ? [...outer, ...capture.name.split(' ')] : outer;
      if (capture.patterns) this.tokenize(line, span[0], span[1], capture.patterns, inner, out);
      else out.push({ text: line.slice(span[0], span[1]), scopes: inner });
      pos = span[1];
    }
    if (pos < matchEnd) out.push({ text: line.slice(pos, matchEnd), scopes: outer });
  }
}
