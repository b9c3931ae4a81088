/**
 * Aho–Corasick automaton: finds every occurrence of many names in one pass over a text,
 * whatever the number of names (thousands of organisations, industry keywords…).
 */
export class AhoCorasick<T> {
  private readonly goto: Array<Map<string, number>> = [new Map<string, number>()];
  private readonly fail: number[] = [0];
  private readonly output: T[][] = [[]];

  constructor(entries: Iterable<readonly [pattern: string, value: T]>) {
    for (const [pattern, value] of entries) {
      if (!pattern) continue;
      let state = 0;
      for (const char of pattern) {
        let next = this.goto[state]!.get(char);
        if (next === undefined) {
          next = this.goto.length;
          this.goto.push(new Map());
          this.fail.push(0);
          this.output.push([]);
          this.goto[state]!.set(char, next);
        }
        state = next;
      }
      this.output[state]!.push(value);
    }
    const queue: number[] = [];
    for (const next of this.goto[0]!.values()) queue.push(next);
    for (let head = 0; head < queue.length; head += 1) {
      const state = queue[head]!;
      for (const [char, next] of this.goto[state]!) {
        queue.push(next);
        let f = this.fail[state]!;
        while (f !== 0 && !this.goto[f]!.has(char)) f = this.fail[f]!;
        const target = this.goto[f]!.get(char);
        this.fail[next] = target !== undefined && target !== next ? target : 0;
        this.output[next]!.push(...this.output[this.fail[next]]!);
      }
    }
  }

  /** Each match's value, once per occurrence. */
  *matches(text: string): Generator<T> {
    let state = 0;
    for (const char of text) {
      while (state !== 0 && !this.goto[state]!.has(char)) state = this.fail[state]!;
      state = this.goto[state]!.get(char) ?? 0;
      yield* this.output[state]!;
    }
  }
}
