import { writeFileSync } from 'node:fs';
import { benchRecords } from './data.js';

/**
 * The bench's 1,000 labelled CSL records as one RIS file, for the real path
 * (import, embed, rebuild, look at the libraries):
 *   npx tsx bench/industry/ris.ts /tmp/csl-1000.ris && hechuang topics import /tmp/csl-1000.ris --database CNKI
 * Only what the data set holds (title, abstract, keywords); the discipline stays out.
 */
const file = process.argv[2] ?? 'csl-1000.ris';
const lines = benchRecords().flatMap((r) => [
  'TY  - JOUR',
  `TI  - ${r.title}`,
  `AB  - ${r.abstract}`,
  ...r.keywords.map((k) => `KW  - ${k}`),
  `ID  - ${r.id}`,
  'ER  - ',
  '',
]);
writeFileSync(file, `${lines.join('\n')}\n`);
console.log(`${file}: ${lines.filter((l) => l === 'ER  - ').length} records`);
