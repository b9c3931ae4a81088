import { readFileSync } from 'node:fs';
import path from 'node:path';

export function readServiceVersion(projectRoot: string): string {
  const pkg = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}
