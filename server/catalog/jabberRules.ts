// The documented combination rules between jabber-config parameters (schemas/jabber-rules.json).
import { readJson } from './loadJson';

export interface RuleCondition {
  param: string;
  present?: boolean;
  equals?: string[];
  notEquals?: string[];
}

export interface JabberRule {
  id: string;
  kind: 'requires' | 'conflicts' | 'ignored-when' | 'port-range' | 'no-overlap' | 'sum-at-most';
  when?: RuleCondition;
  then?: RuleCondition | { anyOf: RuleCondition[] };
  params?: string[];
  ranges?: [string, string][];
  minPorts?: number;
  startParity?: 'even' | 'odd';
  endParity?: 'even' | 'odd';
  max?: number;
  message: { en: string; ko?: string; ja?: string };
  source: string;
  confidence?: 'high' | 'medium' | 'low';
}

export function loadJabberRules(schemasDir: string): JabberRule[] {
  return readJson<{ rules: JabberRule[] }>(schemasDir, 'jabber-rules.json').rules;
}
