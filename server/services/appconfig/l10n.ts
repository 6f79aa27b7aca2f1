// Everything the app-config features write themselves, in the user's language: the parts of
// diagnostic messages built from facts (type names, "did you mean", where a key has no effect,
// parser messages), quick-fix titles, and the labels of hover and completion. The words live in
// schemas/l10n/app-config.json and the shared schemas/l10n/common.json (en, ko, ja), rendered by
// server/catalog/messages.ts; the EMM catalog's own prose in schemas/l10n/emm-parameters.<locale>.json.
// A missing translation falls back to English.
import { readJsonIfPresent } from '../../catalog/loadJson';
import { englishMessages, messagesOf, type Messages } from '../../catalog/messages';
import type { ServiceContext } from '../types';
import type { EmmParameter, Matrix, MatrixRow } from './catalog';

export type { MessageArgs, MessageText } from '../../catalog/messages';

/** Translations of the EMM catalogs' prose (schemas/l10n/emm-parameters.<locale>.json). */
export interface EmmOverlay {
  /** Keyed by the parameter's key, or its BlackBerry label when it has no key. */
  parameters: Record<
    string,
    {
      description?: string;
      emmNote?: string;
      defaultNote?: string;
      notes?: string[];
      /** Value → description. */
      values?: Record<string, string>;
      /** Alias value → note. */
      valueAliases?: Record<string, string>;
      /** In the order of the catalog's `unsupported` rows. */
      unsupported?: string[];
      /** In the order of the catalog's `requires` rows. */
      requires?: string[];
    }
  >;
  matrices: Record<string, { title?: string; note?: string; rows?: Record<string, { group?: string; name?: string; requirement?: string; note?: string }> }>;
}

export interface AppConfigText extends Messages {
  /** The EMM catalogs' prose in this language (empty for English). */
  emm: EmmOverlay;
}

const EMPTY_OVERLAY: EmmOverlay = { parameters: {}, matrices: {} };

/** The app-config text of the context's language, loaded once per language. */
export function appConfigText(ctx: ServiceContext): AppConfigText {
  const messages = messagesOf(ctx, 'app-config');
  const locale = messages.locale;
  return ctx.catalogs.extra(`appconfig-text-${locale}`, (dir) => ({
    ...messages,
    emm: locale === 'en' ? EMPTY_OVERLAY : readJsonIfPresent<EmmOverlay>(dir, `l10n/emm-parameters.${locale}.json`, EMPTY_OVERLAY),
  }));
}

let english: AppConfigText | undefined;

/** English text for callers without a context (the client's insert command); read from the installed schemas/. */
export function englishText(): AppConfigText {
  return (english ??= { ...englishMessages('app-config'), emm: EMPTY_OVERLAY });
}

/** The overlay entry of a parameter (by key, else by label). */
export function parameterText(L: AppConfigText, p: EmmParameter): EmmOverlay['parameters'][string] {
  return L.emm.parameters[p.key ?? p.label ?? ''] ?? {};
}

export function matrixText(L: AppConfigText, m: Matrix): { title: string; note?: string } {
  const o = L.emm.matrices[m.id];
  return { title: o?.title ?? m.title, note: m.note ? (o?.note ?? m.note) : undefined };
}

export function rowText(L: AppConfigText, m: Matrix, r: MatrixRow): { group?: string; name: string; requirement?: string; note?: string } {
  const o = L.emm.matrices[m.id]?.rows?.[r.id];
  // Korean rows carry the seed's own wording (nameKo) in the catalog itself.
  const name = o?.name ?? (L.locale === 'ko' && r.nameKo ? r.nameKo : r.name);
  return {
    group: r.group ? (o?.group ?? r.group) : undefined,
    name,
    requirement: r.requirement ? (o?.requirement ?? r.requirement) : undefined,
    note: r.note ? (o?.note ?? r.note) : undefined,
  };
}
