// What every reader of an Expressway / CUCM artifact (certificate, DNS lookup, allow-list CSV,
// xConfiguration, xStatus) hands to the services and to the deployment model: offsets into that
// file's text, and the problems found while reading it. A problem's code is a diagnostic code of
// schemas/diagnostics/*.json; its args fill that code's message placeholders. Readers never throw.
import type { MessageText } from '../catalog/messages';

export interface Span {
  start: number;
  end: number;
}

export interface ArtifactProblem {
  code: string;
  start: number;
  end: number;
  args?: Record<string, string>;
  /** The message's {detail} as data (an id of schemas/l10n/common.json), shown in the user's language. */
  detail?: MessageText;
}

/** Beyond this many characters (or bytes) an artifact is not read at all: a 200 MB log is not a certificate. */
export const MAX_ARTIFACT_SIZE = 5_000_000;
