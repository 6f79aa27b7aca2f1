// The pages' own words — buttons, headings, legends, labels — in the user's language. The pages are
// pure functions of data, so they take a translate function: the commands build it from
// vscode.l10n.t (client/l10n.ts), the tests from l10n/bundle.l10n.<locale>.json. As in VS Code's
// bundles the English text is the key, and {0}, {1}… are filled from the arguments.

export type Translate = (message: string, ...args: Array<string | number>) => string;

/** Fills {0}, {1}… with the arguments; a placeholder without an argument stays as written. */
export function format(message: string, args: ReadonlyArray<string | number>): string {
  return message.replace(/\{(\d+)\}/g, (m, i: string) => (Number(i) < args.length ? String(args[Number(i)]) : m));
}

/** English: the key itself. */
export const english: Translate = (message, ...args) => format(message, args);

/** The translations of one bundle file ({ "English": "번역" }); a missing key stays English. */
export function translateFrom(bundle: Readonly<Record<string, string>> | undefined): Translate {
  if (!bundle) return english;
  return (message, ...args) => format(bundle[message] ?? message, args);
}
