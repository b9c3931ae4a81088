import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type { ModelVariant } from '../catalog.js';

/**
 * The independent reference run: langchain4j's BgeSmallZhV15EmbeddingModel (ONNX Runtime
 * for Java, DJL's Rust tokenizer, CLS pooling, L2 norm) from the same Maven Central jar.
 * Maven resolves the jars once and javac compiles ReferenceEmbeddings.java once, cached
 * under `cacheDir` by the hash of pom.xml and the source. Used by tests and benchmarks.
 */

const HERE = import.meta.dirname;
const POM = path.join(HERE, 'pom.xml');
const SOURCE = path.join(HERE, 'src/main/java/cn/jiaxing/hechuang/topics/ReferenceEmbeddings.java');
const MAIN = 'cn.jiaxing.hechuang.topics.ReferenceEmbeddings';

async function classPath(cacheDir: string, tools: { mvn: string; javac: string }): Promise<string> {
  const hash = createHash('sha256').update(readFileSync(POM)).update(readFileSync(SOURCE)).digest('hex').slice(0, 16);
  const dir = path.join(cacheDir, 'embedding-reference', hash);
  const jarsFile = path.join(dir, 'classpath.txt');
  if (existsSync(jarsFile)) return `${path.join(dir, 'classes')}${path.delimiter}${await readFile(jarsFile, 'utf8')}`;
  const staging = `${dir}.staging-${process.pid}`;
  await mkdir(staging, { recursive: true });
  try {
    execFileSync(
      tools.mvn,
      ['-q', '-B', '-f', POM, 'dependency:build-classpath', `-Dmdep.outputFile=${path.join(staging, 'classpath.txt')}`],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const jars = (await readFile(path.join(staging, 'classpath.txt'), 'utf8')).trim();
    execFileSync(tools.javac, ['-encoding', 'UTF-8', '-cp', jars, '-d', path.join(staging, 'classes'), SOURCE], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    await rm(dir, { recursive: true, force: true });
    await rename(staging, dir);
    return `${path.join(dir, 'classes')}${path.delimiter}${jars}`;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/** Embeds single-line texts with the Java reference; one vector per text, in order. */
export async function referenceEmbeddings(
  texts: readonly string[],
  variant: ModelVariant,
  options: { cacheDir: string; java?: string; javac?: string; mvn?: string },
): Promise<Float32Array[]> {
  if (texts.some((text) => /[\r\n]/.test(text))) throw new Error('reference texts must be single lines');
  const cp = await classPath(options.cacheDir, { mvn: options.mvn ?? 'mvn', javac: options.javac ?? 'javac' });
  const child = spawn(options.java ?? 'java', ['-cp', cp, MAIN, variant], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += String(chunk)));
  child.stderr.on('data', (chunk) => (stderr += String(chunk)));
  child.stdin.end(`${texts.join('\n')}\n`);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  if (code !== 0) throw new Error(`the Java reference failed (${code}): ${stderr.trim().split('\n').slice(-3).join(' ')}`);
  return stdout
    .trim()
    .split('\n')
    .map((line) => Float32Array.from(line.split(',').map(Number)));
}
