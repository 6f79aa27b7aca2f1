// `npm run bench`: how fast UC Config is, each figure next to a baseline measured in the same run.
// Full validation is compared with a bare parse of the same text (fast-xml-parser for XML, JSON.parse,
// the yaml package), so the ratio says what our checks cost on top of reading the file at all.
// Every row runs the code as it ships: the server's modules bundled and minified here by esbuild with the
// options of dist/server.js (tsx would add a name to every function it creates, about 17% of a large
// jabber-config's validation, which the bundles never pay), the folder through dist/cli.js; cold start and
// memory use the bundled server over stdio, as an editor runs it. `--write` records the table in docs/benchmarks.md;
// `--only dump,folder` runs some sections (see `want`).
import { execSync, spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const shipped = await bundled(
  ['services', 'server/services/registry'],
  ['loadCatalogs', 'server/catalog/catalogs'],
  ['DEFAULT_SETTINGS', 'shared/settings'],
  ['parseJabberConfig', 'server/formats/jabber-config'],
  ['validateYielding', 'server/handlers/validation'],
  ['kindOfDocument', 'server/services/documentKind'],
);
const { services, loadCatalogs, DEFAULT_SETTINGS } = shipped;
const { TextDocument } = await import('vscode-languageserver-textdocument');
const { XMLParser } = await import('fast-xml-parser');
const { SaxesParser } = await import('saxes');
const YAML = await import('yaml');
const { parseTree } = await import('jsonc-parser');

const catalogs = loadCatalogs(path.join(root, 'schemas'));
/**
 * Modules of the server bundled and minified by esbuild with the options of the shipped bundles
 * (esbuild.mjs), for rows that measure the code as it ships. `[name, module]` pairs; returns the exports.
 */
async function bundled(...exportsOf) {
  const esbuild = await import('esbuild');
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'uc-bench-bundle-')), 'bench.cjs');
  await esbuild.build({
    stdin: { contents: exportsOf.map(([name, from]) => `export { ${name} } from './${from}';`).join('\n'), resolveDir: root, loader: 'ts' },
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    minify: true,
    mainFields: ['module', 'main'],
    outfile: out,
    logLevel: 'warning',
  });
  const m = createRequire(import.meta.url)(out);
  fs.rmSync(path.dirname(out), { recursive: true, force: true });
  return m;
}
const ctx = { settings: { ...DEFAULT_SETTINGS }, catalogs, locale: 'en', workspace: { documents: () => [] } };
const quick = process.argv.includes('--quick');
/** `--only dump,folder`: just those sections (jabber, settings, peers, dump, folder, certificates, server, bundle); `--write` needs them all. */
const onlyArg = process.argv.find((a) => a.startsWith('--only'));
const only = onlyArg ? (onlyArg.includes('=') ? onlyArg.slice(7) : (process.argv[process.argv.indexOf(onlyArg) + 1] ?? '')).split(',') : undefined;
if (only && process.argv.includes('--write')) throw new Error('--write records the whole table: run it without --only');
const want = (section) => !only || only.includes(section);

// ---- statistics -------------------------------------------------------------------------------
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))];
/** Times fn `n` times after `warm` warm-up calls; returns the samples in milliseconds. */
function sample(fn, n, warm = Math.min(3, n)) {
  for (let i = 0; i < warm; i++) fn(i);
  const out = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    fn(i);
    out.push(performance.now() - t0);
  }
  return out;
}
const ms = (x) => (x < 10 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : x.toFixed(0));

/** CPU time of this process (every thread: the main one and the garbage collector's helpers), in milliseconds. */
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const napCell = new Int32Array(new SharedArrayBuffer(4));
/**
 * A task against its baseline, measured in pairs in one run: each side starts after a 2 ms sleep (so
 * it starts on a fresh slice of the scheduler rather than at the end of one: on a loaded machine, the
 * longer task of a pair was otherwise the one descheduled), and the pair's order alternates (so
 * neither side always pays for the garbage the other left). Wall-clock and CPU time are both taken;
 * CPU time counts only what this process did, whatever else the machine runs. Returns the medians
 * of each side and of the pairs' ratios.
 */
async function pairs(n, warm, task, baseline, prepare = () => undefined) {
  const wall = { task: [], base: [], ratio: [] };
  const cpu = { task: [], base: [], ratio: [] };
  let last;
  for (let i = 0; i < n + warm; i++) {
    const input = await prepare(i);
    const run = async (f) => {
      Atomics.wait(napCell, 0, 0, 2);
      const c0 = cpuMs();
      const t0 = performance.now();
      const out = await f(input, i);
      return { wall: performance.now() - t0, cpu: cpuMs() - c0, out };
    };
    let a;
    let b;
    if (i % 2 === 0) {
      b = await run(baseline);
      a = await run(task);
    } else {
      a = await run(task);
      b = await run(baseline);
    }
    last = a.out;
    if (i < warm) continue;
    wall.task.push(a.wall);
    wall.base.push(b.wall);
    wall.ratio.push(a.wall / b.wall);
    cpu.task.push(a.cpu);
    cpu.base.push(b.cpu);
    cpu.ratio.push(a.cpu / Math.max(b.cpu, 1e-3));
  }
  const m = (o) => ({ task: median(o.task), base: median(o.base), ratio: median(o.ratio) });
  return { wall: m(wall), cpu: m(cpu), last };
}
const target = (ratio, limit) => `${ratio <= limit ? `target ≤ ${limit}× met` : `target ≤ ${limit}× MISSED`}`;

// ---- generated documents ----------------------------------------------------------------------
const params = JSON.parse(fs.readFileSync(path.join(root, 'schemas/jabber-parameters.json'), 'utf8')).parameters;
/** A jabber-config.xml of n parameters: the catalog's documented parameters with their defaults,
 *  cycled (so big files repeat parameters, which the duplicate check sees), grouped as Cisco groups them. */
function jabberConfig(n) {
  const byGroup = new Map();
  for (let i = 0; i < n; i++) {
    const p = params[i % params.length];
    const value = p.default ?? (p.type === 'boolean' ? 'true' : p.type === 'integer' ? '1' : 'example.com');
    if (!byGroup.has(p.group)) byGroup.set(p.group, []);
    byGroup.get(p.group).push(`    <${p.name}>${String(value).replace(/&/g, '&amp;').replace(/</g, '&lt;')}</${p.name}>`);
  }
  const groups = [...byGroup].map(([g, lines]) => `  <${g}>\n${lines.join('\n')}\n  </${g}>`);
  return `<?xml version="1.0" encoding="utf-8"?>\n<config version="1.0">\n${groups.join('\n')}\n</config>\n`;
}

