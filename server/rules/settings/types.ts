// Shapes of schemas/uc-settings-rules.json (validated by schemas/uc-settings-rules.schema.json).
import type { SettingsNode } from '../../formats/settings';
import type { PathContext, ResolvedValue } from './paths';

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type Scalar = string | number | boolean;

export interface Predicate {
  op:
    | 'exists'
    | 'absent'
    | 'equals'
    | 'notEquals'
    | 'oneOf'
    | 'isOn'
    | 'isOff'
    | 'matches'
    | 'notMatches'
    | 'notIp'
    | 'fqdn'
    | 'versionAtLeast'
    | 'versionBelow'
    | 'sameAs'
    | 'in'
    | 'covers'
    | 'differentFrom'
    | 'atLeast'
    | 'atMost'
    | 'maxCount'
    | 'minCount'
    | 'unique'
    | 'mutuallyExclusive'
    | 'notPast'
    | 'withinDays'
    | 'custom';
  /** The setting the predicate reads (see paths.ts for the syntax). */
  path?: string;
  value?: Scalar;
  values?: Scalar[];
  /** A second setting compared with `path` (sameAs, in, covers, differentFrom). */
  other?: string;
  /** mutuallyExclusive: the switches of which at most one may be on; covers: more places of the values wanted besides `other`. */
  paths?: string[];
  /** Template applied to each `other` value, `{}` standing for the value: "lyncdiscover.{}". */
  otherTemplate?: string;
  pattern?: string;
  flags?: string;
  days?: number;
  /** Compare subject alternative names: ignore "DNS:"/"XMPPAddress:" prefixes and case. */
  san?: boolean;
  /** covers with san: a domain also counts as present in its CollabEdgeDNS form "collab-edge.<domain>". */
  collabEdge?: boolean;
  /** covers: values of `other` matching this pattern (case-insensitive) are not required (private domains). */
  exceptPattern?: string;
  caseSensitive?: boolean;
  /** A missing setting fails the check (for settings whose UI default is the wrong value). */
  missingFails?: boolean;
  /** In `when`: the condition holds when the predicate does not. */
  not?: boolean;
  /** custom: the name of a function in custom.ts. */
  name?: string;
}

export interface RuleFix {
  /** Set the checked setting to this value (replacing it, or inserting it when missing). */
  set?: Scalar;
  /** covers: append each missing value to the list, with this prefix (e.g. "DNS:"). */
  append?: { prefix?: string };
  /** Replace a substring of the value. */
  replace?: { from: string; to: string };
}

export interface SettingsRule {
  code: string;
  /** The default severity, as diagnostics/uc-settings.json gives it (where the message, en/ko/ja, lives). */
  severity: Severity;
  /** Settings the rule concerns (dotted paths; shown in hover and docs). */
  paths: string[];
  /** Scope: the rule runs once per node at these absolute paths (default: the document root). */
  each?: string | string[];
  /** Preconditions, all of which must hold for the rule to apply. */
  when?: Predicate[];
  check: Predicate;
  fix?: RuleFix;
  source: { file: string; section: string; quote: string };
  /** "stated" when the seed states the constraint; "derived" when it follows from several statements. */
  confidence?: 'stated' | 'derived';
  /** Codes whose finding on the same setting already says what is wrong: this rule then stays silent. */
  subsumedBy?: string[];
  note?: string;
}

export interface RulesFile {
  rules: SettingsRule[];
}

export interface RelatedNode {
  uri?: string;
  node: SettingsNode;
  label: string;
}

export interface Finding {
  rule: SettingsRule;
  /** Where the finding is reported (always in the document being checked). */
  start: number;
  /** The node reported on (its `uri` says which artifact of a deployment it came from). */
  node?: SettingsNode;
  end: number;
  args: Record<string, string>;
  related: RelatedNode[];
  /** The node the fix edits (value replacement or list append) or the parent object (insertion). */
  fix?: FixPlan;
}

export type FixPlan =
  | { kind: 'replace'; node: SettingsNode; text: Scalar }
  | { kind: 'insert'; parent: SettingsNode; keys: string[]; value: Scalar }
  | { kind: 'append'; list: SettingsNode; values: string[] };

// The engine's context and a failed value, shared by the engine (engine.ts) and the custom checks (custom.ts).
export interface EngineContext extends PathContext {
  /** "Today" for date rules (tests pin it). */
  today: Date;
}

/** A failed value: where, with what message arguments, and which other settings are involved. */
export interface Failure {
  node?: SettingsNode;
  /** Report at the key rather than the value (missing or whole-list findings). */
  atKey?: boolean;
  args: Record<string, string>;
  related?: ResolvedValue[];
  missing?: string[];
}
