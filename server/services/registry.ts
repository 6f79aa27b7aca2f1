// Which service handles which kind of file. A new format is one line here.
import { allowListService } from './allowlist';
import { appConfigService } from './appconfig';
import { xconfigurationService, xstatusService } from './expressway';
import { withAllowListChecks, withCertificateLinks, withDeploymentFindings, withDeploymentReady } from './expressway/links';
import { certificateService } from './certificate';
import { dnsService } from './dns';
import { jabberConfigService } from './jabber';
import { settingsService } from './settings';
import type { DocumentKind, FormatService } from './types';

export const services: Record<DocumentKind, FormatService> = {
  // Each service below reads its folder's deployment (the MRA switch of a dump beside a jabber-config, say).
  'jabber-config': withDeploymentReady(jabberConfigService),
  'app-config': appConfigService,
  'uc-settings': withDeploymentFindings(settingsService),
  'expressway-xconfiguration': withDeploymentReady(xconfigurationService),
  'expressway-xstatus': withDeploymentReady(xstatusService),
  // Certificates and DNS lookups of a deployment also carry its cross-artifact findings.
  certificate: withCertificateLinks(certificateService),
  dns: withDeploymentFindings(dnsService),
  'allow-list': withAllowListChecks(allowListService),
};
