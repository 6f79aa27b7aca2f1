// The values of allow-list rules: MatchType and HttpMethods against schemas/allow-list.json
// (Cisco's Allow List Rules File Reference). The reader has already checked the file's shape and
// each Url.
import type { ArtifactProblem } from '../../formats/artifact';
import type { AllowListRule } from '../../formats/allowlist-csv';

export interface AllowListData {
  columns: { values: string[]; source: string };
  matchTypes: { values: string[]; default: string; source: string };
  methods: { values: string[]; source: string };
}

export function allowListValueProblems(rules: AllowListRule[], data: AllowListData): ArtifactProblem[] {
  const out: ArtifactProblem[] = [];
  const matchTypes = new Set(data.matchTypes.values.map((v) => v.toLowerCase()));
  const methods = new Set(data.methods.values);
  for (const r of rules) {
    // A row with too many fields is reported as such; its shifted values would only add noise.
    if ((r.fieldCount ?? 0) > data.columns.values.length) continue;
    if (r.matchType !== undefined && !matchTypes.has(r.matchType.toLowerCase())) {
      const span = r.fieldRanges?.[3] ?? r.range;
      out.push({
        code: 'allowlist-bad-match-type',
        start: span.start,
        end: span.end,
        args: { value: r.matchType, allowed: data.matchTypes.values.join(', '), default: data.matchTypes.default },
      });
    }
    r.methods.forEach((m, i) => {
      if (methods.has(m.toUpperCase())) return;
      const span = r.methodRanges?.[i] ?? r.range;
      out.push({ code: 'allowlist-unknown-method', start: span.start, end: span.end, args: { value: m, allowed: data.methods.values.join(', ') } });
    });
  }
  return out;
}