const fxp = new XMLParser({ ignoreAttributes: false });
// JSON's bare parse is jsonc-parser's parseTree: like fast-xml-parser and yaml it is JavaScript, and it
// keeps the offsets every editor feature needs. Native JSON.parse (no offsets) is shown for reference.
const bareParse = { xml: (t) => fxp.parse(t), json: (t) => parseTree(t), yaml: (t) => YAML.parse(t) };
const BASELINE_NAME = new Map([
  [bareParse.xml, 'fast-xml-parser'],
  [bareParse.json, 'jsonc-parser parseTree'],
  [bareParse.yaml, 'yaml.parse'],
]);

const rows = [];
const row = (metric, value, note = '') => {
  rows.push({ metric, value, note });
  console.log(`${metric.padEnd(58)} ${String(value).padStart(12)}  ${note}`);
};

/**
 * Validation against a bare parse of the same text, measured in pairs (parse, then validate, one
 * after the other): on a shared machine the load drifts between runs, and a pair sees the same load,
 * so the ratio is the median of the pairs' ratios.
 */
function validationRow(label, uri, languageId, kind, text, parser, n) {
  const doc = TextDocument.create(uri, languageId, 1, text);
  let v = 1;
  const val = [];
  const bare = [];
  const ratios = [];
  for (let i = 0; i < n + 2; i++) {
    const t0 = performance.now();
    parser(text);
    const t1 = performance.now();
    // A fresh document version per call: the service's per-version model cache must not hide the parse.
    services[kind].validate(TextDocument.create(uri, languageId, ++v, text), ctx);
    const t2 = performance.now();
    if (i < 2) continue; // warm-up
    bare.push(t1 - t0);
    val.push(t2 - t1);
    ratios.push((t2 - t1) / (t1 - t0));
  }
  const ratio = median(ratios);
  const count = services[kind].validate(doc, ctx).length;
  row(`${label}: full validation (median)`, `${ms(median(val))} ms`, `${(text.length / 1024).toFixed(0)} KiB, ${count} diagnostics`);
  row(`${label}: bare parse (median)`, `${ms(median(bare))} ms`, BASELINE_NAME.get(parser));
  row(
    `${label}: ratio validation / bare parse`,
    `${ratio.toFixed(2)}×`,
    `median of ${n} paired runs; ${ratio <= 3 ? 'target ≤ 3× met' : 'target ≤ 3× MISSED'}`,
  );
  if (parser === bareParse.json) {
    const pairs = [];
    for (let i = 0; i < n + 2; i++) {
      const t0 = performance.now();
      JSON.parse(text);
      const t1 = performance.now();
      services[kind].validate(TextDocument.create(uri, languageId, ++v, text), ctx);
      const t2 = performance.now();
      if (i >= 2) pairs.push({ native: t1 - t0, ratio: (t2 - t1) / (t1 - t0) });
    }
    row(
      `${label}: ratio validation / native JSON.parse`,
      `${median(pairs.map((x) => x.ratio)).toFixed(2)}×`,
      `for reference: JSON.parse ${ms(median(pairs.map((x) => x.native)))} ms is native code and keeps no offsets`,
    );
  }
  return ratio;
}

console.log(`UC Config benchmark — node ${process.version}, ${os.cpus().length} CPUs\n`);

// ---- jabber-config: validation and parse ratios at three sizes ---------------------------------
const URI = 'file:///bench/jabber-config.xml';
/** saxes reading the text with positions and the events a reader of elements and their text listens to, doing nothing with them. */
const saxesScan = (text) => {
  const p = new SaxesParser({ position: true });
  for (const e of ['opentag', 'closetag', 'text', 'error']) p.on(e, () => {});
  p.write(text).close();
};
const { parseJabberConfig } = shipped;
/**
 * Medians of `ours` and `base` timed in pairs (one right after the other, so both see the same load of
 * a shared machine) and the median of the pairs' ratios. A small file is timed `batch` times per
 * sample, so a sample is not a timer tick. Two runs of the bench agree within about 15%.
 */
function paired(ours, base, n, batch = 1) {
  const a = [];
  const b = [];
  const ratios = [];
  const time = (f) => {
    const t0 = performance.now();
    for (let k = 0; k < batch; k++) f();
    return (performance.now() - t0) / batch;
  };
  for (let i = 0; i < n + 3; i++) {
    // Which goes first alternates, so neither always runs after the other's garbage.
    let x, y;
    if (i % 2) {
      x = time(ours);
      y = time(base);
    } else {
      y = time(base);
      x = time(ours);
    }
    if (i < 3) continue; // warm-up
    a.push(x);
    b.push(y);
    ratios.push(x / y);
  }
  return { ours: median(a), base: median(b), ratio: median(ratios) };
}
for (const n of want('jabber') ? [100, 10_000, 100_000] : []) {
  const text = jabberConfig(n);
  const label = `jabber-config ${n.toLocaleString('en')} params`;
  const runs = n >= 100_000 ? (quick ? 5 : 15) : quick ? 11 : 41;
  const batch = n <= 100 ? 20 : 1;
  let v = 1;
  // A fresh document version per call: the service's per-version model cache must not hide the parse.
  const validate = () => services['jabber-config'].validate(TextDocument.create(URI, 'xml', ++v, text), ctx);
  const val = paired(validate, () => bareParse.xml(text), runs, batch);
  const count = validate().length;
  row(`${label}: full validation (median)`, `${ms(val.ours)} ms`, `${(text.length / 1024).toFixed(0)} KiB, ${count} diagnostics`);
  row(`${label}: bare parse (median)`, `${ms(val.base)} ms`, 'fast-xml-parser');
  row(
    `${label}: ratio validation / bare parse`,
    `${val.ratio.toFixed(2)}×`,
    `median of ${runs} paired runs; ${val.ratio <= 1 ? 'target ≤ 1× met' : val.ratio <= 3 ? 'target ≤ 1× missed (≤ 3× met)' : 'target ≤ 3× MISSED'}`,
  );
  // Where the time goes: our own parse (saxes, with every offset the features need) against a bare
  // saxes scan with positions (the floor: the scanner we build on) and against the bare parse.
  const scan = paired(
    () => parseJabberConfig(text),
    () => saxesScan(text),
    runs,
    batch,
  );
  row(
    `${label}: our parse only / bare saxes scan`,
    `${scan.ratio.toFixed(2)}×`,
    `${ms(scan.ours)} ms vs ${ms(scan.base)} ms, median of ${runs} paired runs; ${scan.ratio <= 2 ? 'target ≤ 2× met' : 'target ≤ 2× MISSED'}`,
  );
  const bare = paired(
    () => parseJabberConfig(text),
    () => bareParse.xml(text),
    runs,
    batch,
  );
  row(`${label}: our parse only / bare parse`, `${bare.ratio.toFixed(2)}×`, `${ms(bare.ours)} ms; the rest of validation is the rules`);
}

