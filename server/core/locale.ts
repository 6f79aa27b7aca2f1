// The languages the server speaks (schemas/l10n overlays): every layer names them with this type.
export type Locale = 'en' | 'ko' | 'ja';
