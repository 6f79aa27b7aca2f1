// What the server knows of the workspace: open documents (current text) and matching files on
// disk, so cross-file rules see the Expressway settings while the user edits jabber-config.xml.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { UcConfigSettings } from '../shared/settings';
import { contentKind, documentKind, kindOfDocument, SNIFFED_EXTENSIONS } from './services/documentKind';
import type { DocumentKind, WorkspaceView } from './services/types';

const SKIP_DIRS = new Set(['node_modules', '.git', 'dist', 'out', '.vscode-test']);
/** Bounds so a huge workspace never stalls start-up. */
const MAX_ENTRIES = 20000;
const MAX_FILE_BYTES = 5 * 1024 * 1024;

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
  constructor(
    private open: () => TextDocument[],
    private settings: () => UcConfigSettings,
  ) {}

  documents(kind: DocumentKind): TextDocument[] {
    const s = this.settings();
    const byUri = new Map<string, TextDocument>();
    for (const d of this.onDisk.values()) byUri.set(d.uri, d);
    for (const d of this.open()) byUri.set(d.uri, d);
    return [...byUri.values()].filter((d) => kindOfDocument(d, s) === kind);
  }

  /** Reads matching files below the folders (bounded); returns how many were found. */
  scan(folders: string[]): number {
    this.folders = folders;
    const s = this.settings();
    let seen = 0;
    this.onDisk.clear();
    const visit = (dir: string, depth: number) => {
      if (depth > 8 || seen > MAX_ENTRIES) return;
      let entries: fs.Dirent[];
      try {
        entries = fs.readdirSync(dir, { withFileTypes: true });
      } catch {
        return;
      }
      for (const e of entries) {
        if (++seen > MAX_ENTRIES) return;
        const full = path.join(dir, e.name);
        if (e.isDirectory()) {
          if (!SKIP_DIRS.has(e.name)) visit(full, depth + 1);
        } else if (e.isFile()) {
          const uri = pathToFileURL(full).toString();
          // Expressway artifacts are recognised by content: of a text file no pattern names, only the
          // first 64 KB are read to decide, and the whole file only when it is one.
          const byPath = documentKind(uri, s);
          if (!byPath && !SNIFFED_EXTENSIONS.test(full)) continue;
          try {
            if (fs.statSync(full).size > MAX_FILE_BYTES) continue;
            if (!byPath && !contentKind(uri, readHead(full))) continue;
            this.onDisk.set(uri, TextDocument.create(uri, '', 0, fs.readFileSync(full, 'utf8')));
          } catch {
            /* unreadable files are simply not part of the view */
          }
        }
      }
    };
    for (const f of folders) visit(f, 0);
    return this.onDisk.size;
  }

  /**
   * A file on disk was created, changed or deleted (workspace/didChangeWatchedFiles, or a document the
   * editor closed): re-read it, or forget it, so cross-file rules never fall back to an old copy.
   * Returns whether the view changed for a file of ours.
   */
  fileChanged(uri: string, deleted = false): boolean {
    const had = this.onDisk.delete(uri);
    if (deleted || !documentKind(uri, this.settings())) return had;
    let file: string;
    try {
      file = fileURLToPath(uri);
    } catch {
      return had;
    }
    // Only files below the scanned folders join the view, as the start-up scan would have found them.
    if (this.folders.length && !this.folders.some((f) => !path.relative(f, file).startsWith('..'))) return had;
    try {
      const st = fs.statSync(file);
      if (!st.isFile() || st.size > MAX_FILE_BYTES) return had;
      this.onDisk.set(uri, TextDocument.create(uri, '', 0, fs.readFileSync(file, 'utf8')));
      return true;
    } catch {
      return had; // gone or unreadable: no longer part of the view
    }
  }

  /** Reads the folders of the last scan again (files created or changed on disk since). */
  rescan(): number {
    return this.scan(this.folders);
  }
}
