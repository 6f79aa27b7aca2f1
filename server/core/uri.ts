// Paths and folders of document URIs. A deployment is the folder that directly holds its files
// (README, "Deployments"): the rules that read one file beside another ask for this folder.

/** The file-system path (or path-like part) of a document URI. */
export function uriPath(uri: string): string {
  try {
    return decodeURIComponent(new URL(uri).pathname);
  } catch {
    return uri;
  }
}

/** The folder that directly holds a document, as a path ending in `/`. */
export function folderOfUri(uri: string): string {
  const p = uriPath(uri).replace(/\\/g, '/');
  return p.slice(0, p.lastIndexOf('/') + 1);
}
