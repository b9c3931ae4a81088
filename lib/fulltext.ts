/**
 * The one way a person's words become a Lucene full-text query: always plain text. Every
 * character Lucene reads as syntax (`+ - & | ! ( ) { } [ ] ^ " ~ * ? : \ /`) is escaped, and
 * the operator words AND, OR and NOT are lower-cased, so they are searched as words (the
 * `cjk` analyzer lower-cases the indexed text too). `碳纤维 AND 复合材料` therefore finds what
 * `碳纤维 and 复合材料` finds; a stray quote or colon never breaks a search.
 */
export function plainTextQuery(text: string): string {
  return text.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, (c) => `\\${c}`).replace(/\b(AND|OR|NOT)\b/g, (w) => w.toLowerCase());
}
