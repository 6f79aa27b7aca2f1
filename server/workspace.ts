// What the server knows of the workspace: open documents (current text) and matching files on
// disk, so cross-file rules see the Expressway settings while the user edits jabber-config.xml.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { UcConfigSettings } from '../shared/settings';
import { contentKind, documentKind, kindOfDocument, SNIFFED_EXTENSIONS } from './services/documentKind';
import type { DocumentKind, WorkspaceView } from './services/types';
import type { Steps } from './core/steps';

const SKIP_DIRS = new Set(['node_modules', '.git', 'dist', 'out', '.vscode-test']);
/** Bounds so a huge workspace never stalls start-up. */
const MAX_ENTRIES = 20000;
const MAX_FILE_BYTES = 5 * 1024 * 1024;
/** Text kept from disk in all: 200 MB of files would hold the server's memory past its bound. */
const MAX_TOTAL_BYTES = 100 * 1024 * 1024;

const SNIFF_BYTES = 65_536;

/** The first SNIFF_BYTES of a file as text. */
function readHead(file: string): string {
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.alloc(SNIFF_BYTES);
    return buf.subarray(0, fs.readSync(fd, buf, 0, SNIFF_BYTES, 0)).toString('utf8');
  } finally {
    fs.closeSync(fd);
  }
}

export class Workspace implements WorkspaceView {
  private onDisk = new Map<string, TextDocument>();
  private folders: string[] = [];
  /** The disk work queued (scans, files changed), one after another, each read a file a step. */
  private busy: Promise<unknown> = Promise.resolve();
  private queued = 0;
  /** The scan queued and not started yet. */
  private next?: Promise<number>;
  constructor(
    private open: () => TextDocument[],
    private settings: () => UcConfigSettings,
    /** Runs steps between requests (handlers/parsing.ts#inSteps, in turns with the other background work). */
    private run: (steps: Steps<unknown>) => Promise<void>,
  ) {}

  documents(kind: DocumentKind): TextDocument[] {
    const s = this.settings();
    const byUri = new Map<string, TextDocument>();
    for (const d of this.onDisk.values()) byUri.set(d.uri, d);
    for (const d of this.open()) byUri.set(d.uri, d);
    return [...byUri.values()].filter((d) => kindOfDocument(d, s) === kind);
  }

  /** Resolves when the disk work queued so far is done; undefined when there is none. */
  ready(): Promise<unknown> | undefined {
    return this.queued ? this.busy : undefined;
  }

  /** Queues steps that read the disk after those queued before; resolves with their result (never rejects). */
  private queue<T>(steps: () => Steps<T>): Promise<T> {
    let out!: T;
    this.queued++;
    const p = this.busy
      .then(() =>
        this.run(
          (function* () {
            out = yield* steps();
          })(),
        ),
      )
      .then(
        () => out,
        () => out,
      )
      .finally(() => this.queued--);
    return (this.busy = p);
  }

  /** When each file held was read (its size and change times then). */
  private stamps = new WeakMap<TextDocument, string>();

  /**
   * The file as a document: the one held, with its parses, when the file is unchanged since it was read
   * (same size and change times: a rescan after each closed editor does not read the folder again).
   */
  private read(uri: string, file: string, st: fs.Stats): TextDocument {
    const stamp = `${st.size}:${st.mtimeMs}:${st.ctimeMs}`;
    const old = this.onDisk.get(uri);
    if (old && this.stamps.get(old) === stamp) return old;
    const doc = TextDocument.create(uri, '', 0, fs.readFileSync(file, 'utf8'));
    this.stamps.set(doc, stamp);
    return doc;
  }

  /**
   * Reads matching files below the folders (bounded), a directory entry a step: read at once, 50
   * jabber-configs of 1 MB held the event loop 70 ms (at start, on every settings change and every
   * workspace request). Resolves with how many were found; until then the previous view stays.
   */
  scan(folders: string[]): Promise<number> {
    this.folders = folders;
    return (this.next ??= this.queue(() => ((this.next = undefined), this.scanSteps())));
  }

  private *scanSteps(): Steps<number> {
    const s = this.settings();
    const next = new Map<string, TextDocument>();
    let seen = 0;
    let bytes = 0;
    const dirs = this.folders.map((dir) => ({ dir, depth: 0 }));
    for (let d; seen <= MAX_ENTRIES && (d = dirs.pop());) {
      let entries: fs.Dirent[] = [];
      try {
        entries = fs.readdirSync(d.dir, { withFileTypes: true });
      } catch {
        /* unreadable folders are simply not part of the view */
      }
      for (const e of entries) {
        if (++seen > MAX_ENTRIES) break;
        yield;
        const full = path.join(d.dir, e.name);
        if (e.isDirectory()) {
          if (!SKIP_DIRS.has(e.name) && d.depth < 8) dirs.push({ dir: full, depth: d.depth + 1 });
        } else if (e.isFile()) {
          const uri = pathToFileURL(full).toString();
          // Expressway artifacts are recognised by content: of a text file no pattern names, only the
          // first 64 KB are read to decide, and the whole file only when it is one.
          const byPath = documentKind(uri, s);
          if (!byPath && !SNIFFED_EXTENSIONS.test(full)) continue;
          try {
            const st = fs.statSync(full);
            const size = st.size;
            if (size > MAX_FILE_BYTES || bytes + size > MAX_TOTAL_BYTES || (!byPath && !contentKind(uri, readHead(full)))) continue;
            next.set(uri, this.read(uri, full, st));
            bytes += size;
          } catch {
            /* unreadable files are simply not part of the view */
          }
        }
      }
    }
    this.onDisk = next;
    return next.size;
  }

  /**
   * Reads the folders of the last scan again: files created, changed or deleted on disk since
   * (workspace/didChangeWatchedFiles, or a document the editor closed), so cross-file rules never fall
   * back to an old copy. A rescan not yet started serves every change that comes meanwhile (a storm of
   * 50 changed files of 1 MB, each read again at once, held the event loop 85 ms).
   */
  rescan(): Promise<number> {
    return this.scan(this.folders);
  }
}
