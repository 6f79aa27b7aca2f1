#!/usr/bin/env node
// Builds test/fixtures/cisco-examples/jabber-parameters.json: one value for every catalogued
// jabber-config parameter, for the false-positive gate (test/unit/false-positive-gate.test.ts).
// Plain Node ESM, no dependencies. Run: node scripts/catalog/build-cisco-examples.mjs
//
// Each value says where it comes from (`kind`):
//   example      — Cisco's own example value, with the page that shows it;
//   default      — no example at hand: the documented default (schemas/jabber-parameters.json);
//   first-value  — neither: the first documented value;
//   undocumented — none of these: no value (null), so the gap stays visible.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const corpus = resolve(root, '../shared/corpus/jabber-config');
const catalog = JSON.parse(readFileSync(resolve(root, 'schemas/jabber-parameters.json'), 'utf8'));
const outFile = resolve(root, 'test/fixtures/cisco-examples/jabber-parameters.json');

const PRG140 = 'https://www.cisco.com/c/en/us/td/docs/voice_ip_comm/jabber/14_0/cjab_book_parameters-reference-guide-for-cisco-jabber-14_0/cjab_b_parameter-reference-guide-jabber-129_chapter_';
const PAGE = {
  options: PRG140 + '0100.html',
  common: PRG140 + '0111.html',
  directory: PRG140 + '01011.html',
  directory128: 'https://www.cisco.com/c/en/us/td/docs/voice_ip_comm/jabber/12_8/cjab_b_parameter-reference-guide-jabber-128/cjab_b_parameter-reference-guide-jabber-128_chapter_01010.html',
};

