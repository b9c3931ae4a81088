/** @citation-js/core 0.7 ships no types: the one constructor the benchmark uses. */
declare module '@citation-js/core' {
  export class Cite {
    constructor(input: string, options: { forceType: string });
    data: unknown;
  }
}
