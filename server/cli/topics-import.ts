import { constants } from 'node:fs';
import { access } from 'node:fs/promises';
import type { Command } from 'commander';
import { migrate } from '../../graph/migrations/runner.js';
import { createRepositories } from '../../graph/repositories/index.js';
import type { ColumnMapping, CsvField } from '../../topics/import/csv.js';
import { importLiteratureFile, type ImportReport, type RecognisedFile } from '../../services/document/import.js';
import { LITERATURE_FORMATS, type LiteratureEncoding, type LiteratureFormat } from '../../topics/import/types.js';
import { loadConfig } from '../../lib/config.js';
import { openGraph } from '../runtime.js';
import { topicsCommand } from './topics.js';

const ENCODINGS: LiteratureEncoding[] = ['utf-8', 'utf-8-bom', 'gb18030'];

function parseColumns(value: string): ColumnMapping {
  const mapping: ColumnMapping = {};
  for (const pair of value.split(',')) {
    const [field, header] = pair.split('=').map((part) => part.trim());
    if (!field || !header) throw new Error(`--columns expects field=header pairs separated by commas, got "${pair}"`);
    mapping[field as CsvField] = header;
  }
  return mapping;
}

/** Format, encoding, databases and document types, as one line. */
export function describeRecognised(recognised: RecognisedFile): string {
  const types = recognised.documentTypes.map(({ type, count }) => `${type} ${count}`).join(', ');
  const header = recognised.headerLines ? `; ${recognised.headerLines} header lines skipped` : '';
  const databases = recognised.databases.length ? recognised.databases.join(', ') : 'no database named';
  return `${recognised.format}, ${recognised.encoding}, ${databases}; types: ${types || 'none'}${header}`;
}

/** One report as the librarian reads it: a summary line, then updates, merges, duplicates, rejections and warnings. */
export function formatImportReport(report: ImportReport): string {
  const lines: string[] = [];
  if (report.status === 'FAILED') {
    lines.push(
      `${report.fileName}: REJECTED${report.format ? ` (${report.format}, ${report.encoding})` : ''}: ${report.error?.message ?? 'no usable record'}`,
    );
  } else {
    lines.push(
      `${report.fileName}: ${report.format}, ${report.encoding}${report.database ? `, ${report.database}` : ''}: ` +
        `${report.added.length} added, ${report.merged.length} merged, ${report.duplicates.length} duplicates, ${report.rejected.length} rejected, ` +
        `${report.updated.length} updated, ${report.warnings.length} warnings (batch ${report.batchId})`,
    );
  }
  if (report.recognised) lines.push(`  recognised ${describeRecognised(report.recognised)}`);
  for (const u of report.updated)
    lines.push(`  updated    line ${u.line} (${u.sourceId}) 《${u.title}》 = document ${u.documentId}: ${u.fields.join(', ')}`);
  for (const m of report.merged)
    lines.push(
      `  merged     line ${m.line} (${m.sourceId}) 《${m.title}》 into line ${m.intoLine} by ${m.matchedBy}` +
        (m.fields.length ? `: ${m.fields.join(', ')}` : ': an exact copy'),
    );
  for (const d of report.duplicates) {
    const of = d.duplicateOf.inFile ? `line ${d.duplicateOf.line} of this file` : `document ${d.duplicateOf.documentId}`;
    lines.push(`  duplicate  line ${d.line} (${d.sourceId}) 《${d.title}》 = ${of} 《${d.duplicateOf.title}》 by ${d.matchedBy}`);
  }
  for (const r of report.rejected) lines.push(`  rejected   line ${r.line}: ${r.reason}`);
  for (const w of report.warnings) lines.push(`  warning    line ${w.line}: ${w.message}`);
  return `${lines.join('\n')}\n`;
}