// Example values read on Cisco's Parameters Reference Guide pages ("Example: <Name>value</Name>"),
// verbatim (surrounding spaces included, as the page prints them).
const CURATED = [
  // Parameters Reference Guide 14.0, Options.
  ...[
    ['AdminConfiguredBot', 'bot1@example.com;bot2@example.com;bot3@example.com'],
    ['AllowUserCustomTabs', 'false'],
    ['BrowserEngineForCustomTab', 'Chrome'],
    ['CalendarAutoRefreshTime', '0'],
    ['CalendarIntegrationType', '1'],
    ['Callhistory_Expire_Days', '2'],
    ['ConfMediaType', 'WebExOnly'],
    ['DisableClientConfigExchangeServer', 'true'],
    ['DockedWindowPosition', 'TopLeft'],
    ['DockedWindowVisible', 'false'],
    ['EnableBridgeConferencing', 'true'],
    ['EnableCalendarIntegration', 'true'],
    ['EnableLoadAddressBook', 'true'],
    ['EnableProximity', 'true'],
    ['EnableSaveChatHistoryToExchange', 'true'],
    ['EnableVoipSocket', 'true'],
    ['Exchange_UseCredentialsFrom', 'CUCM'],
    ['ExchangeAuthenticateWithSystemAccount', 'false'],
    ['ExchangeAutodiscoverDomain', ' domain '],
    ['ExternalExchangeServer', 'external_exchange_server'],
    ['HeadsetPreference', 'PreferOldDevice'],
    ['InternalExchangeServer', 'Internal_exchange_server'],
    ['lastselectedline', 'Line3: 332102'],
    ['Location_Enabled', 'false'],
    ['LOCATION_MATCHING_MODE', 'MacAddressWithSubnet'],
    ['Location_Mode', 'DISABLED'],
    ['MacCalendarIntegrationType', '2'],
    ['multiline3_ringtonename', 'Playful'],
    ['RefreshCustomTabsOnNetworkChange', 'true'],
    ['SaveChatHistoryToExchangeOperationMode', 'EnabledByDefault'],
    ['Set_Status_Away_On_Inactive', 'false'],
    ['Set_Status_Away_On_Lock_OS', 'false'],
    ['Set_Status_Inactive_Timeout', '10'],
    ['ShowContactPictures', 'false'],
    ['ShowOfflineContacts', 'false'],
    ['ShowTabLabel', 'true'],
    ['Start_Client_On_Start_OS', 'true'],
    ['StartCallWithVideo', 'false'],
    ['UseBridgeForConferenceCalls', 'false'],
    ['UserBridgeUriAdmin', '%%uid%%@example.com'],
  ].map(([name, value]) => [name, value, PAGE.options]),
  // Parameters Reference Guide 14.0, Common Policies.
  ...[
    ['AddContactProtocolRateLimit', '10'],
    ['AddContactProtocolTimeLimit', '10'],
    ['AlertOnAvailableEnabled', 'false'],
    ['BlockAccessoriesManagerPlugins', ' JabraJabberPlugin.dll,lucpcisco.dll '],
    ['BlockVersionBelow', '12.9.1'],
    ['CiscoTelProtocolCrossLaunchBackNotificationEnabled', 'false'],
    ['ClickToCallProtocolPermissionEnabled', 'false'],
    ['ClickToCallWithEditProtocolPermissionEnabled', 'false'],
    ['CommonCriteriaEndCallTimeout', ' 60 '],
    ['CTIWindowBehaviour', 'Never'],
    ['DeskPhoneModeWindowBehavior', 'Never'],
    ['DetailedLogDurationDesktop', '10'],
    ['DetailedLogDurationMobile', '10'],
    ['DiagnosticsToolEnabled', 'false'],
    ['Disable_MultiDevice_Message', 'true'],
    ['DisableVoicemailSentBox', 'true'],
    ['Disallow_File_Transfer_On_Mobile', 'true'],
    ['EnableAccessoriesManager', 'false'],
    ['EnableADLockPrevention', 'true'],
    ['EnableBFCPVideoDesktopShare', 'false'],
    ['EnableCallPickup', 'true'],
    ['EnableCiscoChatProtocol', 'false'],
    ['EnableCiscoIMGroupProtocol', 'false'],
    ['EnableCiscoIMProtocol', 'false'],
    ['EnableCiscoTelConfProtocol', 'false'],
    ['EnableCiscoTelProtocol', 'false'],
    ['EnableClickToCallProtocol', 'false'],
    ['EnableDualConnections', 'True'],
    ['EnableForensicsContactData', 'false'],
    ['EnableGroupCallPickup', 'true'],
    ['EnableHuntGroup', 'true'],
    ['EnableIMProtocol', 'false'],
    ['EnableLocalAddressBookSearch', 'false'],
    ['EnableLotusNotesCLibrarySupport', 'true'],
    ['EnableLotusNotesContactResolution', 'true'],
    ['EnableMediaStatistics', 'FALSE'],
    ['EnableOtherGroupPickup', 'true'],
    ['EnableP2PDesktopShare', 'false'],
    ['EnableProfileProtocol', 'false'],
    ['EnableProvisionProtocol', 'false'],
    ['EnableRecordingTone', 'true'],
    ['EnableSaveChatToFile', 'false'],
    ['EnableShareProtocol', 'false'],
    ['EnablesSendLogsViaEmail', 'True'],
    ['EnableSIPProtocol', 'false'],
    ['EnableSIPURIDialling', 'true'],
    ['EnableStatusProtocol', 'false'],
    ['EnableTelephonyProtocolRateLimit', 'false'],
    ['EnableTelProtocol', 'false'],
    ['CiscoTelProtocolPermissionEnabled', 'false'],
    ['EnableVideo', 'false'],
    ['EnableVoicePush', 'true'],
    ['EnableXMPPProtocol', 'false'],
    ['FCM_Push_Notification_Enabled', 'false'],
    ['ForceC2XDirectoryResolution', 'false'],
    ['ForceDevicePin', 'false'],
    ['ForceFontSmoothing', 'false'],
    ['ForceUpgradingOnMobile', 'true'],
    ['Inactive_Connection_Activation_Timer', '60'],
    ['InvalidCredentialsLogout', 'true'],
    ['LegacyOAuthLogout', 'true'],
    ['LocalRecordingToneVolume', '25'],
    ['LogWritingDesktop', 'UserCanEnable'],
    ['LogWritingMobile', 'UserCanEnable'],
    ['MaxNumberOfFilesDesktop', '15'],
    ['MaxNumberOfFilesMobile', '20'],
    ['Meetings_Enabled', 'false'],
    ['MuteAudioByDefault', ' true '],
    ['NearEndRecordingToneVolume', '25'],
    ['Prefer_BIB_Recorder', 'true'],
    ['PresenceProtocolRateLimit', '10'],
    ['PresenceProtocolTimeLimit', '5'],
    ['PreventDeclineOnHuntCall', 'true'],
    ['PrintIMEnabled', 'false'],
    ['ProfileProtocolRateLimit', '10'],
    ['ProfileProtocolTimeLimit', '10'],
    ['ProvisionProtocolRateLimit', '10'],
    ['ProvisionProtocolTimeLimit', '10'],
    ['Push_Notification_Enabled', 'false'],
    ['Recent_Chats_Enabled', 'false'],
    ['RecordingToneInterval', 'true'],
    ['RememberChatList', 'on'],
    ['RemoteDestinationEditingWithMultipleDevices', 'false'],
    ['RemotePRTServer', 'http:// server path /UploadZIP.php'],
    ['SaveLogToLocal', 'True'],
    ['ScreenShareAuditMessages', 'true'],
    ['selfcareURL', ' http://server_name/selfcareURL '],
    ['ServiceDiscoveryExcludedServices', ' WEBEX,CUCM '],
    ['ServicesDomainSsoEmailPrompt', 'ON'],
    ['SharePortRangeStart', '45130'],
    ['SharePortRangeSize', '100'],
    ['ShareProtocolRateLimit', '10'],
    ['ShareProtocolTimeLimit', '10'],
    ['ShowSelfCarePortal', 'false'],
    ['SoftPhoneModeWindowBehavior', 'Never'],
    ['TelemetryCustomerID', ' customerIdentifier '],
    ['TelemetryEnabled', 'false'],
    ['TelemetryEnabledOverCellularData', 'false'],
    ['Telephony_Enabled', 'false'],
    ['TelephonyProtocolRateLimit', '10'],
    ['TelephonyProtocolTimeLimit', '10'],
    ['UserDefinedRemoteDestinations', 'true'],
    ['UserEnabledDetailedLogging', 'True'],
    ['Voicemail_Enabled', 'false'],
    ['VoiceServicesDomain', 'voice.example.com'],
    ['WhitelistBot', 'bot1@example.com;bot2@example.com;bot3@example.com'],
  ].map(([name, value]) => [name, value, PAGE.common]),
  ['EnablePromoteMobile', 'false', PAGE.common],
  ['PromotionWelcomeText', ' Download the Cisco Jabber for Android app. ', PAGE.common],
  ['AndroidDownloadURL', ' www.example.com/download ', PAGE.common],
  ['IOSDownloadURL', ' www.example.com/download ', PAGE.common],
  // Parameters Reference Guide 12.8, Directory Integration (its examples, values decoded from XML).
  ...[
    ['PrimaryServerName', 'parent-domain-fqdn'],
    ['SecondaryServerName', 'www.example.com'],
    ['ServerPort1', '123'],
    ['ServerPort2', '345'],
    ['ConnectionUsername', 'username'],
    ['ConnectionPassword', 'password'],
    ['UseANR', 'false'],
    ['BaseFilter', '(&(objectCategory=person) (memberOf=cn=group-name))'],
    ['GroupBaseFilter', '(&(objectCategory=person)(memberOf=cn=group-name))'],
    ['DisableSecondaryNumberLookups', '1'],
    ['SearchTimeout', '6'],
    ['UseWildcards', '1'],
    ['MinimumCharacterQuery', '2'],
    ['SearchBase1', 'OU=Users1'],
    ['GroupSearchBase1', 'OU=Group1'],
    ['UseSipUriToResolveContacts', 'true'],
    ['UriPrefix', 'sip:'],
    ['SipUri', 'msRTCSIP-PrimaryUserAddress'],
    ['LdapSupportedMechanisms', 'GSSAPI EXTERNAL PLAIN'],
    ['EnableEmployeeNumber', '0'],
    ['UseLdapReferral', '1'],
    ['LDAP_UseCredentialsFrom', 'CUCM'],
    ['LdapUserDomain', 'example.com'],
    ['PhotoUriSubstitutionEnabled', 'true'],
    ['PhotoUriSubstitutionToken', 'sAMAccountName'],
    ['PhotoUriWithToken', 'http://staffphoto.example.com/sAMAccountName.jpg'],
    ['PhoneNumberMasks', '+1408|+(#) ### ### ####'],
    ['ContactSearchSource', 'CI-UDS-LDAP'],
    ['ContactProfileSource', 'CI-UDS-LDAP'],
    ['DirectoryServerType', 'LDAP'],
    ['PresenceDomain', 'example.com'],
    ['UdsServer', 'ccm1'],
    ['UdsPhotoUriWithToken', 'http://www.photo/url/path/%%uid%%.jpg'],
    ['EmailAddress', 'mail'],
    ['DirectoryUriPrefix', 'sip:'],
    ['MaxWordsOfFirstName', '2'],
    ['MaxWordsOfLastName', '2'],
    ['ConnectionType', '1'],
  ].map(([name, value]) => [name, value, PAGE.directory128]),
];

