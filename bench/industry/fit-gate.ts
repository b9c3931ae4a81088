import { loadConfig } from '../../lib/config.js';
import { gateTextHash } from '../../topics/filing/gate.js';
import { OUTSIDE_FIELDS } from '../../topics/filing/outside.js';
import { outsideText } from '../../topics/filing/profile.js';
import { VARIANTS } from '../../topics/model/catalog.js';
import { benchRecords, closeModel, embedCached, profilePassages, recordPassage, taxonomyIndustries } from './data.js';
import { fitGate, GATE_FILE, writeGate } from './gate-fit.js';
import { goldOf, split } from './labelled.js';

/**
 * Fits the filing gate alone and writes data/industries/filing-gate.json (what `npm run
 * bench:industry` also does, with the figures): after a change to the taxonomy's texts, the outside
 * fields or the model, which the shipped gate no longer holds for.
 *   npx tsx bench/industry/fit-gate.ts
 */
const records = benchRecords();
const industries = await taxonomyIndustries();
const parentOf = new Map(industries.map((i) => [i.code, i.parentCode]));
const { dev, heldOut } = split(records);
const log = (line: string) => console.log(line);
const vectors = await embedCached('documents', records.map(recordPassage), log);
const passages = await profilePassages(industries, log);
const outsideTexts = await embedCached('outside', OUTSIDE_FIELDS.map(outsideText), log);
await closeModel();
const fit = fitGate({
  industries,
  vectors,
  passages,
  outsideTexts,
  labelled: { codes: industries.map((i) => i.code), gold: goldOf(records, industries), parentOf, dev, heldOut },
  model: VARIANTS[loadConfig(process.env).embedding.variant].modelId,
  textHash: gateTextHash(industries, OUTSIDE_FIELDS),
});
writeGate(fit);
console.log(
  `${GATE_FILE}: C ${fit.c}, outside bias ${fit.outsideBias}; 5-fold CV on dev: macro-F1 ${fit.devCv.macroF1.toFixed(3)}, none-rate ${(100 * fit.devCv.noneRate).toFixed(1)} %`,
);
