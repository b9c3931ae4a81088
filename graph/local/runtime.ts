import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { LocalNeo4jError } from './errors.js';

/**
 * Resolves the launcher's Java runtime once: Maven downloads Neo4j's jars (into the
 * user's Maven repository) and writes the class path; javac compiles the launcher class.
 * Both land in a cache directory keyed by the hash of pom.xml and the Java source, so a
 * change to either resolves again and a second start costs nothing.
 */

export const MAIN_CLASS = 'cn.jiaxing.hechuang.LocalNeo4j';
const MIN_JAVA = 17;

export interface JavaTools {
  java: string;
  javac: string;
  mvn: string;
}

export interface LauncherRuntime {
  java: string;
  classPath: string;
}

export function javaTools(javaHome: string | undefined): JavaTools {
  const bin = (name: string) => (javaHome ? path.join(javaHome, 'bin', name) : name);
  return { java: bin('java'), javac: bin('javac'), mvn: 'mvn' };
}

function checkJava(java: string): number {
  const probe = spawnSync(java, ['-version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    throw new LocalNeo4jError(
      'java_missing',
      `Java ${MIN_JAVA}+ is needed to run the local Neo4j, but "${java}" could not be run; install a JDK ${MIN_JAVA}+ (or set JAVA_HOME), or set NEO4J_URI to use an existing Neo4j server`,
    );
  }
  const match = /version "(\d+)(?:\.(\d+))?/.exec(probe.stderr + probe.stdout);
  const major = match ? Number(match[1] === '1' ? match[2] : match[1]) : 0;
  if (major < MIN_JAVA) {
    throw new LocalNeo4jError(
      'java_too_old',
      `Java ${MIN_JAVA}+ is needed to run the local Neo4j, found Java ${major || 'of unknown version'} at "${java}"`,
    );
  }
  return major;
}

const launcherFiles = (launcherDir: string) => ({
  pom: path.join(launcherDir, 'pom.xml'),
  source: path.join(launcherDir, 'src/main/java/cn/jiaxing/hechuang/LocalNeo4j.java'),
});

async function launcherHash(launcherDir: string): Promise<string> {
  const { pom, source } = launcherFiles(launcherDir);
  const hash = createHash('sha256');
  hash.update(await readFile(pom));
  hash.update(await readFile(source));
  return hash.digest('hex').slice(0, 16);
}

export interface ResolveOptions {
  /** graph/local in the project: pom.xml and the launcher's source. */
  launcherDir: string;
  cacheDir: string;
  tools: JavaTools;
  onProgress: (line: string) => void;
}

export async function resolveRuntime({ launcherDir, cacheDir, tools, onProgress }: ResolveOptions): Promise<LauncherRuntime> {
  checkJava(tools.java);
  const { pom, source } = launcherFiles(launcherDir);
  const dir = path.join(cacheDir, 'neo4j-launcher', await launcherHash(launcherDir));
  const classPathFile = path.join(dir, 'classpath.txt');
  const classesDir = path.join(dir, 'classes');
  if (existsSync(classPathFile) && existsSync(classesDir)) {
    const jars = (await readFile(classPathFile, 'utf8')).trim();
    if (jars.split(path.delimiter).every((jar) => existsSync(jar))) {
      return { java: tools.java, classPath: [classesDir, jars].join(path.delimiter) };
    }
  }

  const staging = `${dir}.staging-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  try {
    onProgress('Resolving Neo4j 5.26 jars with Maven (first start only; about 145 MB)…');
    await runMaven(
      tools.mvn,
      ['-B', '-f', pom, 'dependency:build-classpath', `-Dmdep.outputFile=${path.join(staging, 'classpath.txt')}`],
      onProgress,
    );
    const jars = (await readFile(path.join(staging, 'classpath.txt'), 'utf8')).trim();
    onProgress('Compiling the Neo4j launcher…');
    const compiled = spawnSync(tools.javac, ['-encoding', 'UTF-8', '-cp', jars, '-d', path.join(staging, 'classes'), source], {
      encoding: 'utf8',
    });
    if (compiled.error || compiled.status !== 0) {
      throw new LocalNeo4jError(
        'resolve_failed',
        `javac could not compile the Neo4j launcher: ${(compiled.stderr || String(compiled.error)).trim().split('\n')[0]}`,
      );
    }
    await rm(dir, { recursive: true, force: true });
    await rename(staging, dir);
    await writeFile(path.join(dir, 'resolved-at.txt'), new Date().toISOString());
    return { java: tools.java, classPath: [classesDir, jars].join(path.delimiter) };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

function runMaven(mvn: string, args: string[], onProgress: (line: string) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(mvn, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let downloaded = 0;
    const tail: string[] = [];
    const onLine = (line: string) => {
      tail.push(line);
      if (tail.length > 20) tail.shift();
      const download = /Downloaded from \S+: (\S+)/.exec(line);
      if (download?.[1]?.endsWith('.jar')) {
        downloaded += 1;
        onProgress(`  downloaded ${path.basename(download[1])} (${downloaded} jars)`);
      }
    };
    let buffer = '';
    const onData = (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      lines.forEach(onLine);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', (error: NodeJS.ErrnoException) => {
      reject(
        new LocalNeo4jError(
          'maven_missing',
          error.code === 'ENOENT'
            ? 'Maven (mvn) is needed once to fetch the local Neo4j jars from Maven Central; install Maven, or set NEO4J_URI to use an existing Neo4j server'
            : `Maven could not be started: ${error.message}`,
        ),
      );
    });
    child.on('close', (code) => {
      if (code === 0) return resolve();
      const reason = tail.find((line) => line.includes('[ERROR]')) ?? tail.at(-1) ?? `exit code ${code}`;
      reject(new LocalNeo4jError('resolve_failed', `Maven could not resolve the Neo4j jars: ${reason.replace('[ERROR] ', '')}`));
    });
  });
}
