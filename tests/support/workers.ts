/**
 * How many integration files run at once. Each worker gets a Neo4j of its own (started by
 * global-setup), so files that reset the graph never see each other's data.
 * `HECHUANG_TEST_WORKERS=1` runs them one after another on one instance.
 */
export function integrationWorkers(): number {
  const raw = process.env.HECHUANG_TEST_WORKERS;
  if (raw === undefined || raw === '') return 2;
  const workers = Number(raw);
  if (!Number.isInteger(workers) || workers < 1) throw new Error(`HECHUANG_TEST_WORKERS must be a whole number ≥ 1, got "${raw}"`);
  return workers;
}
