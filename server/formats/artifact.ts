// What every artifact reader (xConfiguration, xStatus, certificates, DNS, allow-list CSV) shares: a
// problem found while reading, as a stable diagnostic code with offsets into that file's text.
export interface Span {
  start: number;
  end: number;
}

export interface ArtifactProblem {
  code: string;
  start: number;
  end: number;
  args?: Record<string, string>;
}
