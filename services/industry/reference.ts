import { watch, type FSWatcher } from 'node:fs';
import type { Repositories } from '../../graph/repositories/index.js';
import type { IndustryRecord } from '../../domain/industry/types.js';
import type { RegionLevel, RegionRecord } from '../../domain/region/types.js';
import type { LibraryRecord } from '../../domain/account/types.js';

/**
 * Reference data: the industries and regions of the taxonomy file and the member libraries.
 * They change only when their files change, so a running service reads them from memory
 * (`ReferenceData`); without it (tests, the CLI) the same reads go to the graph
 * (`graphReference`). Both answer exactly what the repositories answer.
 */
export interface ReferenceReads {
  industriesByCodes(codes: readonly string[]): Promise<(IndustryRecord | null)[]>;
  industryChildren(codes: readonly string[]): Promise<IndustryRecord[][]>;
  industryRegions(codes: readonly string[]): Promise<RegionRecord[][]>;
  industries(filter: { parentCode: string | null; regionCode: string | null }): Promise<IndustryRecord[]>;
  regionsByCodes(codes: readonly string[]): Promise<(RegionRecord | null)[]>;
  regionChildren(codes: readonly string[]): Promise<RegionRecord[][]>;
  regions(level: RegionLevel | null): Promise<RegionRecord[]>;
  /** A region by its code or its Chinese name (with or without 市/区/县/省). */
  findRegion(codeOrName: string): Promise<RegionRecord | null>;
  libraries(): Promise<LibraryRecord[]>;
  librariesByIds(ids: readonly string[]): Promise<(LibraryRecord | null)[]>;
}

export function graphReference(repos: Repositories): ReferenceReads {
  return {
    industriesByCodes: (codes) => repos.industries.byCodes(codes),
    industryChildren: (codes) => repos.industries.childrenOf(codes),
    industryRegions: (codes) => repos.industries.regionsOf(codes),
    industries: (filter) => repos.industries.list(filter),
    regionsByCodes: (codes) => repos.regions.byCodes(codes),
    regionChildren: (codes) => repos.regions.childrenOf(codes),
    regions: (level) => repos.regions.list(level),
    findRegion: (codeOrName) => repos.regions.find(codeOrName),
    libraries: () => repos.libraries.list(),
    librariesByIds: (ids) => repos.libraries.byIds(ids),
  };
}

interface Snapshot {
  industries: Map<string, { industry: IndustryRecord; retired: boolean; regions: RegionRecord[] }>;
  /** Live industries by parent code, ordered by code. */
  industryChildren: Map<string, IndustryRecord[]>;
  regions: RegionRecord[];
  regionByCode: Map<string, RegionRecord>;
  regionChildren: Map<string, RegionRecord[]>;
  libraries: LibraryRecord[];
  libraryById: Map<string, LibraryRecord>;
}

const byCode = (a: { code: string }, b: { code: string }) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

function groupByParent<T extends { code: string; parentCode: string | null }>(items: T[], known: (code: string) => boolean) {
  const groups = new Map<string, T[]>();
  for (const item of [...items].sort(byCode)) {
    if (!item.parentCode || !known(item.parentCode)) continue;
    const list = groups.get(item.parentCode) ?? [];
    list.push(item);
    groups.set(item.parentCode, list);
  }
  return groups;
}

/** The reference data held in memory: loaded at start (three queries), reloaded when a source file changes. */
export class ReferenceData implements ReferenceReads {
  private snapshot: Snapshot | undefined;
  private watchers: FSWatcher[] = [];
  private readonly listeners: (() => void)[] = [];

  constructor(private readonly repos: Repositories) {}

  async load(): Promise<void> {
    const [industries, regions, libraries] = await Promise.all([
      this.repos.industries.everything(),
      this.repos.regions.list(null),
      this.repos.libraries.list(),
    ]);
    const industryMap = new Map(industries.map((entry) => [entry.industry.code, entry]));
    const live = industries.filter((entry) => !entry.retired).map((entry) => entry.industry);
    const regionByCode = new Map(regions.map((r) => [r.code, r]));
    this.snapshot = {
      industries: industryMap,
      industryChildren: groupByParent(live, (code) => industryMap.has(code)),
      regions,
      regionByCode,
      regionChildren: groupByParent(regions, (code) => regionByCode.has(code)),
      libraries,
      libraryById: new Map(libraries.map((l) => [l.id, l])),
    };
    for (const listener of this.listeners) listener();
  }

  /** Called after every reload (the response cache drops what it built on the old data). */
  onReload(listener: () => void): void {
    this.listeners.push(listener);
  }

  /**
   * Watches the source files: a change is written to the graph by `reseed` (the taxonomy and
   * library loaders, which skip unchanged content), then read back into memory.
   */
  watch(files: string[], reseed: () => Promise<void>, onError: (error: unknown) => void): void {
    let timer: NodeJS.Timeout | undefined;
    let running = Promise.resolve();
    const reload = () => {
      running = running.then(() => reseed().then(() => this.load())).catch(onError);
    };
    for (const file of files) {
      this.watchers.push(
        watch(file, { persistent: false }, () => {
          clearTimeout(timer);
          timer = setTimeout(reload, 200);
        }),
      );
    }
  }

  close(): void {
    for (const watcher of this.watchers) watcher.close();
    this.watchers = [];
  }

  private get data(): Snapshot {
    if (!this.snapshot) throw new Error('reference data read before load()');
    return this.snapshot;
  }

  industriesByCodes(codes: readonly string[]) {
    return Promise.resolve(codes.map((code) => this.data.industries.get(code)?.industry ?? null));
  }

  industryChildren(codes: readonly string[]) {
    return Promise.resolve(codes.map((code) => this.data.industryChildren.get(code) ?? []));
  }

  industryRegions(codes: readonly string[]) {
    return Promise.resolve(codes.map((code) => this.data.industries.get(code)?.regions ?? []));
  }

  industries(filter: { parentCode: string | null; regionCode: string | null }) {
    const list = [...this.data.industries.values()]
      .filter(
        (entry) =>
          !entry.retired &&
          (filter.parentCode === null || entry.industry.parentCode === filter.parentCode) &&
          (filter.regionCode === null || entry.regions.some((r) => r.code === filter.regionCode)),
      )
      .map((entry) => entry.industry);
    return Promise.resolve(list);
  }

  regionsByCodes(codes: readonly string[]) {
    return Promise.resolve(codes.map((code) => this.data.regionByCode.get(code) ?? null));
  }

  regionChildren(codes: readonly string[]) {
    return Promise.resolve(codes.map((code) => this.data.regionChildren.get(code) ?? []));
  }

  regions(level: RegionLevel | null) {
    return Promise.resolve(level === null ? [...this.data.regions] : this.data.regions.filter((r) => r.level === level));
  }

  findRegion(key: string) {
    const names = new Set([key, `${key}市`, `${key}区`, `${key}县`, `${key}省`]);
    const found = this.data.regions.filter((r) => r.code === key || names.has(r.name)).sort((a, b) => a.name.length - b.name.length);
    return Promise.resolve(found[0] ?? null);
  }

  libraries() {
    return Promise.resolve([...this.data.libraries]);
  }

  librariesByIds(ids: readonly string[]) {
    return Promise.resolve(ids.map((id) => this.data.libraryById.get(id) ?? null));
  }
}