// Complete example files of the reference guides kept in the shared corpus, with their pages
// (../shared/corpus/jabber-config/SOURCES.md). Only simple <Name>value</Name> elements are taken.
const sources = readFileSync(resolve(corpus, 'SOURCES.md'), 'utf8');
const REFERENCE_FILES = ['docs/D01-ciscodocs-prg141-example-configuration.xml', 'docs/D06-ciscodocs-prg140-voicemail-credentials.xml'];

const byLower = new Map(catalog.parameters.map((p) => [p.name.toLowerCase(), p]));
for (const p of catalog.parameters) for (const a of p.aliases ?? []) byLower.set(a.toLowerCase(), p);
const examples = new Map();
for (const f of REFERENCE_FILES) {
  const page = new RegExp(`^\\| ${f.replace(/[.]/g, '\\.')} \\| (\\S+) `, 'm').exec(sources)?.[1];
  if (!page) throw new Error(`no page for ${f} in SOURCES.md`);
  for (const m of readFileSync(resolve(corpus, f), 'utf8').matchAll(/<([A-Za-z_][\w-]*)>([^<]*)<\/\1>/g)) {
    const p = byLower.get(m[1].toLowerCase());
    if (p && !examples.has(p.name)) examples.set(p.name, { value: m[2], kind: 'example', page });
  }
}
for (const [name, value, page] of CURATED) {
  if (!byLower.has(name.toLowerCase())) {
    console.warn(`not catalogued, left out: ${name}`);
    continue;
  }
  examples.set(byLower.get(name.toLowerCase()).name, { value, kind: 'example', page });
}

