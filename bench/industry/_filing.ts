import { benchRecords, embedCached, recordPassage, taxonomyIndustries } from './data.js';
import { disciplineLabels, goldOf, split } from './labelled.js';
import { meanVector, outsideText, profileTexts } from '../../topics/filing/profile.js';
import { OUTSIDE_FIELDS } from '../../topics/filing/outside.js';
import { lexicalMatcher } from '../../topics/filing/lexical.js';
import { hechuangFiling } from './hechuang.js';
import { filingVariants } from './filing-variants.js';
const records = benchRecords();
const industries = await taxonomyIndustries();
const parentOf = new Map(industries.map((i) => [i.code, i.parentCode]));
const gold = goldOf(records, industries);
const { dev, heldOut } = split(records);
const vectors = await embedCached('documents', records.map(recordPassage));
const texts = industries.map((i) => profileTexts(i));
const tv = await embedCached('profiles', texts.flat());
const passagesOf = (all: readonly Float32Array[], groups: readonly string[][]) => {
  let o = 0;
  return new Map(
    industries.map((ind, j) => {
      const s = all.slice(o, o + groups[j]!.length);
      o += groups[j]!.length;
      return [ind.code, s] as const;
    }),
  );
};
const passages = passagesOf(tv, texts);
const textProfiles = new Map([...passages].map(([c, p]) => [c, meanVector(p, 512)] as const));
const keywordTexts = industries.map((i) =>
  [...new Set([...i.keywords, ...i.classifications.map((c) => c.name)])].map((k) => `${i.name}：${k}`),
);
const keywordPassages = passagesOf(await embedCached('keyword-passages', keywordTexts.flat()), keywordTexts);
const outsideTexts = await embedCached('outside', OUTSIDE_FIELDS.map(outsideText));
const lexOf = lexicalMatcher(industries);
const lexical = records.map((r) => lexOf({ text: `${r.title} ${r.abstract}`, keywords: r.keywords }));
const labelOf = new Map(disciplineLabels().map((l) => [l.discipline, l.industry]));
const labelled = { codes: industries.map((i) => i.code), gold, parentOf, dev, heldOut };
const hechuang = hechuangFiling({
  industries,
  vectors,
  passages,
  outsideTexts,
  lexical,
  confirmedAs: (i) => labelOf.get(records[i]!.discipline) ?? null,
  labelled,
});
console.log('rule', hechuang.rule, 'folds', hechuang.foldMargins);
const v = filingVariants({ vectors, industries, passages, textProfiles, keywordPassages, outsideTexts, lexical, labelled, hechuang });
const pct = (x: number) => (100 * x).toFixed(1);
for (const r of v)
  console.log(
    `${r.variant} | ${r.parameters} | dev ${r.dev.macroF1.toFixed(3)} / ${pct(r.dev.noneRate)} | held ${r.heldOut.macroF1.toFixed(3)} / ${pct(r.heldOut.noneRate)} cov ${pct(r.heldOut.coverage)} acc ${pct(r.heldOut.accuracy)}`,
  );
process.exit(0);
