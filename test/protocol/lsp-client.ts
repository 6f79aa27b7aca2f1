// A minimal LSP client for protocol tests: spawns `node dist/server.js --stdio` exactly as Neovim,
// Emacs or Helix would, frames JSON-RPC by hand, answers workspace/configuration, and waits for
// notifications by polling a condition (never a fixed sleep).
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import * as path from 'node:path';
import { readFileSync } from 'node:fs';

type Json = Record<string, unknown>;

export class LspClient {
  private proc: ChildProcessWithoutNullStreams;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  readonly notifications: { method: string; params: Json }[] = [];
  /** The requests the server sent (client/registerCapability, workspace/codeLens/refresh, …). */
  readonly serverRequests: { method: string; params: Json }[] = [];
  stderr = '';
  /** Settings per resource (workspace/configuration items with a scopeUri), as a multi-root workspace has them. */
  settingsFor?: (scopeUri: string | undefined) => Json | undefined;

  constructor(
    public settings: Json = {},
    serverPath = path.resolve(__dirname, '../../dist/server.js'),
    /** Options for node itself, before the server's path (`--heapsnapshot-signal=…`). */
    nodeOptions: string[] = [],
  ) {
    this.proc = spawn(process.execPath, [...nodeOptions, serverPath, '--stdio'], { stdio: 'pipe' });
    this.proc.stdout.on('data', (chunk: Buffer) => this.onData(chunk));
    this.proc.stderr.on('data', (c: Buffer) => (this.stderr += c.toString()));
  }

  /** The server process's resident memory in MB (Linux), read from /proc. */
  rssMB(): number | undefined {
    try {
      return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${this.proc.pid}/status`, 'utf8'))![1]) / 1024;
    } catch {
      return undefined;
    }
  }

  /** Sends the server process a signal (with `--heapsnapshot-signal`, it writes a heap snapshot). */
  signal(name: NodeJS.Signals): void {
    this.proc.kill(name);
  }

  private onData(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString())?.[1]);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const msg = JSON.parse(this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8'));
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      this.dispatch(msg);
    }
  }

  private dispatch(msg: Json): void {
    if (msg.id !== undefined && msg.method === undefined) {
      const p = this.pending.get(msg.id as number);
      this.pending.delete(msg.id as number);
      if (msg.error) p?.reject(new Error(JSON.stringify(msg.error)));
      else p?.resolve(msg.result);
    } else if (msg.id !== undefined) {
      // A request from the server: answer configuration, acknowledge the rest.
      this.serverRequests.push({ method: msg.method as string, params: msg.params as Json });
      const result =
        msg.method === 'workspace/configuration'
          ? (msg.params as { items: { scopeUri?: string }[] }).items.map((i) => this.settingsFor?.(i.scopeUri) ?? this.settings)
          : null;
      this.write({ jsonrpc: '2.0', id: msg.id, result });
    } else {
      this.notifications.push({ method: msg.method as string, params: msg.params as Json });
    }
  }

  private write(msg: Json): void {
    const body = Buffer.from(JSON.stringify(msg), 'utf8');
    this.proc.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.proc.stdin.write(body);
  }

  request<T = unknown>(method: string, params: unknown): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.write({ jsonrpc: '2.0', id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    this.write({ jsonrpc: '2.0', method, params });
  }

  async initialize(rootUri: string | null = null, locale = 'en', workspaceCapabilities: Json = {}): Promise<Json> {
    const result = await this.request<Json>('initialize', {
      processId: process.pid,
      rootUri,
      locale,
      workspaceFolders: rootUri ? [{ uri: rootUri, name: 'w' }] : null,
      capabilities: {
        workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true }, ...workspaceCapabilities },
        textDocument: { publishDiagnostics: { relatedInformation: true } },
      },
    });
    this.notify('initialized', {});
    return result;
  }

  /** Resolves with the latest diagnostics for the URI once a publish satisfies the predicate. */
  async diagnostics(uri: string, predicate: (d: Json[]) => boolean = () => true, timeoutMs = 10000): Promise<Json[]> {
    const started = Date.now();
    for (;;) {
      const last = [...this.notifications].reverse().find((n) => n.method === 'textDocument/publishDiagnostics' && n.params.uri === uri);
      if (last && predicate(last.params.diagnostics as Json[])) return last.params.diagnostics as Json[];
      if (Date.now() - started > timeoutMs) throw new Error(`no matching diagnostics for ${uri}; stderr: ${this.stderr}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  async shutdown(): Promise<number | null> {
    await this.request('shutdown', null);
    this.notify('exit', null);
    return new Promise((resolve) => {
      if (this.proc.exitCode !== null) return resolve(this.proc.exitCode);
      // The kill timer is cleared on exit: left pending, it kept every protocol test process alive
      // three seconds after its last test.
      const timer = setTimeout(() => {
        this.proc.kill();
        resolve(null);
      }, 3000);
      this.proc.on('exit', (code) => {
        clearTimeout(timer);
        resolve(code);
      });
    });
  }
}
