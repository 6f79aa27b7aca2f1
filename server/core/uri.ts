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

/** Each uri's folder, remembered: the cross-file checks ask it of every open file on every validation (a URL parse each). */
const folderOf = new Map<string, string>();
const MAX_FOLDERS_REMEMBERED = 10_000;

/** The folder that directly holds a document, as a path ending in `/`. */
export function folderOfUri(uri: string): string {
  let folder = folderOf.get(uri);
  if (folder === undefined) {
    const p = uriPath(uri).replace(/\\/g, '/');
    folder = p.slice(0, p.lastIndexOf('/') + 1);
    if (folderOf.size >= MAX_FOLDERS_REMEMBERED) folderOf.clear();
    folderOf.set(uri, folder);
  }
  return folder;
}