const sourceOf = (p) => (Array.isArray(p.source) ? p.source[0] : p.source);
const rows = catalog.parameters.map((p) => {
  const e = examples.get(p.name);
  if (e) return { name: p.name, group: p.group, ...e };
  if (p.default !== undefined) return { name: p.name, group: p.group, value: p.default, kind: 'default', page: sourceOf(p) };
  if (p.values?.length) return { name: p.name, group: p.group, value: p.values[0].value, kind: 'first-value', page: sourceOf(p) };
  return { name: p.name, group: p.group, value: null, kind: 'undocumented', page: sourceOf(p) };
});
const count = (k) => rows.filter((r) => r.kind === k).length;
writeFileSync(outFile, JSON.stringify({
  $comment: 'Generated by scripts/catalog/build-cisco-examples.mjs: one value per catalogued jabber-config parameter and where it comes from (example = Cisco\'s own example on the page named; default / first-value = the documented default or first documented value, used where no example was at hand; undocumented = no value).',
  counts: { example: count('example'), default: count('default'), 'first-value': count('first-value'), undocumented: count('undocumented') },
  parameters: rows,
}, null, 1) + '\n');
console.log(`wrote ${rows.length} parameters`, JSON.stringify({ example: count('example'), default: count('default'), 'first-value': count('first-value'), undocumented: count('undocumented') }));
