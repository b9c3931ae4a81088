import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { resolveProjectRoot } from '../../lib/config.js';
import type { FilingGate } from '../../topics/filing/gate.js';

/** The filing gate bench:industry fitted (data/industries/filing-gate.json), validated; null when the file is absent. */

const GateSchema = z.object({
  model: z.string().min(1),
  textHash: z.string().min(1),
  industries: z.array(z.string().min(1)),
  outsideFields: z.number().int().min(0),
  mean: z.array(z.number()),
  scale: z.array(z.number().positive()),
  classes: z.array(z.string().min(1).nullable()).min(2),
  weights: z.array(z.array(z.number())),
  intercepts: z.array(z.number()),
  outsideBias: z.number(),
});

export const gateFile = (projectRoot: string) => path.join(projectRoot, 'data', 'industries', 'filing-gate.json');

export async function readFilingGate(file: string): Promise<FilingGate | null> {
  if (!existsSync(file)) return null;
  const gate = GateSchema.parse(JSON.parse(await readFile(file, 'utf8')));
  const features = gate.industries.length + gate.outsideFields;
  const consistent =
    gate.mean.length === features &&
    gate.scale.length === features &&
    gate.weights.length === gate.classes.length &&
    gate.intercepts.length === gate.classes.length &&
    gate.weights.every((w) => w.length === features);
  if (!consistent) throw new Error(`${file}: the gate's shapes do not agree`);
  return gate;
}

let shipped: Promise<FilingGate | null> | undefined;
/** The gate shipped with the project, read once. */
export function shippedFilingGate(): Promise<FilingGate | null> {
  shipped ??= readFilingGate(gateFile(resolveProjectRoot()));
  return shipped;
}
