import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { createRepositories } from '../../graph/repositories/index.js';
import { CLI_ACTOR } from '../../domain/account/access.js';
import { loadConfig } from '../../lib/config.js';
import { openGraph, prepareGraph } from '../runtime.js';
import { ImportFileError, importFile, readImportFile, type FileImportReport } from '../../services/entity/bulk-import.js';
import type { ImportKind } from '../../services/entity/import-columns.js';

/** `hechuang import <file> --type person|organization|project|link [--sheet name]`: bulk import with a per-row report. */

const KINDS: Record<string, ImportKind> = { person: 'Person', organization: 'Organization', project: 'Project', link: 'Link' };

export function summarise(report: FileImportReport): string {
  const count = (status: string) => report.rows.filter((r) => r.status === status).length;
  const done = report.rows.some((r) => r.status === 'LINKED') ? `${count('LINKED')} linked` : `${count('CREATED')} created`;
  return `${done}, ${count('SKIPPED')} skipped (already there), ${count('FAILED')} failed of ${report.rows.length} rows`;
}

export function registerImportCommands(program: Command, progress: (line: string) => void): void {
  program
    .command('import')
    .description(
      'import people, organisations, projects or links from a CSV (UTF-8 or GBK) or .xlsx file with a header row; prints one line per row',
    )
    .argument('<file>', 'CSV or .xlsx file')
    .requiredOption('--type <type>', 'person, organization, project or link')
    .option('--sheet <name>', 'the sheet of an .xlsx workbook (default: the first)')
    .action(async (file: string, options: { type: string; sheet?: string }) => {
      const kind = KINDS[options.type.toLowerCase()];
      if (!kind) throw new ImportFileError(`--type must be person, organization, project or link, not ${JSON.stringify(options.type)}`);
      let bytes: Buffer;
      try {
        bytes = await readFile(file);
      } catch (error) {
        throw new ImportFileError(`cannot read ${file}: ${(error as Error).message}`);
      }
      const input = { bytes, filename: file, sheet: options.sheet ?? null };
      // Refuse a bad file before starting anything.
      await readImportFile(kind, input);
      const config = loadConfig();
      const handle = await openGraph(config, { onProgress: progress });
      try {
        await prepareGraph(handle.graph, config);
        const report = await importFile(createRepositories(handle.graph), CLI_ACTOR, kind, input);
        for (const row of report.rows) process.stdout.write(`line ${row.line}\t${row.status}\t${row.id ?? ''}\t${row.message ?? ''}\n`);
        progress(summarise(report));
        if (report.rows.some((r) => r.status === 'FAILED')) process.exitCode = 2;
      } finally {
        await handle.close();
      }
    });
}
