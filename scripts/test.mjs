// The fast lane, `npm test`: build, then the type check, ESLint, Prettier and the unit and protocol tests
// side by side (they share nothing but the build), so the checks use the core the tests leave idle.
// The tests' report streams as they run; a check prints one line when it finishes, and the output of a
// failed check is printed after the tests, above the summary. Exits 1 if any step failed. Every step is
// the package.json script of the same name, so `npm run lint` and this run agree.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { setPriority } from 'node:os';
import * as path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const { scripts } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const env = { ...process.env, PATH: `${path.join(root, 'node_modules', '.bin')}${path.delimiter}${process.env.PATH}` };
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

/** Runs a package.json script's command; resolves with its exit code, its output (unless streamed) and its time. */
function run(name, { stream = false, background = false } = {}) {
  const started = Date.now();
  return new Promise((resolve) => {
    // A streamed report keeps its colours when this run's output is a terminal.
    const childEnv = stream && process.stdout.isTTY ? { ...env, FORCE_COLOR: '1' } : env;
    const child = spawn(scripts[name], { cwd: root, env: childEnv, shell: true, stdio: ['ignore', 'pipe', 'pipe'] });
    // The checks run at a lower priority: many tests time what they test (a request answered within its
    // budget, an event loop never held), and a type check beside them on two cores must not fail them.
    if (background && child.pid !== undefined) {
      try {
        setPriority(child.pid, 10);
      } catch {
        // Not allowed here: the checks then compete as equals.
      }
    }
    let output = '';
    let partial = '';
    const take = (c) => {
      if (!stream) return void (output += c);
      // Whole lines only, so a check's line never lands inside a test's.
      const text = partial + c;
      const end = text.lastIndexOf('\n') + 1;
      process.stdout.write(text.slice(0, end));
      partial = text.slice(end);
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    child.on('close', () => partial && process.stdout.write(`${partial}\n`));
    child.on('close', (code, signal) => resolve({ name, ok: code === 0, code: code ?? signal, output, ms: Date.now() - started }));
  });
}

const line = (r) => `${r.ok ? '✔' : '✖'} ${r.name} (${seconds(r.ms)})${r.ok ? '' : `: exit ${r.code}`}`;

const started = Date.now();
const build = await run('build');
console.log(line(build));
const results = [build];
if (build.ok) {
  const checks = ['typecheck', 'lint', 'format:check'].map((n) => run(n, { background: true }).then((r) => (console.log(line(r)), r)));
  const tests = run('test:run', { stream: true });
  results.push(await tests, ...(await Promise.all(checks)));
}

const failed = results.filter((r) => !r.ok);
for (const r of failed) if (r.output.trim()) console.log(`\n── ${r.name} ──\n${r.output.trimEnd()}`);
console.log(`\n${results.map(line).join(' · ')} — ${seconds(Date.now() - started)} in all`);
if (failed.length) console.log(`failed: ${failed.map((r) => r.name).join(', ')}`);
process.exit(failed.length ? 1 : 0);
