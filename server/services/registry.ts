// Which service handles which kind of file. A new format is one line here.
import { allowListService } from './allowlist';
import { appConfigService } from './appconfig';
import { certificateService } from './certificate';
import { dnsService } from './dns';
import { jabberConfigService } from './jabber';
import { settingsService } from './settings';
import type { DocumentKind, FormatService } from './types';

export const services: Record<DocumentKind, FormatService> = {
  'jabber-config': jabberConfigService,
  'app-config': appConfigService,
  'uc-settings': settingsService,
  certificate: certificateService,
  dns: dnsService,
  'allow-list': allowListService,
};