// ---- jabber-config 10k: completion, hover, incremental re-validation ---------------------------
if (want('jabber')) {
  const text = jabberConfig(10_000);
  const doc = TextDocument.create(URI, 'xml', 1, text);
  const hoverAt = doc.positionAt(text.indexOf('<EnableVideo>') + 3);
  const contentAt = text.indexOf('</Policies>');
  const completeAt = doc.positionAt(contentAt);
  const svc = services['jabber-config'];
  svc.validate(doc, ctx);
  const n = quick ? 50 : 200;
  const hoverCached = sample(() => svc.hover(doc, hoverAt, ctx), n);
  const completeCached = sample(() => svc.complete(doc, completeAt, ctx), n);
  const small = TextDocument.create('file:///bench/small/jabber-config.xml', 'xml', 1, jabberConfig(100));
  const smallEdit = sample(
    (i) => {
      const at = small.positionAt(small.getText().indexOf('</config>'));
      TextDocument.update(
        small,
        [i % 2 === 0 ? { range: { start: at, end: at }, text: ' ' } : { range: { start: small.positionAt(small.offsetAt(at) - 1), end: at }, text: '' }],
        i + 2,
      );
      svc.validate(small, ctx);
    },
    quick ? 20 : 100,
  );
  row('jabber-config 100 params: re-validation after 1-char edit (median)', `${ms(median(smallEdit))} ms`, `p95 ${ms(p95(smallEdit))} ms`);
  row('jabber-config 10k: hover, same version (median / p95)', `${ms(median(hoverCached))} / ${ms(p95(hoverCached))} ms`, 'target ≤ 5 ms');
  row('jabber-config 10k: completion, same version (median / p95)', `${ms(median(completeCached))} / ${ms(p95(completeCached))} ms`, 'target ≤ 5 ms');
  // After a keystroke the model is re-parsed once, by whichever request comes first.
  let version = 1;
  const edit = (i) => {
    const at = doc.positionAt(contentAt - 1);
    const change = i % 2 === 0 ? { range: { start: at, end: at }, text: ' ' } : { range: { start: at, end: doc.positionAt(contentAt) }, text: '' };
    TextDocument.update(doc, [change], ++version);
  };
  const completeAfterEdit = sample(
    (i) => {
      edit(i);
      svc.complete(doc, completeAt, ctx);
    },
    quick ? 20 : 60,
  );
  const hoverAfterEdit = sample(
    (i) => {
      edit(i);
      svc.hover(doc, hoverAt, ctx);
    },
    quick ? 20 : 60,
  );
  row(
    'jabber-config 10k: completion after 1-char edit (median / p95)',
    `${ms(median(completeAfterEdit))} / ${ms(p95(completeAfterEdit))} ms`,
    `full parse included; ${p95(completeAfterEdit) <= 5 ? 'target ≤ 5 ms met' : median(completeAfterEdit) <= 5 ? 'target ≤ 5 ms met at the median' : 'target ≤ 5 ms MISSED'}`,
  );
  row(
    'jabber-config 10k: hover after 1-char edit (median / p95)',
    `${ms(median(hoverAfterEdit))} / ${ms(p95(hoverAfterEdit))} ms`,
    `full parse included; ${p95(hoverAfterEdit) <= 5 ? 'target ≤ 5 ms met' : median(hoverAfterEdit) <= 5 ? 'target ≤ 5 ms met at the median' : 'target ≤ 5 ms MISSED'}`,
  );
  // Typing a new parameter: '<' then its name, completion asked after each keystroke (a tag being typed).
  const typing = [];
  for (let i = 0; i < (quick ? 10 : 40); i++) {
    const start = doc.getText().indexOf('</Policies>');
    for (const ch of '<Ena') {
      const at = doc.positionAt(doc.getText().indexOf('</Policies>'));
      TextDocument.update(doc, [{ range: { start: at, end: at }, text: ch }], ++version);
      const t0 = performance.now();
      svc.complete(doc, doc.positionAt(doc.getText().indexOf('</Policies>')), ctx);
      typing.push(performance.now() - t0);
    }
    TextDocument.update(doc, [{ range: { start: doc.positionAt(start), end: doc.positionAt(start + 4) }, text: '' }], ++version);
  }
  row(
    'jabber-config 10k: completion while typing a tag (median / p95)',
    `${ms(median(typing))} / ${ms(p95(typing))} ms`,
    "'<', 'E', 'n', 'a' typed one at a time before </Policies>",
  );
  // Re-validation after a keystroke runs in steps (handlers/validation.ts): measured are the whole
  // run, the longest stretch it keeps the event loop, and how long a completion request that arrives
  // as the run starts waits for its answer.
  const { validateYielding } = shipped;
  const totals = [];
  const blocks = [];
  const waits = [];
  for (let i = 0; i < (quick ? 10 : 40); i++) {
    edit(i);
    let last = performance.now();
    let longest = 0;
    let running = true;
    const probe = () => {
      const now = performance.now();
      longest = Math.max(longest, now - last);
      last = now;
      if (running) setImmediate(probe);
    };
    setImmediate(probe);
    const t0 = performance.now();
    last = t0;
    const answered = new Promise((resolve) =>
      setImmediate(() => {
        svc.complete(doc, completeAt, ctx);
        resolve(performance.now() - t0);
      }),
    );
    await validateYielding(svc, doc, ctx, () => false);
    totals.push(performance.now() - t0);
    running = false;
    waits.push(await answered);
    blocks.push(longest);
  }
  row(
    'jabber-config 10k: re-validation after 1-char edit (median)',
    `${ms(median(totals))} ms`,
    `p95 ${ms(p95(totals))} ms; runs in steps after the 120 ms debounce, stopped by the next keystroke`,
  );
  row('jabber-config 10k: longest event-loop block during re-validation (median / p95)', `${ms(median(blocks))} / ${ms(p95(blocks))} ms`, 'step budget 4 ms');
  row(
    'jabber-config 10k: completion arriving during re-validation (median / p95)',
    `${ms(median(waits))} / ${ms(p95(waits))} ms`,
    `wait for the current step + the completion; ${median(waits) <= 15 ? 'typing does not wait on validation' : 'typing WAITS on validation'}`,
  );
}

// ---- app-config and settings: the same ratio, and the editor features ---------------------------
/**
 * Re-validation after a one-character edit (a space typed and deleted at the end of the probe's
 * line, harmless in every format) and completion and hover at the probe, on one open document.
 */
function featureRows(label, uri, languageId, kind, text, probe, n) {
  const svc = services[kind];
  const doc = TextDocument.create(uri, languageId, 1, text);
  svc.validate(doc, ctx);
  let version = 1;
  const lineEnd = () => doc.getText().indexOf('\n', probe);
  const revalidate = sample((i) => {
    const at = doc.positionAt(lineEnd());
    const change = i % 2 === 0 ? { range: { start: at, end: at }, text: ' ' } : { range: { start: doc.positionAt(lineEnd() - 1), end: at }, text: '' };
    TextDocument.update(doc, [change], ++version);
    svc.validate(doc, ctx);
  }, n);
  const at = doc.positionAt(probe);
  const complete = sample(() => svc.complete(doc, at, ctx), n);
  const hover = sample(() => svc.hover(doc, at, ctx), n);
  row(`${label}: re-validation after 1-char edit (median / p95)`, `${ms(median(revalidate))} / ${ms(p95(revalidate))} ms`);
  row(
    `${label}: completion / hover (median)`,
    `${ms(median(complete))} / ${ms(median(hover))} ms`,
    median(complete) <= 5 && median(hover) <= 5 ? 'target ≤ 5 ms met' : 'target ≤ 5 ms MISSED',
  );
}