/** The line after several files: what the whole run did. */
export function formatImportTotals(reports: ImportReport[], unreadable: number): string {
  const sum = (pick: (r: ImportReport) => number) => reports.reduce((total, r) => total + pick(r), 0);
  const rejectedFiles = unreadable + reports.filter((r) => r.status === 'FAILED').length;
  return (
    `total: ${reports.length + unreadable} files (${rejectedFiles} rejected): ${sum((r) => r.added.length)} added, ` +
    `${sum((r) => r.merged.length)} merged, ${sum((r) => r.duplicates.length)} duplicates, ${sum((r) => r.rejected.length)} records rejected` +
    (sum((r) => r.updated.length) ? `, ${sum((r) => r.updated.length)} documents updated\n` : '\n')
  );
}

export function registerTopicsImportCommands(program: Command): void {
  topicsCommand(program)
    .command('import')
    .description(
      'import literature export files (RIS, EndNote tagged and XML, NoteFirst XML, RefWorks, NoteExpress, CNKI E-Study/自定义, Wanfang 自定义, GB/T 7714 reference lists, BibTeX, CSV/TSV) as documents; ' +
        'prints a report per file; exits 1 when a file is rejected entirely (rejected records alone do not fail the run)',
    )
    .argument('<files...>', 'export files; format and encoding are detected')
    .option('--database <name>', 'database the files were exported from (CNKI, Wanfang, VIP…), for records that do not say')
    .option('--by <librarian>', 'who imports, kept as provenance')
    .option('--format <format>', `skip detection: ${LITERATURE_FORMATS.join(', ')}`)
    .option('--encoding <encoding>', `skip detection: ${ENCODINGS.join(', ')}`)
    .option('--columns <mapping>', 'CSV/TSV columns, e.g. "title=篇名,abstract=摘要,keywords=关键词"')
    .option('--json', 'print the reports as JSON')
    .action(
      async (
        files: string[],
        options: { database?: string; by?: string; format?: string; encoding?: string; columns?: string; json?: boolean },
      ) => {
        if (options.format && !LITERATURE_FORMATS.includes(options.format as LiteratureFormat)) {
          throw new Error(`--format must be one of ${LITERATURE_FORMATS.join(', ')}`);
        }
        if (options.encoding && !ENCODINGS.includes(options.encoding as LiteratureEncoding)) {
          throw new Error(`--encoding must be one of ${ENCODINGS.join(', ')}`);
        }
        const columns = options.columns ? parseColumns(options.columns) : undefined;
        const cfg = loadConfig();
        const handle = await openGraph(cfg, { onProgress: (line) => process.stderr.write(`${line}\n`) });
        const reports: ImportReport[] = [];
        let unreadableFiles = 0;
        try {
          await migrate(handle.graph);
          const repos = createRepositories(handle.graph);
          for (const file of files) {
            const unreadable = await access(file, constants.R_OK).then(
              () => null,
              (error: NodeJS.ErrnoException) => error.message,
            );
            if (unreadable) {
              process.stdout.write(`${file}: REJECTED: cannot read the file (${unreadable})\n`);
              unreadableFiles += 1;
              continue;
            }
            const report = await importLiteratureFile(
              { graph: handle.graph, importBatches: repos.importBatches, audit: repos.audit },
              file,
              {
                ...(options.database ? { database: options.database } : {}),
                ...(options.by ? { importedBy: options.by } : {}),
                txTimeoutMs: cfg.importTxTimeoutMs,
                ...(options.format ? { format: options.format as LiteratureFormat } : {}),
                ...(options.encoding ? { encoding: options.encoding as LiteratureEncoding } : {}),
                ...(columns ? { columns } : {}),
              },
            );
            reports.push(report);
            if (!options.json) process.stdout.write(formatImportReport(report));
          }
        } finally {
          await handle.close();
        }
        if (options.json) process.stdout.write(`${JSON.stringify(reports, null, 2)}\n`);
        else if (files.length > 1) process.stdout.write(formatImportTotals(reports, unreadableFiles));
        if (unreadableFiles > 0 || reports.some((report) => report.status === 'FAILED')) process.exitCode = 1;
      },
    );
}
