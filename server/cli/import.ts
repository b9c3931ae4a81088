import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { parse } from 'csv-parse/sync';
import type { EntityType } from '../../graph/repositories/curation.js';
import { createRepositories } from '../../graph/repositories/index.js';
import { CLI_ACTOR } from '../auth/policy.js';
import { loadConfig } from '../config.js';
import { openGraph, prepareGraph } from '../runtime.js';
import { checkHeader, ImportFileError, importRows } from '../services/import.js';

/** `hechuang import <file.csv> --type person|organization|project`: bulk import with a per-row report. */

const TYPES: Record<string, EntityType> = { person: 'Person', organization: 'Organization', project: 'Project' };

export function readCsv(text: string): { header: string[]; rows: Record<string, string>[] } {
  let records: string[][];
  try {
    records = parse(text, { bom: true, skip_empty_lines: true, relax_column_count: false, trim: true }) as string[][];
  } catch (error) {
    throw new ImportFileError(`not a valid CSV file: ${(error as Error).message}`);
  }
  const [header, ...body] = records;
  if (!header) throw new ImportFileError('the file is empty');
  return { header, rows: body.map((cells) => Object.fromEntries(header.map((column, i) => [column, cells[i] ?? '']))) };
}

export function registerImportCommands(program: Command, progress: (line: string) => void): void {
  program
    .command('import')
    .description('import people, organisations or projects from a UTF-8 CSV file with a header row; prints one line per row')
    .argument('<file>', 'CSV file')
    .requiredOption('--type <type>', 'person, organization or project')
    .action(async (file: string, options: { type: string }) => {
      const type = TYPES[options.type.toLowerCase()];
      if (!type) throw new ImportFileError(`--type must be person, organization or project, not ${JSON.stringify(options.type)}`);
      let text: string;
      try {
        text = await readFile(file, 'utf8');
      } catch (error) {
        throw new ImportFileError(`cannot read ${file}: ${(error as Error).message}`);
      }
      const { header, rows } = readCsv(text);
      checkHeader(type, header);
      const config = loadConfig();
      const handle = await openGraph(config, { onProgress: progress });
      try {
        await prepareGraph(handle.graph, config);
        const report = await importRows(createRepositories(handle.graph), CLI_ACTOR, type, rows, file);
        for (const row of report) process.stdout.write(`line ${row.line}\t${row.status}\t${row.id ?? ''}\t${row.message ?? ''}\n`);
        const count = (status: string) => report.filter((r) => r.status === status).length;
        progress(`${count('CREATED')} created, ${count('SKIPPED')} skipped (already there), ${count('FAILED')} failed of ${report.length} rows`);
        if (count('FAILED') > 0) process.exitCode = 2;
      } finally {
        await handle.close();
      }
    });
}