if (want('settings')) {
  const json = fs.readFileSync(path.join(root, 'examples/jabber-intune.appconfig.json'), 'utf8');
  validationRow('app-config JSON (example)', 'file:///bench/x.appconfig.json', 'json', 'app-config', json, bareParse.json, quick ? 21 : 101);
  // The example is under 1 KiB, where fixed costs dominate; the same entries repeated 200 times
  // (duplicates included, which the checks report) give a size where the ratio means something.
  const big = JSON.parse(json);
  big.settings = Array.from({ length: 200 }, () => big.settings).flat();
  const bigText = JSON.stringify(big, null, 2);
  validationRow('app-config JSON (example ×200 entries)', 'file:///bench/x.appconfig.json', 'json', 'app-config', bigText, bareParse.json, quick ? 7 : 21);
  featureRows(
    'app-config JSON ×200',
    'file:///bench/y.appconfig.json',
    'json',
    'app-config',
    bigText,
    bigText.indexOf('"Telephony_Enabled"', bigText.length >> 1) + 3,
    quick ? 20 : 60,
  );
  const xml = fs.readFileSync(path.join(root, 'examples/jabber-intune-ios.appconfig.xml'), 'utf8');
  validationRow('app-config XML (example)', 'file:///bench/x.appconfig.xml', 'xml', 'app-config', xml, bareParse.xml, quick ? 21 : 101);
  featureRows('app-config XML (example)', 'file:///bench/y.appconfig.xml', 'xml', 'app-config', xml, xml.indexOf('Telephony_Enabled') + 3, quick ? 20 : 100);
  const yaml = fs.readFileSync(path.join(root, 'examples/mra-pair.expressway.yaml'), 'utf8');
  validationRow('settings YAML (example)', 'file:///bench/x.expressway.yaml', 'yaml', 'uc-settings', yaml, bareParse.yaml, quick ? 21 : 101);
  featureRows(
    'settings YAML (example)',
    'file:///bench/y.expressway.yaml',
    'yaml',
    'uc-settings',
    yaml,
    yaml.indexOf('mobileAndRemoteAccess') + 3,
    quick ? 20 : 100,
  );
}

