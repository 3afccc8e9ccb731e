/*
 * What the language server lints: the charters of each workspace folder, on disk, with the text
 * of the documents open in the editor in place of their files. Everything goes through the one
 * engine (engine/run.ts): a folder's charters are linted together, as `charter lint <folder>`
 * lints them, so the cross-charter findings (hand-offs, dependencies, duplicate team ids) are
 * the same as on the command line. A document outside every workspace folder is linted on its
 * own, with the configuration found from its folder upward.
 *
 * The engine is given file names relative to the current folder, as on the command line (the
 * server starts in, or moves to, the first workspace folder), so messages that name another
 * charter read as `charter lint` prints them; this module speaks absolute paths to the server.
 */
import { statSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { lintInputs, loadEngineConfig, type LintInput } from '../engine/run.js';
import { LintCache } from '../engine/cache.js';
import { expandPaths, looksLikeCharter, readBytes } from '../files.js';
import { decodeCharter } from '../model/decode.js';
import { defaultConfig, ignoredBy, type LintConfig } from '../config/config.js';
import type { Finding } from '../model/types.js';
import { isRecord, records, text as textOf } from '../model/read.js';
import type { TeamEntry } from './complete.js';

/** Settings of the server that change what the engine reports. */
export interface WorkspaceSettings {
  /** Reference date of the date rules (`--as-of`); default: today in UTC, at each lint. */
  asOf?: string;
  /** An explicit configuration file (`--config`), instead of the search from each folder upward. */
  configFile?: string;
}

interface DiskText {
  mtimeMs: number;
  size: number;
  text: string | undefined;
}

interface Group {
  /** The workspace folder, or for a lone document its own folder. */
  dir: string;
  /** Whether `dir` is a workspace folder (its charters on disk take part). */
  folder: boolean;
}

/**
 * The folder file names are relative to: the first workspace folder as the editor gave it. After
 * `chdir`, `process.cwd()` is that folder with symbolic links resolved, and names relative to it
 * would read '../../real/path/x.yaml' for a folder opened through a link.
 */
let nameBase = process.cwd();

/** Sets the folder file names are relative to (the server, after entering the workspace folder). */
export function setNameBase(folder: string): void {
  nameBase = folder;
}

/** The name the engine knows a file by: relative to the workspace folder (a URI that is not a file stays as it is). */
function engineName(path: string): string {
  return isAbsolute(path) ? relative(nameBase, path) || '.' : path;
}

/** The verdict on one open document: its findings, and whether it parses as YAML. */
export interface Verdict {
  findings: Finding[];
  parsed: boolean;
}

/** The verdicts on the open documents of one lint, by file path. */
export type Verdicts = Map<string, Verdict>;

export class Workspace {
  private readonly configs = new Map<string, LintConfig>();
  private readonly listings = new Map<string, string[]>();
  private readonly disk = new Map<string, DiskText>();
  /** What the engine keeps between the lints of each group (by group key): unchanged charters are not read again. */
  private readonly caches = new Map<string, LintCache>();
  /** The team id and role ids of each charter seen in the last lint of its group (for completions). */
  private readonly teamIndex = new Map<string, TeamEntry>();

  constructor(
    private readonly folders: readonly string[],
    public settings: WorkspaceSettings,
    /** Told about problems the user should see (an invalid configuration file). */
    private readonly report: (message: string) => void,
  ) {}

  /** Forget the configurations read: a configuration file changed. */
  configChanged(): void {
    this.configs.clear();
  }

  /** Forget which charter files exist: one was created, deleted or renamed. */
  filesChanged(): void {
    this.listings.clear();
  }

  /** The workspace folder holding `file` (the innermost one), if any. */
  private groupOf(file: string): Group {
    let best: string | undefined;
    for (const f of this.folders) {
      if ((file === f || file.startsWith(f.endsWith(sep) ? f : f + sep)) && (best === undefined || f.length > best.length)) best = f;
    }
    return best !== undefined ? { dir: best, folder: true } : { dir: dirname(file), folder: false };
  }

  private async config(dir: string): Promise<LintConfig> {
    const hit = this.configs.get(dir);
    if (hit) return hit;
    let config: LintConfig;
    try {
      config = await loadEngineConfig(isAbsolute(dir) ? dir : process.cwd(), this.settings.configFile);
    } catch (err) {
      this.report(err instanceof Error ? err.message : String(err));
      config = defaultConfig(dir);
    }
    this.configs.set(dir, config);
    return config;
  }

  /** The charter files below a workspace folder (as `charter lint <folder>` finds them). */
  private async listing(dir: string, config: LintConfig): Promise<string[]> {
    const hit = this.listings.get(dir);
    if (hit) return hit;
    let files: string[];
    try {
      files = (await expandPaths([engineName(dir)], ignoredBy(config, [], dir))).map((f) => resolve(nameBase, f.path));
    } catch (err) {
      this.report(err instanceof Error ? err.message : String(err));
      files = [];
    }
    this.listings.set(dir, files);
    return files;
  }

  /** A file's text as on disk, read again only when its size or time changed; undefined when unreadable or not a charter. */
  private diskText(file: string): string | undefined {
    let st;
    try {
      st = statSync(file);
    } catch {
      this.disk.delete(file);
      return undefined;
    }
    const hit = this.disk.get(file);
    if (hit && hit.mtimeMs === st.mtimeMs && hit.size === st.size) return hit.text;
    let text: string | undefined;
    try {
      text = decodeCharter(readBytes(file), file);
      if (!looksLikeCharter(text)) text = undefined;
    } catch {
      text = undefined;
    }
    this.disk.set(file, { mtimeMs: st.mtimeMs, size: st.size, text });
    return text;
  }

  private index(file: string, data: Record<string, unknown> | undefined): void {
    const team = isRecord(data?.['team']) ? data['team'] : undefined;
    const id = textOf(team?.['id']);
    if (id === undefined) {
      this.teamIndex.delete(file);
      return;
    }
    const roles = records(team?.['roles'])
      .map(({ item }) => textOf(item['id']))
      .filter((r): r is string => r !== undefined);
    this.teamIndex.set(file, { file, name: relative(nameBase, file) || file, team: id, roles });
  }

  /** The charters' teams as last linted (the current folder's files are named relative to it). */
  teams(): TeamEntry[] {
    return [...this.teamIndex.values()];
  }

  /**
   * Lints the groups (workspace folders, lone documents) that hold any of `changed`, with the
   * open documents' text; returns the findings of every open document in those groups.
   */
  async lint(open: ReadonlyMap<string, string>, changed: Iterable<string>): Promise<Verdicts> {
    const groups = new Map<string, Group>();
    for (const file of changed) {
      const g = this.groupOf(file);
      groups.set(g.folder ? g.dir : file, g);
    }
    const out: Verdicts = new Map();
    for (const [key, g] of groups) {
      const members = g.folder ? [...open.keys()].filter((f) => this.groupOf(f).dir === g.dir && this.groupOf(f).folder) : [key];
      for (const f of members) out.set(f, { findings: [], parsed: true });
      const config = await this.config(g.dir);
      const ignored = ignoredBy(config, [], g.dir);
      const inputs: LintInput[] = [];
      const paths = new Map<string, string>();
      const add = (file: string, text: string): void => {
        const name = engineName(file);
        paths.set(name, file);
        inputs.push({ file: name, text, explicit: false });
      };
      const seen = new Set<string>();
      if (g.folder) {
        for (const file of await this.listing(g.dir, config)) {
          seen.add(file);
          const text = open.get(file) ?? this.diskText(file);
          if (text !== undefined) add(file, text);
        }
      }
      for (const file of members) {
        if (seen.has(file) || ignored(file)) continue;
        add(file, open.get(file)!);
      }
      // No lint workers: a keystroke's lint is short, and starting threads for it costs more than it saves.
      let cache = this.caches.get(key);
      if (cache === undefined) this.caches.set(key, (cache = new LintCache()));
      // A lone document that was closed: linted once more (its diagnostics are cleared), not kept.
      if (!g.folder && !open.has(key)) this.caches.delete(key);
      const result = await lintInputs(inputs, { config, keepData: true, concurrency: 'off', cache, ...(this.settings.asOf !== undefined ? { asOf: this.settings.asOf } : {}) });
      for (const f of result.files) {
        const file = paths.get(f.file);
        if (file !== undefined) this.index(file, f.data);
        if (file !== undefined && out.has(file)) out.set(file, { findings: f.findings, parsed: f.parsed });
      }
    }
    return out;
  }
}
