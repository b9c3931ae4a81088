import path from 'node:path';
import type { Command } from 'commander';
import { loadConfig } from '../../lib/config.js';
import { openGraph } from '../runtime.js';
import { restoreBackup, writeBackup } from '../../services/backup/backup.js';

/** `hechuang backup [file]` and `hechuang restore <file>`: the whole graph in one file and back. */

const defaultFile = () => `hechuang-backup-${new Date().toISOString().replace(/[:.]/g, '-')}.jsonl.gz`;

export function registerBackupCommands(program: Command, progress: (line: string) => void): void {
  program
    .command('backup [file]')
    .description('write every node and relationship and the schema version to one file (gzipped JSON lines)')
    .action(async (file: string | undefined) => {
      const config = loadConfig();
      const handle = await openGraph(config, { onProgress: progress });
      try {
        const summary = await writeBackup(handle.graph, path.resolve(file ?? defaultFile()));
        progress(
          `backup written to ${summary.file}: ${summary.nodes} nodes, ${summary.relationships} relationships, schema version ${summary.schemaVersion}, checksum ${summary.checksum.slice(0, 16)}`,
        );
      } finally {
        await handle.close();
      }
    });

  program
    .command('restore <file>')
    .description('load a backup into an empty graph (refused for a non-empty graph or a newer schema), then check it')
    .action(async (file: string) => {
      const config = loadConfig();
      const handle = await openGraph(config, { onProgress: progress });
      try {
        const summary = await restoreBackup(handle.graph, path.resolve(file));
        progress(
          `restored ${summary.nodes} nodes and ${summary.relationships} relationships from ${summary.file} (schema version ${summary.schemaVersion}, taken ${summary.createdAt}); checksum verified`,
        );
      } finally {
        await handle.close();
      }
    });
}
