// Which service handles which kind of file. A new format is one line here.
import { appConfigService } from './appconfig';
import { xconfigurationService, xstatusService } from './expressway';
import { jabberConfigService } from './jabber';
import { settingsService } from './settings';
import type { DocumentKind, FormatService } from './types';

export const services: Record<DocumentKind, FormatService> = {
  'jabber-config': jabberConfigService,
  'app-config': appConfigService,
  'uc-settings': settingsService,
  'expressway-xconfiguration': xconfigurationService,
  'expressway-xstatus': xstatusService,
};
