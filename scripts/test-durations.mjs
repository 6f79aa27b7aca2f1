// A reporter for node's test runner (scripts/run-tests.mjs runs it beside the spec reporter): how long
// each test file ran, as JSON { file: ms }, so that the next run starts the longest files first. A file's
// time is the span from its first event to its last (hooks included) or, if longer, its tests' sum.
export default async function* durations(source) {
  const first = {};
  const last = {};
  const sum = {};
  for await (const event of source) {
    const file = event.data?.file;
    if (!file) continue;
    first[file] ??= Date.now();
    last[file] = Date.now();
    if ((event.type === 'test:pass' || event.type === 'test:fail') && event.data.nesting === 0)
      sum[file] = (sum[file] ?? 0) + (event.data.details?.duration_ms ?? 0);
  }
  yield JSON.stringify(Object.fromEntries(Object.keys(first).map((f) => [f, Math.round(Math.max(last[f] - first[f], sum[f] ?? 0))])));
}