// ---- peers: the language servers our users already run, on the same files in the same run ---------
// yaml-language-server's language service validates the settings files against our published JSON
// Schema (schemas/uc-settings.schema.json, which the examples also name in their modeline), and
// vscode-json-languageservice validates the app-config JSON against a schema of the Graph
// iosMobileAppConfiguration shape with the catalog's keys. Each pair (theirs, then ours) runs back to
// back on one text, and the row is the median of the pairs' ratios ours / theirs (below 1: we are faster).
// Their validation is schema-only; ours adds the cross-parameter and cross-file rules.
async function peerRow(label, peerName, uri, languageId, kind, text, theirs, n) {
  let v = 1;
  const pairs = [];
  for (let i = 0; i < n + 2; i++) {
    const t0 = performance.now();
    const peerCount = (await theirs(TextDocument.create(uri, languageId, ++v, text))).length;
    const t1 = performance.now();
    const ourCount = services[kind].validate(TextDocument.create(uri, languageId, ++v, text), ctx).length;
    const t2 = performance.now();
    if (i >= 2) pairs.push({ theirs: t1 - t0, ours: t2 - t1, peerCount, ourCount });
  }
  const last = pairs[pairs.length - 1];
  row(
    `${label}: ours / ${peerName}`,
    `${median(pairs.map((p) => p.ours / p.theirs)).toFixed(2)}×`,
    `ours ${ms(median(pairs.map((p) => p.ours)))} ms (${last.ourCount} diagnostics), theirs ${ms(median(pairs.map((p) => p.theirs)))} ms (${last.peerCount}); median of ${n} paired runs`,
  );
}
if (want('peers')) {
  const yls = await import('yaml-language-server');
  const schema = JSON.parse(fs.readFileSync(path.join(root, 'schemas/uc-settings.schema.json'), 'utf8'));
  const yamlLs = (yls.default ?? yls).getLanguageService({
    schemaRequestService: async () => JSON.stringify(schema),
    workspaceContext: { resolveRelativePath: (p) => p },
    telemetry: { send() {}, sendError() {}, sendTrack() {} },
    clientCapabilities: {},
  });
  yamlLs.configure({
    validate: true,
    hover: false,
    completion: false,
    format: false,
    schemas: [{ uri: 'uc-config://uc-settings.schema.json', fileMatch: ['*.expressway.yaml', '*.cucm.yaml'], schema }],
  });
  for (const f of fs
    .readdirSync(path.join(root, 'examples'))
    .filter((n) => /\.(expressway|cucm)\.yaml$/.test(n))
    .sort()) {
    const text = fs.readFileSync(path.join(root, 'examples', f), 'utf8');
    await peerRow(
      `settings YAML (${f})`,
      'yaml-language-server',
      `file:///bench/${f}`,
      'yaml',
      'uc-settings',
      text,
      (doc) => yamlLs.doValidation(doc, false),
      quick ? 21 : 101,
    );
  }

  const jls = await import('vscode-json-languageservice');
  const emmKeys = JSON.parse(fs.readFileSync(path.join(root, 'schemas/emm-parameters.json'), 'utf8')).parameters.map((p) => p.key);
  const appConfigSchema = {
    type: 'object',
    required: ['settings'],
    properties: {
      '@odata.type': { type: 'string' },
      displayName: { type: 'string' },
      targetedMobileApps: { type: 'array', items: { type: 'string' } },
      settings: {
        type: 'array',
        items: {
          type: 'object',
          required: ['appConfigKey', 'appConfigKeyType', 'appConfigKeyValue'],
          additionalProperties: false,
          properties: {
            appConfigKey: { enum: emmKeys },
            appConfigKeyType: { enum: ['stringType', 'booleanType', 'integerType', 'realType', 'tokenType'] },
            appConfigKeyValue: { type: 'string' },
          },
        },
      },
    },
  };
  const jsonLs = (jls.default ?? jls).getLanguageService({ schemaRequestService: async () => JSON.stringify(appConfigSchema) });
  jsonLs.configure({
    validate: true,
    allowComments: false,
    schemas: [{ uri: 'uc-config://app-config.schema.json', fileMatch: ['*.appconfig.json'], schema: appConfigSchema }],
  });
  const jsonValidate = (doc) => jsonLs.doValidation(doc, jsonLs.parseJSONDocument(doc));
  const json = fs.readFileSync(path.join(root, 'examples/jabber-intune.appconfig.json'), 'utf8');
  const big = JSON.parse(json);
  big.settings = Array.from({ length: 200 }, () => big.settings).flat();
  const bigText = JSON.stringify(big, null, 2);
  await peerRow(
    'app-config JSON (example)',
    'vscode-json-languageservice',
    'file:///bench/x.appconfig.json',
    'json',
    'app-config',
    json,
    jsonValidate,
    quick ? 21 : 101,
  );
  await peerRow(
    'app-config JSON (example ×200 entries)',
    'vscode-json-languageservice',
    'file:///bench/x.appconfig.json',
    'json',
    'app-config',
    bigText,
    jsonValidate,
    quick ? 7 : 21,
  );
}
// ---- Expressway xConfiguration dump: parse + every settings rule vs a plain split-and-regex loop ----
if (want('dump')) {
  /**
   * An Expressway-C dump of n records shaped like a real full one: a dozen zones (every other one a
   * Unified Communications traversal zone), 20 SIP domains, the cluster, and search rules and other
   * settings UC Config reads but no rule concerns making up the rest.
   */
  const dump = (n) => {
    const lines = ['Expressway-C', '*c xConfiguration CollaborationEdge Enabled: "On"', '*c xConfiguration Alternates Cluster Name: "expc.example.com"'];
    const side = 'TraversalClient';
    for (let z = 1; z <= 12; z++) {
      lines.push(
        `*c xConfiguration Zones Zone ${z} Name: "Zone ${z}"`,
        `*c xConfiguration Zones Zone ${z} Type: "${side}"`,
        `*c xConfiguration Zones Zone ${z} ${side} Collaboration Edge: "${z % 2 ? 'On' : 'Off'}"`,
      );
      lines.push(
        `*c xConfiguration Zones Zone ${z} ${side} SIP Port: "${7000 + z}"`,
        `*c xConfiguration Zones Zone ${z} ${side} SIP Transport: "TLS"`,
        `*c xConfiguration Zones Zone ${z} ${side} SIP TLS Verify Mode: "${z % 3 ? 'On' : 'Off'}"`,
      );
      lines.push(
        `*c xConfiguration Zones Zone ${z} ${side} SIP Media Encryption Mode: "${z % 5 ? 'On' : 'Auto'}"`,
        `*c xConfiguration Zones Zone ${z} ${side} Authentication Mode: "DoNotCheckCredentials"`,
      );
      lines.push(
        `*c xConfiguration Zones Zone ${z} ${side} Authentication UserName: "traversal"`,
        `*c xConfiguration Zones Zone ${z} ${side} Authentication Password: "{cipher}qeh8eq+fuVY1GHGgRLder/1lYDd76O/6KrHGA7g8bJs="`,
      );
      for (let p = 1; p <= 6; p++) lines.push(`*c xConfiguration Zones Zone ${z} ${side} Peer ${p} Address: ${p === 1 ? `"expe${z}.example.com"` : ''}`);
      for (const k of [
        'H323 Port: "1719"',
        'H323 Protocol: "Assent"',
        'Registrations: "Allow"',
        'RetryInterval: "120"',
        'SIP Poison Mode: "Off"',
        'SIP Protocol: "Assent"',
        'SIP Multistream Mode: "On"',
        'SIP Media ICE Support: "Off"',
        'SIP Media AesGcm Support: "Off"',
      ])
        lines.push(`*c xConfiguration Zones Zone ${z} ${side} ${k}`);
    }
    for (let d = 1; d <= 20; d++)
      for (const [k, v] of [
        ['Name', `d${d}.example.com`],
        ['Sip', 'On'],
        ['Edgesip', 'On'],
        ['Edgexmpp', 'On'],
        ['Xmppfederation', 'Off'],
      ])
        lines.push(`*c xConfiguration SIP Domain ${d} ${k}: "${v}"`);
    for (let r = 1; lines.length < n; r++) {
      for (const [k, v] of [
        ['Name', `Rule ${r}`],
        ['Priority', `${100 + r}`],
        ['Mode', 'AliasPatternMatch'],
        ['Pattern String', '.*@example\\.com'],
        ['Pattern Type', 'Regex'],
        ['Pattern Behavior', 'Leave'],
        ['Progress', 'Stop'],
        ['Protocol', 'SIP'],
        ['Source Mode', 'Any'],
        ['State', 'Enabled'],
        ['Target Name', `Zone ${1 + (r % 12)}`],
        ['Target Type', 'Zone'],
      ])
        lines.push(`*c xConfiguration Zones Policy SearchRules Rule ${r} ${k}: "${v}"`);
    }
    return lines.slice(0, n).join('\n') + '\n';
  };
  const text = dump(5000);
  const uri = 'file:///bench/deployment/expc.txt';
  const runs = quick ? 15 : 41;
  // The plain loop an admin would write: split into lines, one regular expression per line, a Map of path -> value.
  const plain = (t) => {
    const m = new Map();
    const re = /^\*c xConfiguration ([^:]+): "?([^"]*)"?$/;
    for (const line of t.split('\n')) {
      const x = re.exec(line);
      if (x) m.set(x[1], x[2]);
    }
    return m;
  };
  let v = 1;
  const check = () => {
    // A fresh document per call: nothing cached from the previous run (parse, model and rules all redone).
    const doc = TextDocument.create(uri, 'plaintext', ++v, text);
    const c = { ...ctx, workspace: { documents: (k) => (shipped.kindOfDocument(doc, ctx.settings) === k ? [doc] : []) } };
    return shipped.services['expressway-xconfiguration'].validate(doc, c).length;
  };
  // The first run, with the reader and model builder not yet compiled, on its own row.
  const c0 = performance.now();
  check();
  const first = performance.now() - c0;
  // Ten warm-up pairs: the code is compiled in tiers while the heap the 100 000-parameter files left is collected.
  const r = await pairs(runs, 10, check, () => plain(text));
  row(
    'xConfiguration dump 5,000 records: parse + all rules (median)',
    `${ms(r.wall.task)} ms`,
    `${(text.length / 1024).toFixed(0)} KiB, ${r.last} diagnostics; CPU ${ms(r.cpu.task)} ms`,
  );
  row('xConfiguration dump 5,000 records: split + regex loop (median)', `${ms(r.wall.base)} ms`, `lines.split + one RegExp per line; CPU ${ms(r.cpu.base)} ms`);
  row('xConfiguration dump 5,000 records: first run, cold', `${ms(first)} ms`, 'code not yet compiled, not in the ratio');
  row(
    'xConfiguration dump 5,000 records: ratio (wall clock)',
    `${r.wall.ratio.toFixed(2)}×`,
    `median of ${runs} paired runs after 10 warm-up pairs; ${target(r.wall.ratio, 3)}`,
  );
  row(
    'xConfiguration dump 5,000 records: ratio (CPU time)',
    `${r.cpu.ratio.toFixed(2)}×`,
    `the same pairs in this process's CPU time, which the machine's other load does not inflate; ${target(r.cpu.ratio, 3)}`,
  );
}

// ---- a folder of 50 deployments checked by the CLI vs reading its files ---------------------------
if (want('folder')) {
  /**
   * 50 deployment folders (the two sites of test/fixtures/expressway, alternately: dumps of both boxes,
   * their certificates and an nslookup paste), checked as `uc-config check <folder> --format json` does.
   * Measured two ways. In process: the shipped dist/cli.js's runCheck against a walk of the same folders
   * that reads every file, with the one-time start-up (loading the code and the catalogs, compiling) done
   * before. Each pair runs on a fresh copy under new names, so nothing the CLI keeps per file or per
   * folder (parses, deployments, certificates read from disk) is reused from the previous pair: a
   * command-line run starts with nothing. As a user runs it: \`node dist/cli.js check <folder>\` against a
   * \`node\` process that walks and reads the same files, both started fresh, start-up included.
   */
  const { runCheck } = createRequire(import.meta.url)(path.join(root, 'dist/cli.js'));
  const sites = ['site-a', 'site-b'].map((s) => path.join(root, 'test/fixtures/expressway', s));
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'uc-bench-deployments-'));
  const folder = (i) => {
    const dir = path.join(tmp, `run${i}`);
    for (let d = 0; d < 50; d++) fs.cpSync(sites[d % 2], path.join(dir, `customer-${String(d).padStart(2, '0')}`), { recursive: true });
    return dir;
  };
  const readAll = (dir) => {
    let bytes = 0;
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      bytes += e.isDirectory() ? readAll(full) : fs.readFileSync(full, 'utf8').length;
    }
    return bytes;
  };
  const runs = quick ? 7 : 21;
  let files = 0;
  try {
    let previous;
    const r = await pairs(
      runs,
      2,
      (dir) => JSON.parse(runCheck({ format: 'json', settings: { ...DEFAULT_SETTINGS }, locale: 'en', paths: [dir] }).output).length,
      (dir) => readAll(dir),
      (i) => {
        if (previous) fs.rmSync(previous, { recursive: true, force: true });
        previous = folder(i);
        files = fs.readdirSync(previous).reduce((n, d) => n + fs.readdirSync(path.join(previous, d)).length, 0);
        return previous;
      },
    );
    const findings = r.last;
    row(
      'folder of 50 deployments: CLI check in process (median)',
      `${ms(r.wall.task)} ms`,
      `${files} files, ${findings} findings (JSON); CPU ${ms(r.cpu.task)} ms; dist/cli.js`,
    );
    row('folder of 50 deployments: read its files (median)', `${ms(r.wall.base)} ms`, `readdir + readFileSync of every file; CPU ${ms(r.cpu.base)} ms`);
    row(
      'folder of 50 deployments: ratio in process, start-up excluded',
      `${r.wall.ratio.toFixed(2)}×`,
      `median of ${runs} paired runs; CPU time ${r.cpu.ratio.toFixed(2)}×; ${target(r.wall.ratio, 3)} (out of reach in process: see the caveats)`,
    );
    // As a user runs it: a process each, start-up included (node itself, loading the CLI and its catalogs).
    const reader = `const fs=require('fs'),p=require('path');const r=(d)=>{let b=0;for(const e of fs.readdirSync(d,{withFileTypes:true})){const f=p.join(d,e.name);b+=e.isDirectory()?r(f):fs.readFileSync(f,'utf8').length}return b};r(process.argv[1]);`;
    const spawnRuns = quick ? 5 : 11;
    const s2 = await pairs(
      spawnRuns,
      1,
      // Exit status 1: the check found errors, as it should here.
      (dir) =>
        spawnSync(process.execPath, [path.join(root, 'dist/cli.js'), 'check', '--format', 'json', dir], { encoding: 'utf8', maxBuffer: 64 << 20 }).stdout,
      (dir) => spawnSync(process.execPath, ['-e', reader, dir], { encoding: 'utf8' }).stdout,
      (i) => {
        if (previous) fs.rmSync(previous, { recursive: true, force: true });
        previous = folder(1000 + i);
        return previous;
      },
    );
    row(
      'folder of 50 deployments: `node dist/cli.js check` process (median)',
      `${ms(s2.wall.task)} ms`,
      'start-up included: node, the CLI bundle, the catalogs, code not yet compiled',
    );
    row('folder of 50 deployments: `node` process reading its files (median)', `${ms(s2.wall.base)} ms`, 'start-up included: node');
    row(
      'folder of 50 deployments: ratio as a user runs it, start-up included',
      `${s2.wall.ratio.toFixed(2)}×`,
      `median of ${spawnRuns} paired runs; ${target(s2.wall.ratio, 3)}`,
    );
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

// ---- certificates: the summary (read + hover) and a trust-store bundle, next to node:crypto ------------
if (want('certificates')) {
  const { X509Certificate } = await import('node:crypto');
  const chain = fs.readFileSync(path.join(root, 'test/fixtures/certs/chain-of-3.pem'), 'utf8');
  const leaf = chain.slice(0, chain.indexOf('-----END CERTIFICATE-----') + 25) + '\n';
  const n = quick ? 50 : 300;
  const summary = sample((i) => {
    const d = TextDocument.create(`file:///bench/c${i}.pem`, 'plaintext', 1, leaf);
    services.certificate.hover(d, { line: 1, character: 1 }, ctx);
  }, n);
  row(
    'certificate summary (read + hover), median',
    `${ms(median(summary))} ms`,
    `p95 ${ms(p95(summary))} ms; target ≤ 5 ms ${median(summary) <= 5 ? 'met' : 'MISSED'}`,
  );
  const x509 = sample(() => new X509Certificate(leaf), n);
  row('  for reference: new X509Certificate (node:crypto), median', `${ms(median(x509))} ms`, 'OpenSSL parse only, no names or lens');
  const bundle = Array(50).fill(chain).join('\n');
  const bundleRuns = sample((i) => services.certificate.validate(TextDocument.create(`file:///bench/b${i}.pem`, 'plaintext', 1, bundle), ctx), quick ? 5 : 21);
  row(
    'certificate bundle of 150 (validate), median',
    `${ms(median(bundleRuns))} ms`,
    `p95 ${ms(p95(bundleRuns))} ms; one editor step ≤ 50 ms ${median(bundleRuns) <= 50 ? 'met' : 'MISSED'}`,
  );
}

// ---- the bundled server over stdio: cold start and memory ---------------------------------------
const server = path.join(root, 'dist/server.js');
class Lsp {
  constructor() {
    this.proc = spawn(process.execPath, [server, '--stdio'], { stdio: 'pipe' });
    this.buf = Buffer.alloc(0);
    this.id = 1;
    this.waiters = new Map();
    this.published = new Map();
    this.proc.stdout.on('data', (c) => this.data(c));
  }
  data(chunk) {
    this.buf = Buffer.concat([this.buf, chunk]);
    for (;;) {
      const h = this.buf.indexOf('\r\n\r\n');
      if (h < 0) return;
      const len = Number(/Content-Length: (\d+)/i.exec(this.buf.subarray(0, h).toString())[1]);
      if (this.buf.length < h + 4 + len) return;
      const msg = JSON.parse(this.buf.subarray(h + 4, h + 4 + len).toString('utf8'));
      this.buf = this.buf.subarray(h + 4 + len);
      if (msg.id !== undefined && msg.method === undefined) this.waiters.get(msg.id)?.(msg.result);
      else if (msg.id !== undefined)
        this.send({ jsonrpc: '2.0', id: msg.id, result: msg.method === 'workspace/configuration' ? msg.params.items.map(() => ({})) : null });
      else if (msg.method === 'textDocument/publishDiagnostics') {
        this.published.set(msg.params.uri, msg.params.diagnostics);
        this.onPublish?.(msg.params.uri);
      }
    }
  }
  send(m) {
    const body = Buffer.from(JSON.stringify(m));
    this.proc.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.proc.stdin.write(body);
  }
  request(method, params) {
    const id = this.id++;
    return new Promise((resolve) => {
      this.waiters.set(id, resolve);
      this.send({ jsonrpc: '2.0', id, method, params });
    });
  }
  notify(method, params) {
    this.send({ jsonrpc: '2.0', method, params });
  }
  async init() {
    await this.request('initialize', { processId: process.pid, rootUri: null, capabilities: { workspace: { configuration: true } } });
    this.notify('initialized', {});
  }
  open(uri, text) {
    this.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'xml', version: 1, text } });
  }
  waitFor(uris) {
    return new Promise((resolve) => {
      const check = () => uris.every((u) => this.published.has(u)) && resolve();
      this.onPublish = check;
      check();
    });
  }
  rssMB() {
    const status = fs.readFileSync(`/proc/${this.proc.pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024;
  }
  async stop() {
    await this.request('shutdown', null);
    this.notify('exit', null);
    await new Promise((r) => (this.proc.exitCode !== null ? r() : this.proc.on('exit', r)));
  }
}

if (want('server')) {
  const text = jabberConfig(100);
  const starts = [];
  for (let i = 0; i < (quick ? 3 : 7); i++) {
    const t0 = performance.now();
    const c = new Lsp();
    await c.init();
    c.open(URI, text);
    await c.waitFor([URI]);
    starts.push(performance.now() - t0);
    await c.stop();
  }
  const m = median(starts);
  row(
    'cold start to first diagnostics (median)',
    `${ms(m)} ms`,
    `${m <= 300 ? 'target ≤ 300 ms met' : 'target ≤ 300 ms MISSED'}; spawn + initialize + didOpen + publish`,
  );
}

if (!want('server')) {
  // not asked for (--only)
} else if (fs.existsSync('/proc/self/status')) {
  const c = new Lsp();
  await c.init();
  c.open('file:///bench/warm/jabber-config.xml', jabberConfig(10));
  await c.waitFor(['file:///bench/warm/jabber-config.xml']);
  const idle = c.rssMB();
  const uris = [];
  for (let i = 0; i < 200; i++) {
    const uri = `file:///bench/doc${i}/jabber-config.xml`;
    uris.push(uri);
    c.open(uri, jabberConfig(100 + (i % 10) * 50));
  }
  await c.waitFor(uris);
  row('server RSS, idle after start', `${idle.toFixed(0)} MB`);
  row('server RSS with 200 open documents', `${c.rssMB().toFixed(0)} MB`, '100–550 parameters each');
  await c.stop();
  // 200 settings files: the Expressway example as it is (3.4 KB), and grown with more zones to the reader's
  // bounds (server/formats/settings.ts: 48 KB, 1 200 values), the most an open settings file can hold.
  const example = fs.readFileSync(path.join(root, 'examples/mra-pair.expressway.yaml'), 'utf8');
  const zone = /\n(      - name: UC traversal zone\n(?:        .*\n)+)/.exec(example)[1];
  const entries = (t) => t.split('\n').filter((l) => /^\s*[^\s#]/.test(l)).length + 2 * (t.match(/^\s*- /gm) ?? []).length;
  const zones = Math.floor((1200 - entries(example)) / entries(zone));
  const named = (z) => zone.replace('UC traversal zone', `zone ${z} `.padEnd(Math.floor((48 * 1024 - example.length) / zones - zone.length + 17), '.'));
  const atBound = example.replace('\n    zones:\n', `\n    zones:\n${Array.from({ length: zones }, (_, z) => named(z)).join('')}`);
  for (const [label, text] of [
    ['example size, 3.4 KB', example],
    [`at the bounds, ${(atBound.length / 1024).toFixed(0)} KB`, atBound],
  ]) {
    const s = new Lsp();
    await s.init();
    const docs = Array.from({ length: 200 }, (_, i) => `file:///bench/site${i}/mra-pair.expressway.yaml`);
    for (const uri of docs) s.open(uri, text);
    await s.waitFor(docs);
    if (s.published.get(docs[0]).some((d) => d.code === 'settings-too-large')) throw new Error('the bench file is past the bounds');
    row('server RSS with 200 open settings files', `${s.rssMB().toFixed(0)} MB`, label);
    await s.stop();
  }
} else {
  row('server RSS with 200 open documents', 'n/a', 'no /proc on this system');
}

// ---- bundle sizes ------------------------------------------------------------------------------
if (want('bundle')) {
  const size = (f) => fs.statSync(path.join(root, 'dist', f)).size;
  const kb = (b) => `${(b / 1024).toFixed(0)} KiB`;
  const pair = size('extension.js') + size('server.js');
  row('bundle dist/extension.js (minified)', kb(size('extension.js')));
  row('bundle dist/server.js (minified)', kb(size('server.js')));
  row(
    'bundle extension + server',
    kb(pair),
    `${pair.toLocaleString('en')} bytes; ${pair <= 1_100_000 ? 'target ≤ 1.1 MB (1,100,000 bytes) met' : 'target ≤ 1.1 MB (1,100,000 bytes) MISSED'}`,
  );
  row(
    'bundle dist/cli-core.js + dist/cli.js (minified)',
    kb(size('cli-core.js') + size('cli.js')),
    'not part of the target; dist/cli.js starts dist/cli-core.js',
  );
}

// What the figures do not show, and where a target is met only with a caveat; it holds whatever the
// run's exact figures.
const GAPS = `
## Caveats and remaining gaps

- **Each version is parsed whole.** A full parse of 10 000 parameters costs about 10 ms on an idle
  machine (about twice a bare saxes scan), so the incremental re-parse was removed: the first request
  after a keystroke pays one parse (the completion-after-edit rows above), whatever the edit broke. A
  100 000-element file's parse holds the event loop for that whole parse (hundreds of milliseconds); the
  reader's bounds (\`XML_LIMITS\` in \`server/formats/xml.ts\`) stop broken and hostile files early.
- **jabber-config against saxes and fast-xml-parser (issue 14).** Our parse takes each tag's \`<\` from
  saxes' own state, so it adds the model alone to the scan: within 2× of a bare saxes scan at 100 and
  10 000 parameters. At 100 000 it is above 2×: the model (about 90 bytes a parameter) outlives the
  young generation and the garbage collector copies it, a cost the bare scan, which keeps nothing, does
  not have. Full validation stays above a bare fast-xml-parser parse (1.5–1.9×): the generated files
  give a diagnostic for nearly every parameter (duplicates), and each is built in full (ranges, message,
  related information) before the editor's cap (\`ucConfig.maxDiagnostics\`) keeps the first thousand.
- **Event-loop blocks during re-validation.** Validation runs in steps of at most 250 parameters and
  yields after 4 ms of work, but a garbage collection or the cross-parameter rules (one step) can hold
  the loop longer: the longest stretch is shown above; a completion that arrives meanwhile waits for it.
- **Native JSON.parse.** It is C++ and keeps no offsets; no JavaScript parser comes near it, so the JSON
  ratio is taken against jsonc-parser (JavaScript, with offsets: the parser the service uses) and the
  native ratio is shown for reference only.
- **Generated large files.** The 10 000- and 100 000-parameter files repeat the catalog 24 and 240 times,
  so nearly every parameter is a duplicate with a diagnostic and related information: a harsher load
  than a real file, whose few hundred parameters validate in about a millisecond.
- **A folder of 50 deployments: 3× is met as a user runs it, and out of reach in process.** Reading its
  250 small files costs about 1.5 ms; 3× that leaves about 60 µs a deployment to parse two dumps, two
  certificates and an nslookup paste, build the deployment model and run the settings rules on it,
  where one of those steps alone costs more. The CLI reads each file once (a small file is sniffed and
  read in one go; the dumps, DNS pastes and certificates are not read again for the deployment), lists
  each folder and builds each deployment once per run, loads the catalogs once, and the rules engine
  resolves each path once per node. Started as a user starts it, node's own start-up is on both sides,
  and the rest was mostly loading and compiling the CLI: 3.75×. \`dist/cli.js\` now runs the bundle from V8's code cache (in the user's cache folder, written by the first check),
  sets V8's TurboFan budget to 16× for the command (optimising the rules' functions on a second thread
  cost more CPU than it saved in a check of a fraction of a second), and exits once its output is
  written (node's teardown finished a garbage collection): 2.55–2.74× in three runs on this shared
  2-core machine (~3.1–3.2× in runs under a load spike, or while the cache still lacked the deployment
  code). Both rows are shown; the bench's in-process row loads \`dist/cli.js\` as a module, which
  neither sets the budget nor exits.
- **Wall clock on a loaded machine.** Each side of a pair starts after a 2 ms sleep and the pairs
  alternate their order: on a machine running other work, the longer task of a pair was otherwise the
  one descheduled (the dump ratio read 3.5–4.9× under load). That helps under moderate load; under
  heavy load (more runnable processes than cores) the scheduler's slice is shorter than the dump's
  2–3 ms check and the wall-clock ratio still reads 3–4×, while the CPU-time ratio of the same pairs,
  which counts only this process's work, stays near 2–2.4×. Both are shown.
- **The dump's first run.** The 5 000-record dump is measured after ten warm-up pairs: its first run,
  with the reader and model builder not yet compiled, takes tens of milliseconds (its own row).
- **Bundle size.** The target (1.1 MB) is met with dagre for diagram layout (elkjs alone was 1.4 MiB);
  vscode-languageclient is bundled as published, with its own semver and minimatch;
  \`dist/cli.js\` is a separate bundle outside the target.
`;

if (process.argv.includes('--write')) {
  const sh = (c) => {
    try {
      return execSync(c, { encoding: 'utf8' }).trim();
    } catch {
      return 'n/a';
    }
  };
  const machine = [
    `- CPUs (\`nproc\`): ${sh('nproc')} — ${os.cpus()[0]?.model ?? 'unknown'}`,
    `- Memory (\`free -h\`, total): ${sh("free -h | awk '/^Mem:/{print $2}'")}`,
    `- Node: ${process.version}; OS: ${os.type()} ${os.release()}`,
    `- Date: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
  ].join('\n');
  const table = ['| Measurement | Value | Note |', '|---|---:|---|', ...rows.map((r) => `| ${r.metric} | ${r.value} | ${r.note} |`)].join('\n');
  const doc = `# Benchmarks

Produced by \`npm run bench -- --write\` (\`scripts/bench.mjs\`). Every validation figure is next to a
bare parse of the same text measured in the same run: fast-xml-parser for XML, jsonc-parser's
\`parseTree\` for JSON (native \`JSON.parse\` shown for reference), the \`yaml\` package for YAML. The
ratio is what UC Config's checks cost on top of merely reading the file; it is the median of paired
runs (bare parse, then validation, one after the other), because the load of a shared machine drifts
between runs and a pair sees the same load.

Generated jabber-config files use the catalog's documented parameters with their default values,
cycled: the 10 000- and 100 000-parameter files therefore repeat parameters, and the duplicate
check reports them (the diagnostic count is part of the work measured). Completion and hover are
measured on an unchanged document (the parsed model is cached per version), right after a
one-character edit (the request pays for the parse), and while a tag is typed key by
key. Re-validation after a keystroke runs in steps that yield to requests: measured are the whole run,
the longest stretch it holds the event loop, and how long a completion arriving as it starts waits.
Cold start spawns \`node dist/server.js --stdio\` and waits for the first \`publishDiagnostics\` of a
100-parameter file; memory is the server's resident set with 200 documents open.

Peers, on the same files in the same run: yaml-language-server's language service (\`getLanguageService\`,
\`doValidation\`) validates the settings YAML against our published schema
(\`schemas/uc-settings.schema.json\`), and vscode-json-languageservice (\`parseJSONDocument\` +
\`doValidation\`) validates the app-config JSON against a schema of the Graph app-configuration shape with
the catalog's keys. The rows \`ours / peer\` are medians of paired runs; below 1× UC Config is faster. The
peers check the schema only; UC Config's figure includes its rules across parameters.

## Machine

${machine}

## Results

${table}

Targets (issue 6): full validation ≤ 3× a bare parse; completion and hover ≤ 5 ms on a 10 000-parameter
file; cold start to first diagnostics ≤ 300 ms; extension + server bundles ≤ 1.1 MB minified.
Targets (issue 12): an xConfiguration dump of 5 000 records, parse + all rules, ≤ 3× a split-and-regex
loop over its lines; a certificate summary ≤ 5 ms; a folder of 50 deployments checked by the CLI ≤ 3×
reading its files.
${GAPS}`;
  fs.writeFileSync(path.join(root, 'docs/benchmarks.md'), doc);
  console.log('\nwrote docs/benchmarks.md');
}
