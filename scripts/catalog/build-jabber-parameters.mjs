#!/usr/bin/env node
// Builds schemas/jabber-parameters.json — the catalog of Cisco Jabber jabber-config.xml parameters.
// Plain Node ESM, no dependencies. Curated rows live below as data; run:
//   node scripts/catalog/build-jabber-parameters.mjs
// Output: sorted by group then name, 2-space indented. Descriptions are our own words.
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const outFile = resolve(here, '../../schemas/jabber-parameters.json');

// ---------------------------------------------------------------------------------------------
// Sources
// ---------------------------------------------------------------------------------------------
const PRG140 =
  'https://www.cisco.com/c/en/us/td/docs/voice_ip_comm/jabber/14_0/cjab_book_parameters-reference-guide-for-cisco-jabber-14_0/cjab_b_parameter-reference-guide-jabber-129_chapter_';
const S = {
  config:
    'https://www.cisco.com/c/en/us/td/docs/voice_ip_comm/jabber/14_1/cjab_b_param-reference-for-jabber141/cjab_b_parameter-reference-guide-jabber-129_chapter_010.html',
  client: PRG140 + '011.html',
  options: PRG140 + '0100.html',
  phone: PRG140 + '0101.html',
  onprem: PRG140 + '0110.html',
  common: PRG140 + '0111.html',
  voicemail: PRG140 + '01001.html',
  cucm: PRG140 + '01010.html',
  directory: PRG140 + '01011.html',
  presence:
    'https://cisco.com/c/zh_cn/td/docs/voice_ip_comm/jabber/14_1/cjab_b_param-reference-for-jabber141/cjab_b_parameter-reference-guide-jabber-129_chapter_01000.html',
  dir116:
    'https://www.cisco.com/c/en/us/td/docs/voice_ip_comm/jabber/11_6/cjab_b_parameters-reference-guide-for-cisco/cjab_b_parameters-reference-guide-for-cisco_chapter_01010.html',
  dig105dir:
    'https://www.cisco.com/c/en/us/td/docs/voice_ip_comm/jabber/10_5/CJAB_BK_D6497E98_00_deployment-installation-guide-ciscojabber/CJAB_BK_D6497E98_00_deployment-installation-guide-ciscojabber_chapter_01011.html',
  webexApp:
    'https://www.cisco.com/c/en/us/td/docs/voice_ip_comm/cloudCollaboration/wbxt/ucmcalling/unified-cm-wbx-teams-deployment-guide/unified-cm-wbx-teams-deployment-guide_appendix_0100.html',
  webexAppJa:
    'https://www.cisco.com/c/ja_jp/td/docs/voice_ip_comm/cloudCollaboration/wbxt/ucmcalling/unified-cm-wbx-teams-deployment-guide/unified-cm-wbx-teams-deployment-guide_appendix_0100.html',
  // Table-of-contents / section text actually read during this build (docs corpus):
  tocClient140zh:
    'https://www.cisco.com/c/zh_cn/td/docs/voice_ip_comm/jabber/14_0/cjab_book_parameters-reference-guide-for-cisco-jabber-14_0/cjab_b_parameter-reference-guide-jabber-129_chapter_011.pdf',
  tocClient140ja:
    'https://www.cisco.com/c/ja_jp/td/docs/voice_ip_comm/jabber/14_0/cjab_book_parameters-reference-guide-for-cisco-jabber-14_0/cjab_b_parameter-reference-guide-jabber-129_chapter_011.pdf',
  tocClient141ko:
    'https://cisco.com/c/ko_kr/td/docs/voice_ip_comm/jabber/14_1/cjab_b_param-reference-for-jabber141/cjab_b_parameter-reference-guide-jabber-129_chapter_011.pdf',
  tocClient128ja:
    'https://www.cisco.com/c/ja_jp/td/docs/voice_ip_comm/jabber/12_8/cjab_b_parameter-reference-guide-jabber-128/cjab_b_parameter-reference-guide-jabber-128_chapter_011.pdf',
  tocCommon140ja:
    'https://www.cisco.com/c/ja_jp/td/docs/voice_ip_comm/jabber/14_0/cjab_book_parameters-reference-guide-for-cisco-jabber-14_0/cjab_b_parameter-reference-guide-jabber-129_chapter_0111.pdf',
  tocCommon128ja:
    'https://cisco.com/c/ja_jp/td/docs/voice_ip_comm/jabber/12_8/cjab_b_parameter-reference-guide-jabber-128/cjab_b_parameter-reference-guide-jabber-128_chapter_0111.pdf',
  tocPhone141:
    'https://www.cisco.com/c/ja_jp/td/docs/voice_ip_comm/jabber/14_1/cjab_b_param-reference-for-jabber141/cjab_b_parameter-reference-guide-jabber-129_chapter_0101.pdf',
  tocPresence127:
    'https://cisco.com/c/zh_cn/td/docs/voice_ip_comm/jabber/12_7/cjab_b_parameter-reference-guide-jabber-127/cjab_b_parameter-reference-guide-jabber-127_chapter_01000.pdf',
  cucm140zh:
    'https://www.cisco.com/c/zh_cn/td/docs/voice_ip_comm/jabber/14_0/cjab_book_parameters-reference-guide-for-cisco-jabber-14_0/cjab_b_parameter-reference-guide-jabber-129_chapter_01010.pdf',
  onprem129zh:
    'https://cisco.com/c/zh_cn/td/docs/voice_ip_comm/jabber/12_9/cjab_b_parameter-reference-guide-jabber-129/cjab_b_parameter-reference-guide-jabber-129_chapter_0110.html',
  dirMap140:
    'https://www.cisco.com/c/en/us/td/docs/voice_ip_comm/jabber/14_0/cjab_book_parameters-reference-guide-for-cisco-jabber-14_0/cjab_b_parameter-reference-guide-jabber-129_chapter_01011.html',
  seedMra: '000_fa4da8112fd6f5c3.txt § Remote Access, 표 1 (모바일 및 Remote Access용 Expressway를 위해 지원되는 서비스 요약)',
  seedEmm: '000_fa4da8112fd6f5c3.txt § Enterprise Mobility Management 구축 (EMMType)',
  seedMraLogin: '000_fa4da8112fd6f5c3.txt § 모바일 및 Remote Access용 Expressway를 사용하여 Jabber에 처음 로그인',
  seedBb: '000_fa4da8112fd6f5c3.txt § BlackBerry용 Jabber가 포함된 EMM (앱 구성 필드 표)',
  mraAllowList:
    'https://www.cisco.com/c/en/us/td/docs/voice_ip_comm/expressway/config_guide/X12-6/exwy_b_mra-expressway-deployment-guide/exwy_b_mra-expressway-deployment-guide_chapter_01000.html (Working With the Allow List)',
  tac213406: 'https://www.cisco.com/c/en/us/support/docs/unified-communications/jabber/213406-test-directory-attribute-mapping-for-jab.html',
  tac200119: 'https://www.cisco.com/c/en/us/support/docs/unified-communications/jabber-windows/200119-Cisco-Jabber-Windows-Upgrade-Using-jabber-config.html',
  tac212104: 'https://www.cisco.com/c/en/us/support/docs/unified-communications/expressway/212104-Configure-Jabber-Photos-over-MRA.html',
  tac217613:
    'https://www.cisco.com/c/en/us/support/docs/unified-communications/jabber-software-development-kit/217613-troubleshoot-jabber-12-9-and-14-unable-t.html',
  tac213803: 'https://www.cisco.com/c/en/us/support/docs/unified-communications/jabber-windows/213803-jabber-directory-integration.html',
  tac118999: 'https://www.cisco.com/c/en/us/support/docs/unified-communications/jabber-windows/118999-config-imaddress-jabber-00.html',
  fieldNotes: 'cisco-jabber-parameters-reference',
};

// Which names were checked against reference text actually read in this build (chapter tables of contents,
// section text, mapping table). Everything else comes from the starting list (TSV) whose source is the PRG
// chapter named in `source`. Used for the build summary and for each entry's `evidence` (see "Section text read" below).
const VERIFIED_TOC = new Set();
const tocVerify = (list, src) =>
  list
    .split(/\s+/)
    .filter(Boolean)
    .forEach((n) => VERIFIED_TOC.add(n + '@' + src));

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------
const PLAT = {
  all: ['windows', 'mac', 'ios', 'android'],
  desktop: ['windows', 'mac'],
  mobile: ['ios', 'android'],
  win: ['windows'],
  mac: ['mac'],
  ios: ['ios'],
  android: ['android'],
};
function plats(spec) {
  const out = [];
  for (const part of spec.split(',')) {
    const p = PLAT[part.trim()];
    if (!p) throw new Error('bad platform ' + part);
    for (const x of p) if (!out.includes(x)) out.push(x);
  }
  return ['windows', 'mac', 'ios', 'android'].filter((x) => out.includes(x));
}
const vals = (...vs) => vs.map((v) => (typeof v === 'string' ? { value: v } : v));
const params = [];
const seen = new Map();
/**
 * p(name, group, platforms, type, description, extra)
 * extra: default, defaultNote, values, min, max, unit, list, aliases, otherGroups, modes, since, deprecated,
 *        sensitive, mraNote, notes, src (array of S keys or literal strings), confidence, caseSensitiveValues
 */
function p(name, group, platformSpec, type, description, extra = {}) {
  const { src = [], ...rest } = extra;
  const source = (Array.isArray(src) ? src : [src]).map((k) => S[k] ?? k);
  if (!source.length) throw new Error('no source for ' + name);
  const entry = { name, group, type, description, platforms: plats(platformSpec), source: source.length === 1 ? source[0] : source };
  for (const [k, v] of Object.entries(rest)) if (v !== undefined) entry[k] = v;
  if (entry.values) entry.values = vals(...entry.values);
  const key = name.toLowerCase();
  if (seen.has(key)) throw new Error('duplicate ' + name);
  seen.set(key, entry);
  params.push(entry);
  return entry;
}
const bool = (name, group, plat, def, description, extra = {}) => p(name, group, plat, 'boolean', description, { default: def, ...extra });

// =============================================================================================
// CLIENT  (PRG 14.0 chapter "Client")
// =============================================================================================
tocVerify(
  `AllowUserSelectChatsFileDirectory AutoAcceptFileTransfer AutoAcceptImage AutoAnswerForGuidedAccess
 AutosaveChatsLocation CachePasswordMobile CacheSessionCookieInDevice Call_Center_Audio_Enhance_Mode ChatAlert
 ChatTelephonyEscalationLimit ContactCardonHover DefaultActionOfContactList Disable_IM_History DisableAllMeetingReminder
 DisableAudioDucking DisableCallHistoryResolution DisableLocusCMR DisableNonAcceptMeetingReminder DisableRemoteDesktopControl
 DisableStartOnlineForOfflineMeeting DisplayScreenshotWhenSwitchApps EMMType EnableAutosave EnableConvertNumberToURI EnableFecc
 EnableFTE EnableInlineImages EnablePrt EnablePrtEncryption EnableReminderForNoneWebExMeeting EnableSaveLogsToLocal
 EnableSingleNumberReach EnableVDIFallback ForceLogoutTimerDesktop ForceLogoutTimerMobile Forgot_Password_URL
 GlobalPhoneServiceErrorOnMobile HideCallControlStrip IP_Mode J2JMaxBandwidthKbps jabber-plugin-config JabberHelpLink JawsSounds
 MakeUsernameReadOnly MaxNumberOfBookmarks Mention_GroupChat Mention_P2Pchat Mention_PersistentChat MyJabberFilesLocation
 pChatMeeting pChatShare`,
  'client',
);
tocVerify(
  `Persistent_Chat_Enabled Persistent_Chat_Mobile_Enabled PersistentChatTelephonyEnabled
 PersistIMNotifications PrtCertificateName PRTCertificateUrl PrtLogServerURL RestoreChatOnLogin SaveLogToLocal ForceUpgradingOnMobile`,
  'client128',
);
tocVerify('EnableVDIFullScan', 'client141');
const C = (name, plat, def, d, x = {}) => bool(name, 'Client', plat, def, d, { src: ['client'], ...x });

C('AllowUserSelectChatsFileDirectory', 'win', 'true', 'Lets users pick the folder in which their saved chats are stored.', {
  notes: ['Works together with AutosaveChatsLocation and MyJabberFilesLocation.'],
});
C('AutoAcceptFileTransfer', 'desktop', 'false', 'When true, incoming file transfers are accepted without asking the user.');
C('AutoAcceptImage', 'desktop', 'true', 'When true, images sent in a chat are accepted and shown automatically.');
C('AutoAnswerForGuidedAccess', 'ios', 'false', 'Lets the iOS client answer calls automatically while the device is locked in Guided Access mode.');
p('AutosaveChatsLocation', 'Client', 'win', 'path', 'Absolute folder path where chats are saved automatically when automatic saving is on.', {
  defaultNote: "The user's Documents folder when not set.",
  src: ['client'],
  notes: ['Interacts with MyJabberFilesLocation and AllowUserSelectChatsFileDirectory; only used when EnableAutosave is true.'],
});
C('CachePasswordMobile', 'mobile', 'true', 'Controls whether the mobile clients keep the user password so they can sign in again without prompting.', {
  notes: ['Also settable through EMM app configuration.', 'Used with STARTUP_AUTHENTICATION_REQUIRED for Fast Sign-in.'],
});
C('CacheSessionCookieInDevice', 'ios', 'true', 'Controls whether the iOS client stores the SSO session cookie on the device.');
C('Call_Center_Audio_Enhance_Mode', 'all', 'false', 'Turns on audio processing tuned for call-centre (headset-heavy) use.', {
  src: ['client', 'tocClient140zh', 'tocClient141ko'],
  confidence: 'medium',
  notes: ['Cisco’s Parameters Reference Guide 14.0 lists it in the Client chapter; the 14.1 guide (Korean edition) does not.'],
});
p('ChatAlert', 'Client', 'win', 'string', 'Name of the sound played when a chat message arrives (for example IMAlert_1).', { src: ['client'] });
p('ChatTelephonyEscalationLimit', 'Client', 'win', 'integer', 'Largest group chat that can be escalated to a conference call; 0 turns escalation off.', {
  default: '25',
  min: 0,
  src: ['client'],
});
C('ContactCardonHover', 'desktop', 'true', 'Shows the contact card when the pointer hovers over a contact.');
p('DefaultActionOfContactList', 'Client', 'mobile', 'enum', 'What tapping a contact in the mobile contact list does: open a chat or start a call.', {
  values: ['Chat', 'Call'],
  default: 'Chat',
  src: ['client'],
});
C('Disable_IM_History', 'all', 'false', 'When true the client keeps no local instant-message history after a chat window closes.', {
  since: '11.8',
  notes: ['Not for IM-only deployments.', 'Persistent chat requires this to stay false.'],
});
C('DisableAllMeetingReminder', 'desktop', 'false', 'Suppresses all meeting reminder pop-ups.');
C('DisableAudioDucking', 'win', 'true', 'Stops Windows from lowering other application volume while a Jabber call is active.');
C('DisableCallHistoryResolution', 'all', 'false', 'When true the client does not look up contact details for call-history entries.');
C('DisableLocusCMR', 'all', 'false', 'Disables the Webex cloud meeting (Locus/CMR) features in the client.');
C('DisableNonAcceptMeetingReminder', 'desktop', 'false', 'Suppresses reminders for meetings the user has not accepted.');
C('DisableRemoteDesktopControl', 'win', 'false', 'Prevents remote control of the desktop during screen sharing.');
C('DisableStartOnlineForOfflineMeeting', 'win', 'true', 'Hides the option to start an online meeting for a calendar meeting that has none.');
C('DisplayScreenshotWhenSwitchApps', 'android', 'true', 'Controls whether Android shows a preview of Jabber content in the recent-apps switcher.');
p('EMMType', 'Client', 'mobile', 'list', 'Restricts which mobile Jabber builds may sign in: standard, Jabber for Intune and/or Jabber for BlackBerry.', {
  list: { separator: ';', itemType: 'enum' },
  values: [
    { value: '0', description: 'standard Jabber client' },
    { value: '1', description: 'Jabber for Intune' },
    { value: '2', description: 'Jabber for BlackBerry' },
  ],
  defaultNote: 'Unset: every client type may sign in.',
  notes: ['Example from the reference: 1;2 (only the two EMM builds may sign in).'],
  src: ['client', 'seedEmm'],
});
C('EnableAutosave', 'desktop', 'false', 'Saves chats automatically to the local file system when the conversation ends.', {
  notes: ['Requires local chat archiving to be allowed on the IM and Presence server.'],
});
C('EnableConvertNumberToURI', 'all', 'true', 'Controls whether dialled numbers are converted to directory URIs when resolving contacts.', {
  otherGroups: ['Policies'],
  src: ['client', 'tocCommon128ja'],
  notes: ['The Parameters Reference Guide 12.8 lists it under Common Policies; the 14.0 edition under Client.'],
});
C('EnableFecc', 'all', 'true', 'Allows far-end camera control of remote video endpoints from the client.');
C('EnableFTE', 'win', 'true', 'Enables the first-time experience screens shown to new users.');
C('EnableInlineImages', 'desktop', 'true', 'Shows pictures inline in the chat window instead of as file links.');
C('EnablePrt', 'desktop', 'true', 'Shows the problem-report (PRT) entry in the Help menu.');
C('EnablePrtEncryption', 'desktop', 'false', 'Encrypts problem reports before they are saved or sent.', {
  aliases: ['EnablePRTEncryption'],
  notes: [
    'Requires PrtCertificateName (desktop) or PRTCertificateUrl (mobile).',
    'EnablePRTEncryption is the spelling used by EMM/URL configuration documents.',
  ],
  src: ['client', 'fieldNotes'],
});
C('EnableReminderForNoneWebExMeeting', 'desktop', 'false', 'Shows reminders for calendar meetings that are not Webex meetings.');
C('EnableSaveLogsToLocal', 'android', 'true', 'Lets Android users save client logs to the device.');
C('EnableSingleNumberReach', 'all', 'true', 'Lets users manage Single Number Reach destinations from the client.', {
  otherGroups: ['Policies'],
  src: ['client', 'tocCommon128ja'],
  notes: ['The Parameters Reference Guide 12.8 lists it under Common Policies; the 14.0 edition under Client.'],
});
C('EnableVDIFallback', 'win', 'false', 'In a VDI deployment, lets the client fall back to hosted-virtual-desktop media when the VDI agent is unavailable.', {
  modes: ['vdi'],
});
C('EnableVDIFullScan', 'win', 'false', 'Makes the VDI client scan all endpoint devices rather than the default subset.', {
  modes: ['vdi'],
  since: '14.0.4',
  src: ['client', 'tocClient141ko'],
  notes: ['Requires Jabber Softphone for VDI 14.0.3 and Jabber for Windows 14.0.4 (CSCvz75206).'],
});
p('ForceLogoutTimerDesktop', 'Client', 'desktop', 'integer', 'Signs desktop users out after this many minutes of inactivity.', {
  min: 1,
  max: 480,
  unit: 'minutes',
  defaultNote: 'Unset: no automatic sign-out.',
  src: ['client'],
});
p(
  'ForceLogoutTimerMobile',
  'Client',
  'mobile',
  'integer',
  'Signs mobile users out after this many minutes of inactivity (app in background, no call interaction).',
  {
    min: 1,
    max: 480,
    unit: 'minutes',
    defaultNote: 'Unset: no automatic sign-out.',
    src: ['client'],
  },
);
p('Forgot_Password_URL', 'Client', 'desktop', 'url', 'Web page opened when a user clicks the forgotten-password link on the sign-in screen.', {
  src: ['client'],
});
C('GlobalPhoneServiceErrorOnMobile', 'mobile', 'false', 'Shows a global banner on mobile clients when phone services are unavailable.', { since: '12.8(1)' });
p('HideCallControlStrip', 'Client', 'win', 'enum', 'Controls whether the call-control strip is hidden in the call window.', {
  values: ['enable', 'disable'],
  default: 'disable',
  src: ['client'],
});
p('IP_Mode', 'Client', 'all', 'enum', 'Selects the IP protocol family the client uses for its connections.', {
  values: ['IPV4_Only', 'IPV6_Only', 'Dual_Stack'],
  default: 'Dual_Stack',
  src: ['client', 'seedBb'],
  notes: ['URL-provisioning/EMM documents spell the values IPv4-Only, IPv6-Only and Two Stacks; those spellings apply there, not in jabber-config.xml.'],
});
p('J2JMaxBandwidthKbps', 'Client', 'all', 'integer', 'Maximum bandwidth for Jabber-to-Jabber calls in cloud deployments; out-of-range values are clamped.', {
  min: 128,
  max: 4000,
  unit: 'kbps',
  default: '4000',
  modes: ['cloud'],
  src: ['client'],
});
p(
  'jabber-plugin-config',
  'Client',
  'all',
  'xml',
  'Nested XML that defines custom embedded tabs: browser-plugin/page elements with tooltip, icon and url children.',
  {
    notes: [
      'page takes optional refresh, preload and internal attributes.',
      'The url may contain the ${UserID} token.',
      'Custom HTML tabs are not supported over MRA.',
    ],
    src: ['client', 'config'],
  },
);
C('JabberHelpLink', 'win', 'true', 'Shows the link to Jabber help in the Help menu.');
C('JawsSounds', 'win', 'true', 'Plays the additional audio cues used with the JAWS screen reader.');
C('MakeUsernameReadOnly', 'desktop', 'false', 'Prevents users from editing the username on the sign-in screen.');
p('MaxNumberOfBookmarks', 'Client', 'desktop,mobile', 'integer', 'Maximum number of chat-room bookmarks a user may keep.', { default: '30', src: ['client'] });
C('Mention_GroupChat', 'win', 'true', 'Enables @mentions in group chats.');
C('Mention_P2Pchat', 'win', 'true', 'Enables @mentions in one-to-one chats.');
C('Mention_PersistentChat', 'win', 'true', 'Enables @mentions in persistent chat rooms.');
p('MyJabberFilesLocation', 'Client', 'win', 'path', 'Folder for files the user receives and chats saved by the client.', {
  notes: ['Normally written by the client UI when the user picks a folder.'],
  src: ['client'],
});
C('pChatMeeting', 'win', 'true', 'Shows the option to start a meeting from a persistent chat room.');
C('pChatShare', 'win', 'true', 'Shows the screen-share option in persistent chat rooms.');
C('Persistent_Chat_Enabled', 'desktop', 'false', 'Turns on persistent chat rooms in desktop clients.');
C('Persistent_Chat_Mobile_Enabled', 'mobile', 'false', 'Turns on persistent chat rooms in mobile clients.', {
  notes: ['Requires IM and Presence 11.5 SU5 or later.'],
});
C('PersistentChatTelephonyEnabled', 'win', 'true', 'Shows call options in persistent chat rooms.');
C('PersistIMNotifications', 'win', 'false', 'Keeps new-message notifications on screen until the user acts on them.');
p('PrtCertificateName', 'Client', 'desktop', 'string', 'Name of the certificate (in the enterprise trust store) used to encrypt problem reports.', {
  aliases: ['PRTCertificateName'],
  src: ['client', 'fieldNotes'],
  notes: ['Used when EnablePrtEncryption is true.'],
});
p('PRTCertificateUrl', 'Client', 'mobile', 'url', 'URL from which mobile clients fetch the public certificate used to encrypt problem reports.', {
  aliases: ['PRTCertificateURL'],
  src: ['client', 'fieldNotes'],
  notes: ['Used when EnablePrtEncryption is true.', 'PRTCertificateURL is the EMM/URL-configuration spelling.'],
});
p('PrtLogServerURL', 'Client', 'all', 'url', 'Address of the server-side script that receives problem reports uploaded by the client (HTTP POST).', {
  aliases: ['PrtLogServerUrl'],
  src: ['client', 'config', 'seedMra'],
  notes: ['The Parameters Reference Guide heading spells it PrtLogServerURL; the configuration-structure example in the same guide writes PrtLogServerUrl.'],
  mraNote:
    'Uploading problem reports is not supported over MRA: the client cannot reach the internal upload server; users must save the report locally and send it another way.',
});
C('ResetOnLogOutOnMobile', 'mobile', 'false', 'Resets the mobile client to its initial state when the user signs out.', { since: '12.8(1)' });
C('RestoreChatOnLogin', 'desktop', 'false', 'Reopens the conversations that were open when the user last signed out.');
C('SaveLogToLocal', 'mobile', 'true', 'Controls whether mobile clients write their logs to local storage.', {
  otherGroups: ['Policies'],
  src: ['client', 'common'],
  notes: ['Documented both in the Client chapter and in the Common Policies chapter.'],
  confidence: 'medium',
});
// note for SaveLogToLocal confidence
seen.get('savelogtolocal').notes.push("Cisco's pages disagree on its platforms (Android only, or both mobile clients); it is accepted on both.");
C('ScreenReaderShowErrors', 'win', 'true', 'Shows errors in dialogs so that screen readers announce them.');
C('ShowCallAlerts', 'all', 'true', 'Shows the incoming-call alert pop-up.');
p('ShowIconWhenMobile', 'Client', 'mobile', 'enum', 'Controls whether a mobile-device icon appears next to the presence of users signed in on a phone.', {
  values: ['On', 'Off', 'Default_on', 'Default_off'],
  default: 'Default_on',
  src: ['client'],
  notes: ['Default_on/Default_off set the initial state but let the user change it; On/Off are fixed.'],
});
C('ShowRecentsTab', 'win', 'true', 'Shows the Recents tab in the hub window.');
bool('SingleLinePhoneLabel', 'Client', 'desktop', undefined, 'Shows the line label instead of the number for users with a single line.', {
  defaultNote: 'The default depends on the deployment mode.',
  src: ['client'],
});
C('spell_check_enabled', 'win', 'false', 'Turns on spell checking in the chat input box.');
p('spell_check_language', 'Client', 'win', 'integer', 'Default spell-check dictionary, given as a Windows language ID (LCID), for example 1031 for German.', {
  src: ['client'],
});
C('StartCallsWithVideoOverCellular', 'mobile', 'false', 'Controls whether calls placed over a cellular data network start with video.');
C(
  'STARTUP_AUTHENTICATION_REQUIRED',
  'all',
  'false',
  'When false the client uses Fast Sign-in (cached credentials); when true users must authenticate at every start.',
  {
    notes: ['Also settable through EMM app configuration.'],
  },
);
C('SwapDisplayNameOrder', 'all', 'true', 'For some locales, shows surname before given name when the display name is built from those attributes.');
C('SystemIdleDuringCalls', 'win', 'false', 'Allows Windows screensaver/idle to start during a call.');
p('TelephonyOnlyDiscovery', 'Client', 'all', 'boolean', 'Limits service discovery to telephony services so the client starts in phone-only mode.', {
  default: 'False',
  src: ['client'],
});
C('UnreadMessageDeleteAlert', 'ios', 'true', 'Warns iOS users that unread messages are removed when the app is closed.', {
  notes: ['Not supported with APNs push on iOS 13 and later.'],
});
p('UpdateURL', 'Client', 'desktop', 'url', 'Address of the XML update file (jabber-update.xml) that tells desktop clients a newer version is available.', {
  aliases: ['UpdateUrl'],
  src: ['client', 'tac200119', 'seedMra'],
  notes: ['BlockVersionBelow is ignored when UpdateURL is used.', 'The Parameters Reference Guide heading spells UpdateURL; TAC 200119 writes UpdateUrl.'],
  mraNote:
    'Over MRA the server hosting the update must be on the Expressway-C HTTP server allow list; installer updates over MRA are not supported on Jabber for Mac.',
});
C('LdapAnonymousBinding', 'all', 'false', 'Binds to the LDAP directory anonymously instead of with credentials.', {
  notes: ['Conflicts with LDAP_UseCredentialsFrom, ConnectionUsername and ConnectionPassword.', 'Applies to on-premises LDAP directory integration.'],
  confidence: 'medium',
});
seen
  .get('ldapanonymousbinding')
  .notes.push('It acts on directory integration; some releases of the Parameters Reference Guide document it with the directory parameters.');
C('UseSystemLanguage', 'win', 'false', 'Makes the client follow the Windows display language instead of the regional format language.', { since: '11.1(1)' });
p('UXModel', 'Client', 'desktop', 'enum', 'Chooses between the modern (single-window) and the classic user-interface layout.', {
  values: ['modern', 'classic'],
  default: 'modern',
  caseSensitiveValues: true,
  src: ['client'],
  notes: ['The reference states that the values are case-sensitive.'],
});
C('ForceUpgradingOnMobile', 'android', 'false', 'Forces Android users to upgrade when a newer client is available.', {
  src: ['common', 'tocClient128ja'],
});
// ForceUpgradingOnMobile: 12.8 lists it in Client; the starting list (14.0) puts it in Common Policies.
Object.assign(seen.get('forceupgradingonmobile'), {
  group: 'Policies',
  otherGroups: ['Client'],
  notes: ['The Parameters Reference Guide 12.8 lists it in the Client chapter; the 14.0 edition in Common Policies.'],
});

// =============================================================================================
// OPTIONS  (PRG 14.0 chapter "Options")
// =============================================================================================
const O = (name, plat, def, d, x = {}) => bool(name, 'Options', plat, def, d, { src: ['options'], ...x });
p('AdminConfiguredBot', 'Options', 'desktop,ios', 'list', 'Chat bots added automatically to every user’s contact list, given as bot JIDs.', {
  list: { separator: ';', itemType: 'string' },
  src: ['options'],
});
O('AllowUserCustomTabs', 'desktop,mobile', 'true', 'Lets users create their own custom embedded tabs in the client.');
p('BrowserEngineForCustomTab', 'Options', 'win', 'enum', 'Browser engine used to render custom embedded tabs on Windows.', {
  values: ['Chrome', 'IE'],
  default: 'Chrome',
  since: '12.6(2)',
  src: ['options'],
});
p(
  'CalendarAutoRefreshTime',
  'Options',
  'desktop',
  'integer',
  'Minutes between automatic refreshes of the Meetings tab calendar; 0 disables periodic refresh.',
  {
    unit: 'minutes',
    default: '0',
    defaultNote: 'Documented default 0 on Windows and 5 on Mac.',
    src: ['options'],
  },
);
p('CalendarIntegrationType', 'Options', 'win', 'enum', 'Selects the calendar shown in the Meetings tab of Jabber for Windows.', {
  values: [
    { value: '0', description: 'no calendar integration' },
    { value: '1', description: 'Microsoft Outlook' },
    { value: '2', description: 'IBM Notes' },
    { value: '3', description: 'Google Calendar' },
  ],
  notes: ['Takes effect together with Meetings_Enabled=true.'],
  src: ['options'],
});
p('Callhistory_Expire_Days', 'Options', 'all', 'integer', 'Number of days after which call-history entries are deleted.', {
  unit: 'days',
  default: '0',
  defaultNote: '0 keeps history until the 250-entry limit is reached.',
  src: ['options'],
});
p('ConfigRefetchInterval', 'Options', 'all', 'integer', 'Hours between re-downloads of the configuration from the server.', {
  unit: 'hours',
  min: 4,
  default: '8',
  src: ['options'],
});
p('ConfMediaType', 'Options', 'all', 'enum', 'Restricts conference escalation to bridge (CMR) only or Webex only.', {
  values: ['BridgeOnly', 'WebExOnly'],
  defaultNote: 'Unset: both conference types are offered.',
  src: ['options'],
});
O('Disable_Meeting_SSO_Browser_Cache', 'mac', 'false', 'Stops the Mac client from caching the browser session used for meeting SSO.');
O('DisableClientConfigExchangeServer', 'desktop', 'false', 'Ignores Exchange server settings from the client configuration so users enter them manually.');
p('DockedWindowPosition', 'Options', 'win', 'enum', 'Screen position of the docked call window.', {
  values: ['TopCenter', 'TopLeft', 'TopRight'],
  default: 'TopCenter',
  src: ['options'],
});
O('DockedWindowVisible', 'win', 'true', 'Shows the docked window when the client starts.', {
  notes: ['The 10.5 documentation lists the values as TRUE/FALSE.'],
});
O('EnableBridgeConferencing', 'all', 'false', 'Shows the conference-bridge settings so users can host conferences on a bridge.', {
  notes: ['Used with UserBridgeUriAdmin.'],
});
O('EnableCalendarIntegration', 'mobile', 'false', 'Shows the device calendar in the mobile client’s Meetings view.');
O('EnableLoadAddressBook', 'mobile', 'true', 'Loads contacts from the phone’s native address book into the mobile client.');
O('EnableProximity', 'desktop', 'true', 'Lets desktop clients pair with nearby video devices over ultrasound (proximity).');
O('EnableSaveChatHistoryToExchange', 'desktop', 'false', 'Saves chat history to the user’s Exchange mailbox.', {
  deprecated: { replacedBy: 'SaveChatHistoryToExchangeOperationMode', note: 'Superseded by SaveChatHistoryToExchangeOperationMode.' },
});
O('EnableVoipSocket', 'ios', 'true', 'Kept a VoIP socket open on iOS so calls could be received in the background.', {
  deprecated: { note: 'Deprecated in August 2020 (Apple removed VoIP sockets; push notifications replace them).' },
});
p('Exchange_UseCredentialsFrom', 'Options', 'desktop', 'enum', 'Which sign-in credentials the client reuses for Exchange authentication.', {
  values: ['CUP', 'CUCM', 'WEBEX'],
  notes: ['Not used with Office 365.'],
  src: ['options'],
});
O('ExchangeAuthenticateWithSystemAccount', 'win', 'true', 'Authenticates to Exchange with the Windows account (NTLM/Kerberos) instead of stored credentials.', {
  notes: ['Ignored when ExchangeModernAuthentication is true.'],
});
p('ExchangeAutodiscoverDomain', 'Options', 'desktop', 'domain', 'Domain used to look up the Exchange server through Autodiscover.', {
  notes: [
    'Ignored when ExchangeModernAuthentication is true.',
    'Discovery priority: EmailAsExchangeDiscoverDomain, then ExchangeAutodiscoverDomain, then ExchangeDomain.',
  ],
  src: ['options'],
});
p('ExchangeDomain', 'Options', 'desktop', 'domain', 'Domain of the Exchange server, used for discovery and authentication.', { src: ['options'] });
O('ExchangeModernAuthentication', 'desktop', 'false', 'Uses OAuth (modern authentication) for Exchange/Office 365.', {
  notes: ['When true, ExchangeAuthenticateWithSystemAccount, ExchangeAutodiscoverDomain, InternalExchangeServer and ExternalExchangeServer are ignored.'],
});
p('ExternalExchangeServer', 'Options', 'desktop', 'host', 'Exchange server used when the client is outside the corporate network.', {
  notes: ['Ignored when ExchangeModernAuthentication is true.'],
  src: ['options'],
});
p('HeadsetPreference', 'Options', 'desktop', 'enum', 'Whether a newly connected headset becomes the active audio device or the current device is kept.', {
  values: ['PreferNewDevice', 'PreferOldDevice'],
  default: 'PreferNewDevice',
  src: ['options'],
  notes: ['Replaces HeadsetPreferenceOnVDI.'],
});
p('HeadsetPreferenceOnVDI', 'Options', 'win', 'enum', 'VDI-specific predecessor of HeadsetPreference.', {
  values: ['PreferNewDevice', 'PreferOldDevice'],
  modes: ['vdi'],
  src: ['fieldNotes'],
  deprecated: { replacedBy: 'HeadsetPreference' },
  confidence: 'medium',
  notes: ['Checked against the values of HeadsetPreference, which replaces it.'],
});
p('InternalExchangeServer', 'Options', 'desktop', 'host', 'Exchange server used inside the corporate network.', {
  notes: ['Ignored when ExchangeModernAuthentication is true.'],
  src: ['options'],
});
p('lastselectedline', 'Options', 'desktop', 'string', 'Remembers the line the user last selected on a multiline device (for example "Line3: 332102").', {
  src: ['options'],
});
O('Location_Enabled', 'desktop', 'true', 'Shows the Location feature so users can publish where they are.');
p(
  'LOCATION_MATCHING_MODE',
  'Options',
  'desktop',
  'enum',
  'How the client recognises a known location: by gateway MAC address only, or MAC address plus subnet.',
  {
    values: ['MacAddressOnly', 'MacAddressWithSubnet'],
    default: 'MacAddressOnly',
    src: ['options'],
  },
);
p('Location_Mode', 'Options', 'desktop', 'enum', 'Enables location detection, disables it, or enables it without prompting the user for new locations.', {
  values: ['ENABLED', 'DISABLED', 'ENABLEDNOPROMPT'],
  default: 'ENABLED',
  src: ['options'],
});
p('MacCalendarIntegrationType', 'Options', 'mac', 'enum', 'Selects the calendar shown in the Meetings tab of Jabber for Mac.', {
  values: ['0', '1', '2', '3'],
  default: '1',
  src: ['options'],
});
for (let i = 1; i <= 8; i++) {
  p(`multiline${i}_ringtonename`, 'Options', 'desktop', 'string', `Ringtone played for incoming calls on line ${i} of a multiline device.`, {
    src: ['options'],
  });
}
O('RefreshCustomTabsOnNetworkChange', 'desktop', 'false', 'Reloads custom embedded tabs when the network connection changes.');
p(
  'SaveChatHistoryToExchangeOperationMode',
  'Options',
  'desktop',
  'enum',
  'Controls saving chat history to the Exchange mailbox and whether users may change it.',
  {
    values: [
      { value: 'DisabledByPolicy', description: 'off; users cannot enable it' },
      { value: 'EnabledByPolicy', description: 'on; users cannot disable it' },
      { value: 'DisabledByDefault', description: 'off; users may enable it' },
      { value: 'EnabledByDefault', description: 'on; users may disable it' },
      { value: 'OnPremOnlyByPolicy', description: 'on only when the client is on the corporate network; users cannot change it' },
      { value: 'OnPremOnlyByDefault', description: 'on only on the corporate network; users may change it' },
    ],
    default: 'DisabledByPolicy',
    src: ['options'],
    notes: ['Replaces EnableSaveChatHistoryToExchange.'],
    mraNote: 'With the OnPremOnly* values chat history is not saved to Exchange while the client is connected over MRA.',
  },
);
O('Set_Status_Away_On_Inactive', 'all', 'true', 'Sets the user’s presence to Away after a period of inactivity.', {
  notes: ['The inactivity period is Set_Status_Inactive_Timeout.'],
});
O('Set_Status_Away_On_Lock_OS', 'win', 'true', 'Sets the user’s presence to Away when the workstation is locked.');
p('Set_Status_Inactive_Timeout', 'Options', 'all', 'integer', 'Minutes of inactivity before presence switches to Away.', {
  unit: 'minutes',
  default: '15',
  src: ['options'],
});
O('ShowContactPictures', 'all', 'true', 'Shows contact photos in the contact list.');
O('ShowOfflineContacts', 'win,mobile', 'true', 'Shows contacts that are offline in the contact list.');
O('ShowTabLabel', 'desktop', 'false', 'Shows text labels under the tab icons in the hub window.');
O('Start_Client_On_Start_OS', 'win', 'false', 'Starts Jabber automatically when Windows starts.');
O('StartCallWithVideo', 'all', 'true', 'Starts calls with video by default.', {
  notes: ['The CUCM enterprise parameter "Never Start Call with Video" overrides this.'],
});
O('UseBridgeForConferenceCalls', 'all', 'true', 'Uses the conference bridge when users merge calls into a conference.');
// A SIP URI pattern, not a web address: Cisco's example is %%uid%%@example.com.
p('UserBridgeUriAdmin', 'Options', 'all', 'string', 'Pattern for each user’s conference bridge URI, for example %%uid%%@bridge.example.com.', {
  notes: ['Used with EnableBridgeConferencing=true.'],
  src: ['options'],
});
p('EmailAsExchangeDiscoverDomain', 'Options', 'desktop', 'boolean', 'Uses the domain of the user’s email address to discover the Exchange server.', {
  confidence: 'low',
  src: ['options'],
  notes: [
    'Cisco’s Parameters Reference Guide mentions it only in the order used to discover the Exchange server (before ExchangeAutodiscoverDomain and ExchangeDomain); it has no section of its own, and its type and default are not stated.',
  ],
});

// =============================================================================================
// POLICIES — On-Premises Policies (PRG 14.0 chapter 0110)
// =============================================================================================
const PO = (name, plat, def, d, x = {}) => bool(name, 'Policies', plat, def, d, { src: ['onprem'], ...x });
p('DisableMFTForConversationTypes', 'Policies', 'desktop', 'list', 'Turns managed file transfer off for the listed conversation types.', {
  list: { separator: ';', itemType: 'enum' },
  values: [
    { value: 'P2P', description: 'one-to-one chats' },
    { value: 'GroupChat', description: 'group chats' },
    { value: 'PersistentChat', description: 'persistent chat rooms' },
  ],
  src: ['onprem', 'onprem129zh'],
});
p('Disallowed_File_Transfer_Types', 'Policies', 'all', 'list', 'File extensions users may not send or receive, for example .exe;.msi.', {
  list: { separator: ';', itemType: 'string' },
  src: ['onprem'],
});
PO('File_Transfer_Enabled', 'all', 'true', 'Allows users to send and receive files.');
PO('H264HighProfileEnable', 'desktop', 'false', 'Lets desktop clients negotiate H.264 High Profile video.');
p('PreferredFT', 'Policies', 'all', 'enum', 'Chooses managed (server-stored) or peer-to-peer file transfer when both are available.', {
  values: ['MFT', 'P2P'],
  defaultNote: 'Unset: the client chooses automatically.',
  src: ['onprem'],
});
PO('Screen_Capture_Enabled', 'all', 'true', 'Allows users to take and send screen captures.');
PO('ShowScreenCaptureButton', 'all', 'true', 'Shows the screen-capture button in the chat window.');

// =============================================================================================
// POLICIES — Common Policies (PRG 14.0 chapter 0111)
// =============================================================================================
tocVerify(
  `AddContactProtocolRateLimit AddContactProtocolTimeLimit AlertOnAvailableEnabled BlockAccessoriesManagerPlugins
 BlockVersionBelow CiscoTelProtocolCrossLaunchBackNotificationEnabled CiscoTelProtocolCrossLaunchBackSchema
 ClickToCallProtocolPermissionEnabled ClickToCallWithEditProtocolPermissionEnabled CommonCriteriaEndCallTimeout CTIWindowBehaviour
 DeskPhoneModeWindowBehavior DetailedLogDurationDesktop DetailedLogDurationMobile DiagnosticsToolEnabled Disable_MultiDevice_Message
 DisableVoicemailSentBox Disallow_File_Transfer_On_Mobile EnableAccessoriesManager EnableADLockPrevention EnableBFCPVideoDesktopShare
 EnableCallPickup EnableCiscoChatProtocol EnableCiscoIMGroupProtocol EnableCiscoIMProtocol EnableCiscoTelConfProtocol
 EnableCiscoTelProtocol EnableClickToCallProtocol EnableDualConnections EnableForensicsContactData EnableGroupCallPickup
 EnableHuntGroup EnableIMProtocol EnableLocalAddressBookSearch EnableLotusNotesCLibrarySupport EnableLotusNotesContactResolution
 EnableMediaStatistics EnableOtherGroupPickup EnableP2PDesktopShare EnableProfileProtocol EnablePromoteMobile EnableProvisionProtocol`,
  'common',
);
tocVerify('EnableSaveChatToFile EnableShareProtocol', 'common128');
// PRG 14.1 (zh_cn) Common Policies table of contents, read in the 2026-11-23 verification pass (first page only,
// AddContactProtocolRateLimit … EnableSaveChatToFile); it confirms EnableRecordingTone, which the 14.0 page read earlier did not reach.
tocVerify(
  `AddContactProtocolRateLimit AddContactProtocolTimeLimit AlertOnAvailableEnabled BlockAccessoriesManagerPlugins BlockVersionBelow
 CiscoTelProtocolCrossLaunchBackNotificationEnabled CiscoTelProtocolCrossLaunchBackSchema ClickToCallProtocolPermissionEnabled
 ClickToCallWithEditProtocolPermissionEnabled CommonCriteriaEndCallTimeout CTIWindowBehaviour DeskPhoneModeWindowBehavior
 DetailedLogDurationDesktop DetailedLogDurationMobile DiagnosticsToolEnabled Disable_MultiDevice_Message DisableVoicemailSentBox
 Disallow_File_Transfer_On_Mobile EnableAccessoriesManager EnableADLockPrevention EnableBFCPVideoDesktopShare EnableCallPickup
 EnableCiscoChatProtocol EnableCiscoIMGroupProtocol EnableCiscoIMProtocol EnableCiscoTelConfProtocol EnableCiscoTelProtocol
 EnableClickToCallProtocol EnableDualConnections EnableForensicsContactData EnableGroupCallPickup EnableHuntGroup EnableIMProtocol
 EnableLocalAddressBookSearch EnableLotusNotesCLibrarySupport EnableLotusNotesContactResolution EnableMediaStatistics
 EnableOtherGroupPickup EnableP2PDesktopShare EnableProfileProtocol EnablePromoteMobile EnableProvisionProtocol EnableRecordingTone
 EnableSaveChatToFile`,
  'common141',
);
const P = (name, plat, def, d, x = {}) => bool(name, 'Policies', plat, def, d, { src: ['common'], ...x });
const rate = (prefix, plat, rl, tl, what, extra = {}) => {
  p(prefix + 'RateLimit', 'Policies', plat, 'integer', `How many times ${what} may be cross-launched within the ${prefix}TimeLimit window.`, {
    min: 1,
    max: 100,
    default: rl,
    src: ['common'],
    ...extra,
  });
  p(prefix + 'TimeLimit', 'Policies', plat, 'integer', `Length of the window used by ${prefix}RateLimit for ${what}.`, {
    min: 1,
    max: 300,
    unit: 'seconds',
    default: tl,
    src: ['common'],
    ...extra,
  });
};
rate('AddContactProtocol', 'android', '3', '15', 'the add-contact URL scheme', { notes: ['Applies to Jabber for Android on Synergy devices.'] });
rate('PresenceProtocol', 'android', '3', '15', 'the presence URL scheme', { notes: ['Applies to Jabber for Android on Synergy devices.'] });
rate('ProfileProtocol', 'android', '3', '15', 'the profile URL scheme', { notes: ['Applies to Jabber for Android on Synergy devices.'] });
rate('ProvisionProtocol', 'android', '3', '15', 'the provisioning URL scheme');
rate('ShareProtocol', 'android', '3', '15', 'the share URL scheme');
rate('TelephonyProtocol', 'desktop,android', '2', '10', 'the telephony (tel:/ciscotel:) URL schemes');
P('AlertOnAvailableEnabled', 'desktop', 'true', 'Lets users ask to be alerted when a contact becomes available.');
p('BlockAccessoriesManagerPlugins', 'Policies', 'desktop', 'list', 'Accessories Manager plug-in DLLs that must not be loaded.', {
  list: { separator: ',', itemType: 'string' },
  src: ['common'],
});
p('BlockVersionBelow', 'Policies', 'all', 'version', 'Oldest client version allowed to sign in; older clients are told to upgrade (for example 12.9.1).', {
  since: '12.9',
  src: ['common'],
  notes: ['Ignored when UpdateURL is used.', 'Only 12.9 and later clients honour it.'],
});
P('CiscoTelProtocolCrossLaunchBackNotificationEnabled', 'mobile', 'true', 'Asks the user before returning to the app that cross-launched a call.');
p('CiscoTelProtocolCrossLaunchBackSchema', 'Policies', 'mobile', 'list', 'URL schemes of apps Jabber may return to after a cross-launched call ends.', {
  list: { separator: ';', itemType: 'string' },
  defaultNote: 'None.',
  src: ['common'],
});
P('CiscoTelProtocolPermissionEnabled', 'win', 'true', 'Asks the user to confirm before calling a number from a ciscotel: link.', {
  notes: ['If either this or EnableTelProtocolPopupWindow is false, the confirmation is not shown.'],
});
P('ClickToCallProtocolPermissionEnabled', 'win', 'true', 'Asks the user to confirm click-to-call (clicktocall:) requests.');
P('ClickToCallWithEditProtocolPermissionEnabled', 'win', 'true', 'Asks the user to confirm click-to-call requests that allow editing the number.');
p('CommonCriteriaEndCallTimeout', 'Policies', 'win,ios,android', 'integer', 'Ends idle calls after this many seconds in Common Criteria mode.', {
  unit: 'seconds',
  default: '300',
  src: ['common'],
  notes: ['Only effective when the client runs in Common Criteria mode (CC_MODE).'],
});
p('CTIWindowBehaviour', 'Policies', 'mac', 'enum', 'Mac: whether the call window opens for calls in desk-phone (CTI) mode.', {
  values: ['OnCall', 'Never'],
  default: 'OnCall',
  src: ['common'],
  deprecated: { replacedBy: 'DeskPhoneModeWindowBehavior', note: 'Prefer DeskPhoneModeWindowBehavior.' },
});
const windowVals = [
  { value: 'OnVideo', description: 'open the call window only for video calls' },
  { value: 'OnCall', description: 'open it for every call' },
  { value: 'Never', description: 'never open it' },
  { value: 'NotOnHold', description: 'Webex App only (Unified CM calling appendix)' },
];
p(
  'DeskPhoneModeWindowBehavior',
  'Policies',
  'win',
  'enum',
  'Whether the conversation window opens when a call starts while the client controls a desk phone.',
  {
    values: windowVals,
    default: 'OnCall',
    src: ['common', 'webexApp'],
  },
);
p('SoftPhoneModeWindowBehavior', 'Policies', 'win', 'enum', 'Whether the conversation window opens when a call starts in softphone mode.', {
  values: windowVals,
  default: 'OnCall',
  src: ['common', 'webexApp'],
});
p('DetailedLogDurationDesktop', 'Policies', 'desktop', 'integer', 'Hours that user-enabled detailed logging stays on in desktop clients.', {
  unit: 'hours',
  src: ['common'],
  notes: ['Requires LogWritingDesktop=UserCanEnable.'],
});
p('DetailedLogDurationMobile', 'Policies', 'mobile', 'integer', 'Hours that user-enabled detailed logging stays on in mobile clients.', {
  unit: 'hours',
  src: ['common'],
  notes: ['Requires LogWritingMobile=UserCanEnable.', 'The reference example for this parameter has a malformed closing tag.'],
});
P('DiagnosticsToolEnabled', 'win', 'true', 'Makes the Jabber diagnostics tool available to users.', { since: '12.8(2)' });
P('Disable_MultiDevice_Message', 'all', 'false', 'Turns off multi-device messaging (message sync across a user’s signed-in clients).');
P('DisableVoicemailSentBox', 'all', 'false', 'Hides the voicemail Sent box.');
P('Disallow_File_Transfer_On_Mobile', 'mobile', 'false', 'Blocks file transfer on mobile clients only.');
P('EnableAccessoriesManager', 'desktop', 'true', 'Enables the Accessories Manager that lets headsets and other devices control calls.');
P('EnableADLockPrevention', 'all', 'false', 'Stops the client from retrying sign-in with a bad password, to avoid Active Directory account lockout.');
P('EnableBFCPVideoDesktopShare', 'all', 'true', 'Allows BFCP-based video desktop sharing in calls.');
P('EnableCallPickup', 'desktop', 'false', 'Shows the call pickup feature.');
P('EnableCiscoChatProtocol', 'mobile', 'true', 'Lets the mobile client handle the ciscochat: URL scheme.');
P('EnableCiscoIMGroupProtocol', 'win', 'true', 'Lets the client handle the ciscoimgroup: URL scheme for group chats.');
P('EnableCiscoIMProtocol', 'win,ios,android', 'true', 'Lets the client handle the ciscoim: URL scheme.');
P('EnableCiscoTelConfProtocol', 'win', 'true', 'Lets the client handle the ciscotelconf: URL scheme for conference calls.');
P('EnableCiscoTelProtocol', 'win,ios,android', 'true', 'Lets the client handle the ciscotel: URL scheme.');
P('EnableClickToCallProtocol', 'win,ios,android', 'true', 'Lets the client handle the clicktocall: URL scheme.');
P('EnableDualConnections', 'all', 'false', 'Keeps connections to both Webex and on-premises services at the same time.');
P('EnableForensicsContactData', 'all', 'true', 'Includes contact information in problem reports.');
P('EnableGroupCallPickup', 'desktop', 'false', 'Shows group call pickup.');
P('EnableHuntGroup', 'all', 'false', 'Lets users sign in and out of hunt groups from the client.');
P('EnableIMProtocol', 'all', 'true', 'Lets the client handle the im: URL scheme.');
P('EnableLocalAddressBookSearch', 'win,mobile', 'true', 'Includes the local address book (Outlook, phone contacts) in contact searches.');
P('EnableLotusNotesCLibrarySupport', 'win', 'true', 'Uses the IBM Notes C library for Notes contact integration.');
P('EnableLotusNotesContactResolution', 'win', 'false', 'Resolves contacts against the IBM Notes address book.', {
  notes: ['Requires EnableLocalAddressBookSearch=true.'],
});
P('EnableMediaStatistics', 'all', 'true', 'Lets users view call media statistics.');
P('EnableOtherGroupPickup', 'desktop', 'false', 'Shows other-group call pickup.');
P('EnableP2PDesktopShare', 'all', 'true', 'Allows peer-to-peer screen sharing from chats.');
P('EnableProfileProtocol', 'mobile', 'true', 'Lets the mobile client handle the profile URL scheme.');
P('EnablePromoteMobile', 'win', 'false', 'Shows users a prompt promoting the Jabber mobile apps.', {
  notes: ['Used with PromotionWelcomeText, AndroidDownloadURL and IOSDownloadURL.'],
});
p('PromotionWelcomeText', 'Policies', 'win', 'string', 'Text shown in the mobile-app promotion prompt.', {
  src: ['common'],
  notes: ['Used when EnablePromoteMobile is true.'],
});
p('AndroidDownloadURL', 'Policies', 'win', 'web-address', 'Download link for the Android app shown in the mobile-app promotion.', {
  defaultNote: 'The Google Play page of Jabber.',
  src: ['common'],
});
p('IOSDownloadURL', 'Policies', 'win', 'web-address', 'Download link for the iOS app shown in the mobile-app promotion.', {
  defaultNote: 'The App Store page of Jabber.',
  src: ['common'],
});
P('EnableProvisionProtocol', 'android,ios,mac', 'true', 'Lets the client handle the ciscojabber://provision URL scheme.');
P('EnableRecordingTone', 'all', 'true', 'Plays a tone to indicate a call is being recorded.');
P('EnableSaveChatToFile', 'desktop', 'true', 'Lets users save a chat to a file.');
P('EnableShareProtocol', 'mobile', 'true', 'Lets the mobile client handle the share URL scheme.');
P('EnablesSendLogsViaEmail', 'mobile', 'true', 'Lets mobile users send logs by email.', {
  notes: ['The reference spells the name EnablesSendLogsViaEmail (with the extra "s").'],
});
P('EnableSIPProtocol', 'all', 'true', 'Lets the client handle the sip: URL scheme.');
P('EnableSIPURIDialling', 'all', 'true', 'Allows dialling SIP URIs (user@domain) in addition to numbers.', {
  defaultNote: 'The default became true in 12.6.',
});
P('EnableStatusProtocol', 'mobile', 'true', 'Lets the mobile client handle the status URL scheme.');
P('EnableTelephonyProtocolRateLimit', 'mac', 'true', 'Applies the TelephonyProtocolRateLimit/TimeLimit throttling on Mac.');
P('EnableTelProtocol', 'all', 'true', 'Lets the client handle the tel: URL scheme.');
P('EnableTelProtocolPopupWindow', 'win', 'true', 'Asked the user to confirm before calling a number from a tel: link.', {
  deprecated: { replacedBy: 'CiscoTelProtocolPermissionEnabled', note: 'Superseded; if either parameter is false, the confirmation is not shown.' },
});
P('EnableVideo', 'all', 'true', 'Allows video calls.', { notes: ['In Webex App this key overrides the Control Hub setting.'] });
P('EnableVoicePush', 'ios', 'true', 'Uses push notifications to deliver incoming calls on iOS.');
P('EnableXMPPProtocol', 'win,ios,android', 'true', 'Lets the client handle the xmpp: URL scheme.');
P('FCM_Push_Notification_Enabled', 'android', 'true', 'Uses Firebase Cloud Messaging push notifications on Android.');
P('ForceC2XDirectoryResolution', 'win', 'true', 'Makes click-to-x integrations resolve contacts against the directory.', {
  mraNote: 'Has no effect over MRA (the client uses UDS there).',
});
P('ForceDevicePin', 'mobile', 'false', 'Requires the mobile device to be protected by a PIN/passcode before Jabber runs.');
P('ForceFontSmoothing', 'win', 'true', 'Forces font smoothing (anti-aliasing) in the client.');
p('Inactive_Connection_Activation_Timer', 'Policies', 'all', 'integer', 'Seconds before an inactive connection is re-activated.', {
  unit: 'seconds',
  default: '120',
  src: ['common'],
});
p('InitialPhoneSelection', 'Policies', 'all', 'enum', 'Phone mode used the first time a user signs in: desk phone (CTI) or softphone.', {
  values: ['deskphone', 'softphone'],
  default: 'softphone',
  src: ['common'],
  notes: ['Not applicable to VDI deployments.'],
});
p('InstantMessageLabels', 'Policies', 'win', 'xml', 'Nested XML that defines security labels (XEP-0258) users can attach to instant messages.', {
  notes: ['item elements with a selector attribute each hold a securitylabel; at most 17 labels.'],
  src: ['common'],
});
P('InvalidCredentialsLogout', 'all', 'false', 'Signs the user out when stored credentials become invalid instead of prompting again.');
P('LegacyOAuthLogout', 'all', 'false', 'Uses the legacy OAuth sign-out behaviour.');
p('LocalRecordingToneVolume', 'Policies', 'all', 'integer', 'Volume (percent) of the recording tone heard by the local user.', {
  min: 0,
  max: 100,
  default: '10',
  src: ['common'],
});
p('NearEndRecordingToneVolume', 'Policies', 'all', 'integer', 'Volume (percent) of the recording tone sent to the near end.', {
  min: 0,
  max: 100,
  default: '10',
  src: ['common'],
});
const logVals = [
  { value: 'Always', description: 'detailed logging always on' },
  { value: 'UserCanEnable', description: 'users may turn detailed logging on for a limited time' },
  { value: 'Never', description: 'no detailed logging' },
];
p('LogWritingDesktop', 'Policies', 'desktop', 'enum', 'Controls detailed logging in desktop clients.', { values: logVals, default: 'Always', src: ['common'] });
p('LogWritingMobile', 'Policies', 'mobile', 'enum', 'Controls detailed logging in mobile clients.', { values: logVals, default: 'Always', src: ['common'] });
p('MaxNumberOfFilesDesktop', 'Policies', 'desktop', 'integer', 'Number of rotated log files kept by desktop clients.', {
  min: 1,
  max: 20,
  default: '10',
  src: ['common'],
});
p('MaxNumberOfFilesMobile', 'Policies', 'mobile', 'integer', 'Number of rotated log files kept by mobile clients.', { default: '5', src: ['common'] });
P('Meetings_Enabled', 'all', 'true', 'Enables meeting features (Meetings tab, calendar integration).');
P('MuteAudioByDefault', 'all', 'false', 'Joins calls with the microphone muted.');
P('Prefer_BIB_Recorder', 'desktop', 'false', 'Prefers the built-in-bridge recorder for call recording.', { notes: ['Requires CUCM 12.5(1) or later.'] });
bool('PreventDeclineOnHuntCall', 'Policies', 'all', 'true', 'Hides the Decline button for calls offered through a hunt group.', {
  src: ['common', 'webexApp'],
  defaultNote: 'The Parameters Reference Guide for Cisco Jabber documents true; the Webex App appendix documents false.',
});
P('PrintIMEnabled', 'win', 'true', 'Lets users print chat conversations.');
P('Push_Notification_Enabled', 'ios', 'true', 'Uses Apple push notifications for messages and calls on iOS.');
P('Recent_Chats_Enabled', 'win', 'true', 'Shows the recent chats list.');
p('RecordingToneInterval', 'Policies', 'all', 'integer', 'Milliseconds between recording tones.', {
  unit: 'milliseconds',
  min: 8000,
  max: 32000,
  default: '11500',
  src: ['common', 'webexApp'],
  notes: [
    "Cisco's pages disagree on the example: the Parameters Reference Guide 14.0 shows true, which is not a number of milliseconds; the policy parameters appendix of the Calling in Webex App (Unified CM) deployment guide shows 11500.",
  ],
});
p('RememberChatList', 'Policies', 'mobile', 'enum', 'Whether mobile clients keep the chat list between sessions.', {
  values: ['on', 'off'],
  default: 'on',
  src: ['common'],
});
P('RemoteDestinationEditingWithMultipleDevices', 'win', 'true', 'Lets users with several devices edit their remote destinations.');
p('RemotePRTServer', 'Policies', 'desktop', 'url', 'Server to which administrators can trigger remote problem-report collection uploads.', {
  src: ['common'],
  notes: ['Requires CUCM 12.5(1) SU1 or later; in the CUCM UC Service editor use Section=Policies.'],
});
P('ScreenShareAuditMessages', 'win', 'false', 'Sends audit messages about screen-share sessions to the IM server.');
p('selfcareURL', 'Policies', 'all', 'url', 'Address of the CUCM Self Care Portal opened from the client.', {
  aliases: ['SelfCareURL'],
  src: ['common', 'webexApp'],
  notes: ['The Webex App appendix spells it SelfCareURL.'],
  mraNote: 'The Self Care Portal cannot be reached over MRA.',
});
P('SelfMuteTone', 'desktop', 'true', 'Plays a tone when the user mutes or unmutes.');
p('ServiceDiscoveryExcludedServices', 'Policies', 'all', 'list', 'Services to leave out of service discovery.', {
  list: { separator: ',', itemType: 'enum' },
  values: [
    { value: 'WEBEX', description: 'Webex cloud' },
    { value: 'CUCM', description: 'Unified CM' },
    { value: 'CUP', description: 'IM and Presence' },
  ],
  src: ['common', 'seedBb'],
  notes: ['Excluding all three disables discovery; users are asked for manual settings.', 'Also settable by URL provisioning/EMM.'],
});
p(
  'ServicesDomainSsoEmailPrompt',
  'Policies',
  'all',
  'enum',
  'Whether the user is shown the email prompt to determine their home cluster during SSO discovery.',
  {
    values: ['ON', 'OFF'],
    default: 'OFF',
    src: ['common', 'seedBb'],
    notes: ['Also settable by URL provisioning/EMM.'],
  },
);
p('SharePortRangeSize', 'Policies', 'win', 'integer', 'Number of ports in the screen-share port range.', {
  min: 40,
  default: '16383',
  src: ['common'],
  notes: ['SharePortRangeStart + SharePortRangeSize must not exceed 65535.'],
});
p('SharePortRangeStart', 'Policies', 'win', 'integer', 'First port of the screen-share port range.', {
  min: 1024,
  max: 65535,
  defaultNote: 'The default range is 49152–65535.',
  src: ['common'],
});
P('ShowSelfCarePortal', 'desktop', 'true', 'Shows the Self Care Portal tab in the options dialog.');
p('TelemetryCustomerID', 'Policies', 'all', 'guid', 'Identifier that tags telemetry data sent to Cisco as coming from this organisation.', { src: ['common'] });
P('TelemetryEnabled', 'all', 'true', 'Sends anonymous usage data to Cisco.');
P('TelemetryEnabledOverCellularData', 'mobile', 'true', 'Also sends usage data over cellular networks.');
P('Telephony_Enabled', 'all', 'true', 'Enables calling features; set false for IM-only deployments.', {
  src: ['common', 'seedBb'],
  notes: ['Must be false for IM-only deployments.', 'Also settable by URL provisioning/EMM.'],
});
P('UserDefinedRemoteDestinations', 'win', 'false', 'Lets users add their own remote destinations.');
P('UserEnabledDetailedLogging', 'mobile', 'false', 'Lets mobile users enable detailed logging themselves.');
P('Voicemail_Enabled', 'all', 'true', 'Enables voicemail features.');
p(
  'VoiceServicesDomain',
  'Policies',
  'all',
  'domain',
  'DNS domain that holds the _collab-edge._tls and _cisco-uds._tcp SRV records when it differs from the sign-in domain.',
  {
    src: ['common', 'seedMraLogin', 'seedBb'],
    notes: [
      'Also settable by installer, URL provisioning and EMM.',
      'A URL-configuration page misspells it VoiceServiceDomain (not an accepted spelling).',
      'A TAC note calls the jabber-config.xml method experimental.',
    ],
    mraNote:
      'Only set it for MRA when the voice services domain differs from the sign-in domain; with it in jabber-config.xml users may need to sign in on the corporate network first to receive it.',
  },
);
p('WhitelistBot', 'Policies', 'all', 'list', 'Chat bots users are allowed to add, as JIDs; wildcards are allowed.', {
  list: { separator: ';', itemType: 'string' },
  defaultNote: 'Defaults to the value of AdminConfiguredBot.',
  src: ['common'],
});

// =============================================================================================
// POLICIES — Webex App (Unified CM calling) appendix; Jabber and Webex App share jabber-config.xml
// =============================================================================================
const W = (name, type, plat, d, x = {}) => p(name, 'Policies', plat, type, d, { src: ['webexApp'], modes: ['webex-app'], ...x });
W('CucmCallBargeMode', 'enum', 'all', 'Shows a Barge button so Webex App users can barge into calls on shared lines.', {
  values: [
    { value: 'OFF', description: 'no barge button' },
    { value: 'BARGE', description: 'barge with the target acting as conference bridge' },
  ],
  default: 'OFF',
  src: ['webexApp', 'webexAppJa'],
});
W('E911NotificationFrequency', 'enum', 'all', 'How often Webex App shows the E911 notification page.', {
  values: ['FirstSignIn', 'EverySignIn', 'Never'],
  default: 'FirstSignIn',
  confidence: 'medium',
  anyGroup: true,
  notes: ['The Webex App appendix names no group for it, so any group is accepted; it works with E911NotificationURL (Phone group).'],
});
W('EnableMeetingPowerUp', 'boolean', 'desktop', 'Enables meeting power-up features in Webex App for Unified CM calling users.', { default: 'false' });
W('RecordingToneDuration', 'integer', 'all', 'Length of each recording tone in milliseconds.', { min: 100, max: 2000, unit: 'milliseconds', default: '500' });
W('ShowSelectiveCallRecordingButton', 'boolean', 'all', 'Shows the button for starting/stopping selective call recording.', { default: 'true' });
W('EnablePhoneDialerOptionOverMRA', 'boolean', 'mobile', 'Offers the native phone dialer option to mobile users connected over MRA.', { default: 'false' });
W('RemoteInUsePresencePrimaryLineOnly', 'boolean', 'all', 'Shows "in a call" presence only for activity on the primary line.', {
  default: 'false',
  notes: ['Not a preset in the CUCM UC Service editor; add it as a custom parameter under Policies.'],
});
W('ShowPhoneNumberInLineSelection', 'boolean', 'win', 'Shows the phone number next to each line in the line selector.', { default: 'true' });
p('EnableJabber2TeamsMigration', 'Policies', 'desktop', 'boolean', 'Prompts Jabber users to move to Webex App.', {
  default: 'false',
  src: ['webexApp'],
  notes: ['Not a CUCM preset; add as a custom parameter under Policies.', 'Used with WebexTeamsDownloadURL.'],
});
p('WebexTeamsDownloadURL', 'Policies', 'desktop', 'url', 'Download link for Webex App shown by the migration prompt.', {
  src: ['webexApp'],
  notes: ['Not a CUCM preset; add as a custom parameter under Policies.', 'Used with EnableJabber2TeamsMigration.'],
});
p('hardening_xmpp_bot', 'Policies', 'all', 'boolean', 'Controls how HTML content sent by XMPP chat bots is rendered (hardened rendering).', {
  src: ['tac217613'],
  confidence: 'low',
  anyGroup: true,
  notes: [
    'Cisco\'s TAC note "Troubleshoot when Jabber Unable to Render Chatbot Content" names no group for it, so no group is checked; platforms and default are not documented.',
    'Set it to FALSE to let chat bots use HTML tags outside the allowed list (Jabber 12.9.5, 14.0 and later).',
  ],
});

// =============================================================================================
// PHONE  (PRG chapter "Phone"; list checked against the 14.0/14.1 table of contents)
// =============================================================================================
tocVerify(
  `CcmcipServer1 CcmcipServer2 CtiServer1 CtiServer2 E911EdgeLocationWhiteList E911NotificationURL EnableCallPark
 EnableDSCPPacketMarking EnableE911EdgeLocationPolicy EnableE911OnPremLocationPolicy EnableNGEPolicy LocalAuthenticationWithBiometrics
 MakeCallHotKey Meeting_Server_Address Meeting_Server_Address_Backup Meeting_Server_Address_Backup2 TftpServer1 TftpServer2
 useCUCMGroupForCti UseSIPforMobiles`,
  'phone',
);
const PH = ['phone', 'tocPhone141'];
// The Webex App for Unified CM appendix lists these Phone parameters among its policy parameters:
// under <Policies> they are where Cisco's appendix puts them.
const APPX_POLICIES = ['Policies'];
p('CcmcipServer1', 'Phone', 'all', 'host', 'Address of the primary CCMCIP server used to find the user’s devices.', {
  src: PH,
  notes: ['Needed only when the CCMCIP server differs from the TFTP server, or with CUCM 8; CUCM 9+ is found through the _cisco-uds SRV record.'],
});
p('CcmcipServer2', 'Phone', 'all', 'host', 'Address of the secondary CCMCIP server.', { src: PH });
p('CtiServer1', 'Phone', 'all', 'host', 'Address of the primary CTI server used for desk-phone control.', {
  src: PH,
  notes: ['Specify it when users have desk phones.'],
});
p('CtiServer2', 'Phone', 'all', 'host', 'Address of the secondary CTI server.', { src: PH });
p(
  'E911EdgeLocationWhiteList',
  'Phone',
  'all',
  'list',
  'Wi-Fi SSIDs (up to 30) on which the client, when connected over MRA, asks users for their emergency location.',
  {
    list: { separator: ';', itemType: 'string', maxItems: 30 },
    src: [...PH, 'webexAppJa'],
    otherGroups: APPX_POLICIES,
    notes: ['Required when EnableE911EdgeLocationPolicy is true.'],
  },
);
p('E911NotificationURL', 'Phone', 'all', 'url', 'Web page with an emergency-calling notice that users must accept before calling.', {
  modes: ['full-uc', 'phone-only'],
  src: [...PH, 'seedMra', 'webexApp'],
  otherGroups: APPX_POLICIES,
  notes: ['Requires Telephony_Enabled=true; not used in IM-only deployments.'],
  mraNote: 'For clients outside the corporate network the page must be static HTML: script and link tags are not supported.',
});
bool('EnableCallPark', 'Phone', 'all', 'true', 'Makes the call park feature available in the call window.', {
  src: [...PH, 'webexAppJa'],
  otherGroups: APPX_POLICIES,
  notes: ['The Parameters Reference Guide for Cisco Jabber lists it for mobile clients; the Webex App appendix for desktop.'],
});
bool('EnableDSCPPacketMarking', 'Phone', 'mac,mobile', 'true', 'Marks media packets with DSCP values for QoS.', {
  src: PH,
  notes: ['The reference example has a malformed closing tag.'],
});
bool('EnableE911EdgeLocationPolicy', 'Phone', 'all', 'false', 'Asks users connected over MRA for their emergency location on whitelisted Wi-Fi networks.', {
  src: [...PH, 'webexApp'],
  otherGroups: APPX_POLICIES,
  notes: ['Requires E911EdgeLocationWhiteList.'],
  mraNote: 'Applies only when the client is connected over MRA (Expressway).',
});
bool('EnableE911OnPremLocationPolicy', 'Phone', 'all', 'false', 'Asks users on the corporate network for their emergency location.', {
  src: [...PH, 'webexApp'],
  otherGroups: APPX_POLICIES,
});
p('EnableNGEPolicy', 'Phone', 'all', 'enum', 'When to use next-generation encryption (AES-256-GCM, SHA-2) for media and signalling.', {
  values: [
    { value: 'eNever' },
    { value: 'eOnPremOnly', description: 'only on the corporate network' },
    { value: 'eEdgeOnly', description: 'only over MRA' },
    { value: 'eAlways' },
  ],
  default: 'eOnPremOnly',
  src: PH,
  mraNote: 'eEdgeOnly applies next-generation encryption only when the client connects over MRA; eOnPremOnly does not apply it over MRA.',
});
p('LocalAuthenticationWithBiometrics', 'Phone', 'mobile', 'enum', 'Whether mobile users authenticate with fingerprint/face recognition.', {
  values: ['AdminEnabled', 'UserDecision', 'AdminDisabled'],
  default: 'UserDecision',
  src: PH,
});
p(
  'MakeCallHotKey',
  'Phone',
  'win',
  'string',
  'Global keyboard shortcut that calls the selected number: true (default shortcut), false (off) or a custom combination like CTRL+SHIFT+R.',
  {
    default: 'true',
    src: PH,
  },
);
p('Meeting_Server_Address', 'Phone', 'desktop', 'url', 'Address of the primary Webex meeting site for users.', { src: PH });
p('Meeting_Server_Address_Backup', 'Phone', 'all', 'url', 'Address of the secondary Webex meeting site.', { src: PH });
p('Meeting_Server_Address_Backup2', 'Phone', 'all', 'url', 'Address of the tertiary Webex meeting site.', {
  src: PH,
  notes: ['An example in the Parameters Reference Guide 12.5 writes Meeting_Server_Address2, which is a typo of this name.'],
});
p('TftpServer1', 'Phone', 'all', 'host', 'Address of the primary TFTP server that serves device and client configuration.', {
  src: PH,
  notes: ['Needed in phone mode or when the TFTP server differs from the discovered one.'],
});
p('TftpServer2', 'Phone', 'all', 'host', 'Address of the secondary TFTP server.', { src: PH });
bool('useCUCMGroupForCti', 'Phone', 'all', 'false', 'Uses the device’s CUCM group to choose CTI servers (phone mode).', { src: PH });
bool('UseSIPforMobiles', 'Phone', 'all', undefined, 'Concerns calling mobile numbers over SIP (added in Jabber 14.0).', {
  src: PH,
  confidence: 'low',
  since: '14.0',
  notes: ['Checked as true or false.'],
});
p('LocalPushSSIDList', 'Phone', 'ios', 'list', 'Wi-Fi SSIDs (up to 10) on which iOS uses Local Push Notification Service instead of Apple push.', {
  list: { separator: ';', itemType: 'string', maxItems: 10 },
  src: ['webexApp'],
  modes: ['webex-app'],
  otherGroups: APPX_POLICIES,
  notes: ['In the CUCM UC Service editor add it with Section=Phone.'],
});

// =============================================================================================
// PRESENCE
// =============================================================================================
tocVerify(
  `DomainsForOutlookPresence CalendarWebExMeetingPresence EnableOutlookPresenceIntegration meetingservice_supportmultimeeting
 LoginResource OutlookContactResolveMode PresenceServerAddress PresenceServerURL`,
  'presence',
);
const PR = ['presence', 'tocPresence127'];
bool(
  'CalendarWebExMeetingPresence',
  'Presence',
  'win',
  'false',
  'Shows "In a Webex meeting" whenever an Outlook meeting with a Webex link is in progress, even if the user has not joined.',
  { src: PR },
);
p(
  'DomainsForOutlookPresence',
  'Presence',
  'desktop',
  'list',
  'Domains whose contacts get Jabber presence shown in Outlook; wildcards like *.example.com are allowed.',
  {
    list: { separator: ',', itemType: 'string' },
    defaultNote: 'Unset: presence for all domains.',
    src: PR,
  },
);
bool('EnableOutlookPresenceIntegration', 'Presence', 'mac', 'True', 'Integrates Jabber presence into Microsoft Outlook on Mac.', {
  src: PR,
  notes: ['Requires Outlook 15.34.0 or later.'],
});
bool('HVDDisconnectSignout', 'Presence', 'win', 'False', 'Signs the user out when the hosted virtual desktop session disconnects.', {
  modes: ['vdi'],
  src: ['presence', 'fieldNotes'],
});
p('LoginResource', 'Presence', 'all', 'enum', 'Whether a user may be signed in on several clients at once.', {
  values: [
    { value: 'multiResource', description: 'several clients at once' },
    { value: 'wbxconnect' },
    { value: 'mutualExclusion', description: 'signing in elsewhere signs out the other client' },
  ],
  default: 'multiResource',
  src: PR,
});
bool('meetingservice_supportmultimeeting', 'Presence', 'win', 'true', 'Allows Jabber to start more than one Webex meeting at a time.', { src: PR });
p('OutlookContactResolveMode', 'Presence', 'desktop', 'enum', 'How contacts from Outlook are matched to Jabber users.', {
  values: ['Auto', 'Email'],
  default: 'Auto',
  src: PR,
});
p('PresenceServerAddress', 'Presence', 'all', 'host', 'Address of the IM and Presence server (hostname, IP or FQDN) when it is not discovered.', { src: PR });
p('PresenceServerURL', 'Presence', 'all', 'url', 'Central Authentication Service (CAS) URL of the Webex Messenger service.', { modes: ['cloud'], src: PR });

// =============================================================================================
// VOICEMAIL
// =============================================================================================
const VM = ['voicemail'];
bool('ForwardVoicemail', 'Voicemail', 'all', 'true', 'Lets users forward voicemail messages.', { src: VM });
p('VoicemailPrimaryServer', 'Voicemail', 'all', 'host', 'Address of the voicemail (Unity Connection) server.', {
  src: [...VM, 'seedMra', 'mraAllowList'],
  mraNote:
    'Over MRA the voicemail server must be on the Expressway-C HTTP server allow list. Expressway-C adds the Unity Connection servers it has discovered (Configuration > Unified Communications > Unity Connection servers) to the list itself; another voicemail server needs an editable inbound rule.',
});
p('VoicemailBackup1Server', 'Voicemail', 'desktop,mobile', 'host', 'First backup voicemail server.', { src: VM });
p('VoicemailBackup2Server', 'Voicemail', 'desktop,mobile', 'host', 'Second backup voicemail server.', { src: VM });
p('VoiceMailService_UseCredentialsFrom', 'Voicemail', 'all', 'enum', 'Reuses the phone service credentials to sign in to voicemail.', {
  values: ['phone'],
  defaultNote: 'Not set: voicemail uses its own credentials.',
  aliases: ['VoicemailService_UseCredentialsFrom'],
  src: VM,
  notes: ['The heading spells VoiceMailService_UseCredentialsFrom; the XML example on the same page writes VoicemailService_UseCredentialsFrom.'],
});

// =============================================================================================
// PORT RANGES  (PRG chapter "Cisco Unified Communications Manager")
// =============================================================================================
const portNote =
  'Cisco\'s Parameters Reference Guide (chapter "Cisco Unified Communications Manager") shows these parameters without a surrounding group element, so no group is checked for them.';
const CU = ['cucm', 'cucm140zh'];
const port = (name, what, parity, x = {}) =>
  p(name, 'Phone', 'all', 'integer', `${what} (${parity} number).`, {
    min: 2048,
    max: 65535,
    src: CU,
    confidence: 'medium',
    anyGroup: true,
    ...x,
    notes: [portNote, ...(x.notes ?? [])],
  });
port('Audio_Start_Port_Range', 'First UDP port of the audio media range', 'even', {
  notes: ['The audio range needs at least 2 ports and must not overlap the video or FECC ranges.'],
});
port('Audio_End_Port_Range', 'Last UDP port of the audio media range', 'odd');
port('Video_Start_Port_Range', 'First UDP port of the video media range', 'even', {
  notes: ['The video range needs at least 4 ports and must not overlap the audio or FECC ranges.'],
});
port('Video_End_Port_Range', 'Last UDP port of the video media range', 'odd');
port('Fecc_Start_Port_Range', 'First port of the far-end camera control range', 'even', {
  default: '30000',
  notes: ['The FECC range needs at least 2 ports and must not overlap the audio or video ranges.'],
});
port('Fecc_End_Port_Range', 'Last port of the far-end camera control range', 'odd', { default: '39999' });
for (const n of ['Fecc_Start_Port_Range', 'Fecc_End_Port_Range']) {
  delete seen.get(n.toLowerCase()).min;
  delete seen.get(n.toLowerCase()).max;
}

// =============================================================================================
// DIRECTORY  (PRG chapter "Directory Integration"; BDI/EDI→CDI mapping table read for 12.6/14.0)
// =============================================================================================
tocVerify(
  `DirectoryServerType ConnectionType PresenceDomain PrimaryServerName SecondaryServerName ServerPort1 ServerPort2
 ConnectionUsername ConnectionPassword UseSSL UseSecureConnection UseANR BaseFilter GroupBaseFilter PredictiveSearchFilter
 DisableSecondaryNumberLookups SearchTimeout UseWildcards MinimumCharacterQuery SearchBase1 SearchBase2 SearchBase3 SearchBase4 SearchBase5
 GroupSearchBase1 GroupSearchBase2 GroupSearchBase3 GroupSearchBase4 GroupSearchBase5 UseSipUriToResolveContacts UriPrefix SipUri
 PhotoUriSubstitutionEnabled PhotoUriSubstitutionToken PhotoUriWithToken PhotoSource LDAP_UseCredentialsFrom BDILDAPServerType
 BDIUseJabberCredentials BDIPresenceDomain BDIPrimaryServerName BDIServerPort1 BDIConnectionUsername BDIConnectionPassword BDIEnableTLS
 BDIUseANR BDIBaseFilter BDIGroupBaseFilter BDIPredictiveSearchFilter BDISearchBase1 BDIGroupSearchBase1 BDIUseSipUriToResolveContacts
 BDIUriPrefix BDISipUri BDIPhotoUriSubstitutionEnabled BDIPhotoUriSubstitutionToken BDIPhotoUriWithToken BDIPhotoSource`,
  'directory',
);
const D = ['directory'];
const dir = (name, type, d, x = {}) => p(name, 'Directory', x.plat ?? 'all', type, d, { src: D, ...x, plat: undefined });
dir('DirectoryServerType', 'enum', 'Which directory service the client uses for contact search and resolution.', {
  values: [
    { value: 'LDAP', description: 'an LDAP directory (common directory integration)', since: '11.8' },
    { value: 'UDS', description: 'Unified CM User Data Service' },
    { value: 'BDI', description: 'basic directory integration (Mac/mobile)', until: '11.8' },
    { value: 'EDI', description: 'enhanced directory integration (Windows)', until: '11.8' },
  ],
  default: 'LDAP',
  defaultNote: 'LDAP from 11.8 (CDI); earlier releases defaulted per platform (EDI on Windows, BDI on Mac/mobile).',
  src: [...D, 'dir116', 'tac213803'],
  confidence: 'medium',
  notes: ['A TAC example uses the value AD, which is not a documented value.'],
  mraNote: 'Ignored over MRA: the client always uses UDS there.',
});
dir('ConnectionType', 'enum', 'EDI only: how Jabber for Windows locates the directory server (0 Global Catalog, 1 Domain Controller).', {
  plat: 'win',
  values: [
    { value: '0', description: 'Global Catalog' },
    { value: '1', description: 'Domain Controller' },
  ],
  // Not deprecated: the 12.8 directory chapter still tells admins to set <ConnectionType>1</ConnectionType>
  // to connect to a domain controller, although the EDI/CDI mapping table gives it no CDI column.
  src: [
    ...D,
    'https://www.cisco.com/c/en/us/td/docs/voice_ip_comm/jabber/12_8/cjab_b_parameter-reference-guide-jabber-128/cjab_b_parameter-reference-guide-jabber-128_chapter_01010.html',
  ],
  notes: ['The 12.8 directory chapter sets it to 1 to connect to a domain controller instead of a Global Catalog.'],
});
dir('PrimaryServerName', 'host', 'Address (IP or FQDN) of the primary LDAP directory server.', { notes: ['Set ServerPort1 as well.'] });
dir('SecondaryServerName', 'host', 'Address (IP or FQDN) of the backup LDAP directory server.', { notes: ['Set ServerPort2 as well.'] });
dir('ServerPort1', 'integer', 'Port of the primary directory server.', { min: 1, max: 65535, notes: ['Required when PrimaryServerName is set.'] });
dir('ServerPort2', 'integer', 'Port of the backup directory server.', { min: 1, max: 65535, notes: ['Required when SecondaryServerName is set.'] });
// The account name is not a secret (the password is): it is neither masked nor reported as one.
dir('ConnectionUsername', 'string', 'Service-account name used to bind to the directory.', {
  // The account name is not a secret (the password is): naming it in the file is not a finding.
  notes: ['Conflicts with LDAP_UseCredentialsFrom and LdapAnonymousBinding.'],
});
dir('ConnectionPassword', 'string', 'Password of the directory service account.', {
  sensitive: true,
  notes: [
    'Stored in clear text in a file every client can download from TFTP; prefer LDAP_UseCredentialsFrom or UDS.',
    'Conflicts with LDAP_UseCredentialsFrom and LdapAnonymousBinding.',
  ],
});
// Cisco's 10.5 deployment guide writes 0/1 (its simple-authentication examples: <UseSSL>0</UseSSL>), the PRG
// writes True/False: both forms are documented, so both are accepted.
dir('UseSSL', 'enum', 'Uses LDAPS (TLS) to connect to the directory.', {
  values: ['true', 'false', '1', '0'],
  default: 'True',
  src: [...D, 'dig105dir'],
  notes: [
    'If unset and the port is 389 or 3268, the connection is plain text.',
    "Cisco's pages disagree on how to write it: the Parameters Reference Guide writes True and False, the Deployment and Installation Guide 10.5 writes 1 and 0. Both forms are accepted.",
  ],
});
dir('UseSecureConnection', 'enum', 'EDI only: authenticates the directory connection with Windows secure (Kerberos/NTLM) binding.', {
  plat: 'win',
  values: ['0', '1'],
  deprecated: { since: '11.8', note: 'EDI-only; no CDI equivalent in the mapping table.' },
});
dir('UseANR', 'boolean', 'Uses Ambiguous Name Resolution for predictive search queries.', {
  default: 'True',
  notes: ['Turn off for directories without ANR, such as OpenLDAP.'],
});
dir('BaseFilter', 'ldap-filter', 'LDAP filter applied to user searches.', {
  default: '(&(objectCategory=person)(objectClass=user))',
  notes: ['Write & as &amp; inside the XML file.'],
});
dir('GroupBaseFilter', 'ldap-filter', 'LDAP filter applied to group (distribution list) searches.', { notes: ['Write & as &amp; inside the XML file.'] });
dir('PredictiveSearchFilter', 'list', 'Attributes searched by predictive search when ANR is not used.', {
  list: { separator: ',', itemType: 'string' },
  notes: [
    'Only read when UseANR is false or the directory is not Active Directory.',
    "Documented examples: mail, username, displayname, givenname, surname, nickname, sipURI; Cisco's own OpenLDAP example uses uid, so any attribute name is accepted.",
  ],
  confidence: 'medium',
});
dir('DisableSecondaryNumberLookups', 'enum', 'Stops the client from looking up contacts by mobile, home and other numbers.', {
  values: ['0', '1'],
  default: '0',
});
dir('SearchTimeout', 'integer', 'Seconds before a directory query times out.', { unit: 'seconds', default: '5' });
dir('UseWildcards', 'enum', 'Allows wildcard characters in directory searches.', { values: ['0', '1'], default: '0' });
dir('MinimumCharacterQuery', 'integer', 'Minimum number of characters typed before predictive search starts.', { default: '3' });
for (let i = 1; i <= 5; i++) {
  dir(`SearchBase${i}`, 'dn', `Organizational unit (DN) where user searches start (search base ${i} of 5).`);
  dir(`GroupSearchBase${i}`, 'dn', `Organizational unit (DN) where group searches start (group search base ${i} of 5).`);
}
dir('UseSipUriToResolveContacts', 'boolean', 'Resolves contacts by their SIP URI attribute instead of the user ID.', {
  default: 'false',
  aliases: ['UseSIPURIToResolveContacts'],
  src: [...D, 'tac118999'],
  notes: ['The UDS section and TAC 118999 spell it UseSIPURIToResolveContacts.'],
});
dir('UriPrefix', 'string', 'Prefix removed from the SipUri attribute value (for example sip:).');
dir('SipUri', 'attribute', 'Directory attribute that holds the user’s SIP URI.', { default: 'msRTCSIP-PrimaryUserAddress' });
dir('LdapSupportedMechanisms', 'list', 'SASL mechanisms the client may use to bind to LDAP.', {
  list: { separator: ' ', itemType: 'enum' },
  values: ['GSSAPI', 'EXTERNAL', 'PLAIN'],
  default: 'GSSAPI',
  notes: ['CDI only.'],
});
dir('EnableEmployeeNumber', 'enum', 'Resolves contacts by employee number.', { plat: 'win', values: ['0', '1', 'true', 'false'], default: '0' });
dir('UseLdapReferral', 'enum', 'Follows LDAP referrals returned by the directory.', { plat: 'win,android', values: ['0', '1'], default: '0' });
dir('LDAP_UseCredentialsFrom', 'enum', 'Reuses the credentials of another service to bind to LDAP.', {
  values: ['Voicemail', 'Exchange', 'CUCM'],
  notes: ['Conflicts with LdapAnonymousBinding, ConnectionUsername/ConnectionPassword and UseWindowsCredentials.', 'Applies to on-premises deployments.'],
});
dir('LdapUserDomain', 'domain', 'Domain appended to the CUCM username to form the LDAP bind name (user@domain).', {
  aliases: ['LDAPUserDomain'],
  defaultNote: 'Defaults to the PresenceDomain value.',
  notes: ['The mapping table spells it LDAPUserDomain.'],
});
dir('LdapDNSForestDomain', 'domain', 'DNS forest domain used to discover the LDAP server on non-Windows clients.');
dir('PhotoUriSubstitutionEnabled', 'boolean', 'Builds contact photo URLs by substituting a directory attribute into PhotoUriWithToken.', { default: 'false' });
dir('PhotoUriSubstitutionToken', 'attribute', 'Directory attribute whose value replaces the token in PhotoUriWithToken.', {
  notes: ['Requires PhotoUriSubstitutionEnabled=true.'],
});
dir('PhotoUriWithToken', 'uri-template', 'Photo URL containing a token replaced by each contact’s attribute value.', {
  notes: ['Requires PhotoUriSubstitutionEnabled=true.'],
});
dir('PhotoSource', 'attribute', 'Directory attribute that holds the contact photo or its URL.', { default: 'thumbnailPhoto' });
dir('PhoneNumberMasks', 'string', 'Masks that reformat phone numbers from the directory, for example +1408|+(#) ### ### #### (R reverses the match).');
dir('ContactSearchSource', 'enum', 'Team messaging mode: where contact searches go (Webex Common Identity only, or CI then UDS/LDAP).', {
  values: ['CI', 'CI-UDS-LDAP'],
  default: 'CI',
  modes: ['team-messaging'],
});
dir('ContactProfileSource', 'enum', 'Team messaging mode: where contact profiles are resolved from.', {
  values: ['CI', 'CI-UDS-LDAP'],
  default: 'CI-UDS-LDAP',
  modes: ['team-messaging'],
});
dir('PresenceDomain', 'domain', 'Domain of the presence (IM) addresses, used to build contact IDs.', { notes: ['Required with UDS and in phone mode.'] });
dir('UdsServer', 'host', 'Address of the UDS server when it is configured manually.');
dir('UdsPhotoUriWithToken', 'uri-template', 'Photo URL pattern used with UDS; contains a token such as %%uid%%.', {
  src: [...D, 'tac212104', 'seedMra'],
  mraNote: 'The photo host must be on the Expressway-C HTTP server allow list for photos to load over MRA.',
});
dir('DirectoryUriPrefix', 'string', 'Prefix removed from the directory URI attribute value.', { notes: ['LDAP only.'] });
dir('MaxWordsOfFirstName', 'integer', 'Number of words of the first name used when resolving contacts through UDS.', { default: '2' });
dir('MaxWordsOfLastName', 'integer', 'Number of words of the last name used when resolving contacts through UDS.', { default: '2' });
dir('KerberosConfiguration', 'string', 'Multi-line MIT Kerberos (krb5) configuration text, for example a [domain_realm] section.', { plat: 'desktop' });
dir('UseWindowsCredentials', 'enum', 'EDI only: binds to the directory with the signed-in Windows account.', {
  plat: 'win',
  values: ['0', '1'],
  confidence: 'medium',
  notes: [
    'Conflicts with LDAP_UseCredentialsFrom.',
    'A 10.x guide misspells it UserWindowsCredentials (not an accepted spelling); the 14.0 mapping table writes UseWindowCredentials.',
    'The mapping table lists no CDI equivalent, but later directory text still names it as conflicting with LDAP_UseCredentialsFrom, so it is not marked deprecated.',
  ],
});
dir('BDILDAPServerType', 'string', 'BDI only (Mac/mobile before 11.8): type of LDAP server, for example OpenLDAP.', {
  plat: 'mac,mobile',
  deprecated: { since: '11.8', note: 'BDI-only; no CDI equivalent.' },
});
dir('BDIUseJabberCredentials', 'boolean', 'BDI only (Mac/mobile before 11.8): binds to LDAP with the user’s Jabber credentials.', {
  plat: 'mac,mobile',
  deprecated: { since: '11.8', note: 'BDI-only; no CDI equivalent.' },
});

// Attribute mapping (CDI). Values are attribute names; TAC 213406 notes they are case-sensitive.
const attrs = [
  ['CommonName', 'cn', 'common name'],
  ['DisplayName', 'displayName', 'display name'],
  ['Firstname', 'givenName', 'first name'],
  ['Lastname', 'sn', 'last name'],
  ['EmailAddress', 'mail', 'email address'],
  ['BusinessPhone', 'telephoneNumber', 'work phone number'],
  ['MobilePhone', 'mobile', 'mobile number'],
  ['HomePhone', 'homePhone', 'home number'],
  ['OtherPhone', 'otherTelephone', 'other phone number'],
  ['DirectoryUri', 'mail', 'directory URI'],
  ['Title', 'title', 'job title'],
  ['CompanyName', 'company', 'company name'],
  ['UserAccountName', 'sAMAccountName', 'account name'],
  ['DomainName', 'userPrincipalName', 'domain name'],
  ['Country', 'co', 'country'],
  ['Location', undefined, 'location'],
  ['Nickname', 'displayName', 'nickname'],
  ['PostalCode', 'postalCode', 'postal code'],
  ['City', 'l', 'city'],
  ['State', 'st', 'state'],
  ['StreetAddress', 'streetAddress', 'street address'],
];
for (const [name, def, what] of attrs) {
  const extra = { default: def, notes: ['Attribute names are matched case-sensitively by the directory (TAC 213406).'] };
  if (name === 'DirectoryUri') Object.assign(extra, { aliases: ['DirectoryURI'], src: [...D, 'tac118999'] });
  if (name === 'OtherPhone') extra.src = [...D, 'tac213406'];
  // The 14.0/12.8 mapping table leaves Location's attribute blank; the 10.5 deployment guide maps it to co (EDI).
  if (name === 'Location')
    Object.assign(extra, {
      src: [...D, 'dig105dir'],
      notes: [
        ...extra.notes,
        "Cisco's pages disagree on its default attribute: the Deployment and Installation Guide 10.5 maps it to co (and BDILocation to location), while the attribute-mapping table of the Parameters Reference Guide leaves it blank.",
      ],
    });
  dir(name, 'attribute', `Directory attribute mapped to the contact’s ${what}.`, extra);
}
seen.get('directoryuri').notes.push('TAC 118999 spells it DirectoryURI.');

// BDI legacy names (Mac/mobile, before 11.8) → CDI names, from the mapping table.
const bdi = {
  BDIPresenceDomain: 'PresenceDomain',
  BDIPrimaryServerName: 'PrimaryServerName',
  BDIServerPort1: 'ServerPort1',
  BDIConnectionUsername: 'ConnectionUsername',
  BDIConnectionPassword: 'ConnectionPassword',
  BDIEnableTLS: 'UseSSL',
  BDIUseANR: 'UseANR',
  BDIBaseFilter: 'BaseFilter',
  BDIGroupBaseFilter: 'GroupBaseFilter',
  BDIPredictiveSearchFilter: 'PredictiveSearchFilter',
  BDISearchBase1: 'SearchBase1',
  BDIGroupSearchBase1: 'GroupSearchBase1',
  BDIUseSipUriToResolveContacts: 'UseSipUriToResolveContacts',
  BDIUriPrefix: 'UriPrefix',
  BDISipUri: 'SipUri',
  BDIPhotoUriSubstitutionEnabled: 'PhotoUriSubstitutionEnabled',
  BDIPhotoUriSubstitutionToken: 'PhotoUriSubstitutionToken',
  BDIPhotoUriWithToken: 'PhotoUriWithToken',
  BDIPhotoSource: 'PhotoSource',
  BDICommonName: 'CommonName',
  BDIDisplayName: 'DisplayName',
  BDIFirstname: 'Firstname',
  BDILastname: 'Lastname',
  BDIEmailAddress: 'EmailAddress',
  BDIBusinessPhone: 'BusinessPhone',
  BDIMobilePhone: 'MobilePhone',
  BDIHomePhone: 'HomePhone',
  BDIOtherPhone: 'OtherPhone',
  BDIDirectoryUri: 'DirectoryUri',
  BDITitle: 'Title',
  BDICompanyName: 'CompanyName',
  BDIUserAccountName: 'UserAccountName',
  BDIDomainName: 'DomainName',
  BDICountry: 'Country',
  BDILocation: 'Location',
  BDINickname: 'Nickname',
  BDIPostalCode: 'PostalCode',
  BDICity: 'City',
  BDIState: 'State',
  BDIStreetAddress: 'StreetAddress',
};
for (const [name, cdi] of Object.entries(bdi)) {
  const target = seen.get(cdi.toLowerCase());
  const e = {
    type: target.type,
    plat: 'mac,mobile',
    deprecated: { since: '11.8', replacedBy: cdi },
    notes: [`Legacy basic-directory-integration name; Jabber 11.8 and later read ${cdi} instead.`],
  };
  for (const k of ['values', 'list', 'min', 'max', 'unit', 'sensitive']) if (target[k] !== undefined) e[k] = structuredClone(target[k]);
  if (name === 'BDIUseSipUriToResolveContacts') {
    e.aliases = ['BDIUseSIPURIToResolveContacts'];
    e.src = [...D, 'tac118999'];
  }
  if (name === 'BDIDirectoryUri') {
    e.aliases = ['BDIDirectoryURI'];
    e.src = [...D, 'tac118999'];
  }
  if (e.values) e.values = e.values.map((v) => ({ ...v }));
  const t = e.type;
  delete e.type;
  dir(name, t, `Legacy (pre-11.8 Mac/mobile) name of ${cdi}: ${target.description.charAt(0).toLowerCase()}${target.description.slice(1)}`, e);
}

// =============================================================================================
// Groups
// =============================================================================================
const groups = [
  ['Client', 'Client-wide behaviour: sign-in, chat handling, problem reporting, updates, UI model, EMM restrictions.', 'client'],
  ['Directory', 'Directory integration: LDAP/UDS server, credentials, search bases and filters, attribute mapping, photos.', 'directory'],
  ['Options', 'User options and their defaults: presence idle rules, calendar and Exchange integration, custom tabs, ringtones.', 'options'],
  ['Phone', 'Phone services: TFTP/CTI/CCMCIP servers, emergency calling (E911), encryption policy, meeting sites, media port ranges.', 'phone'],
  ['Policies', 'Policies: feature switches (telephony, video, file transfer), URL-scheme handlers, logging, discovery, Webex App policies.', 'common'],
  ['Presence', 'Presence options: multi-client sign-in, Outlook presence integration, presence server address.', 'presence'],
  ['Voicemail', 'Voicemail service: Unity Connection servers, credential reuse, forwarding.', 'voicemail'],
].map(([name, description, src]) => ({ name, description, source: [S.config, S[src]] }));

// =============================================================================================
// Section text read (reference-text evidence)
// =============================================================================================
// VERIFIED_TEXT: name -> { src: page addresses whose section for this parameter was read, fix: field corrections }.
// Filled in by the verification pass of 2026-11-23 (pages corpus); each fix cites the page it came from.
const VERIFIED_TEXT = new Map();
const verifiedText = (name, src, fix = {}) => {
  const prev = VERIFIED_TEXT.get(name.toLowerCase());
  const srcs = [...(prev?.src ?? []), ...[].concat(src)];
  VERIFIED_TEXT.set(name.toLowerCase(), { src: srcs, fix: { ...(prev?.fix ?? {}), ...fix } });
};
// Port ranges and DisableMFTForConversationTypes: the previous build read their own section text on the
// zh_cn 14.0 CUCM chapter and zh_cn 12.9 On-Premises Policies chapter (parity, minimum range sizes, values).
for (const e of params) {
  const src = [].concat(e.source);
  if (src.includes(S.cucm140zh) || src.includes(S.onprem129zh)) verifiedText(e.name, []);
}
VERIFIED_PAGES();
for (const [key, { src, fix }] of VERIFIED_TEXT) {
  const e = seen.get(key);
  if (!e) throw new Error('verifiedText: unknown parameter ' + key);
  for (const [k, v] of Object.entries(fix)) {
    if (v === null) delete e[k];
    else if (k === 'notes') e.notes = [...(e.notes ?? []), ...v];
    else e[k] = k === 'values' ? vals(...v) : v;
  }
  const cur = [].concat(e.source);
  e.source = [...cur, ...src];
  e.evidence = 'reference-text';
}
// Everything else: reference-toc when a table of contents (or the BDI→CDI mapping table) read in the previous
// build lists the name; starting-list otherwise. No entry rests on a seed alone (seeds only add MRA/EMM facts).
const tocNames = new Set([...VERIFIED_TOC].map((v) => v.split('@')[0].toLowerCase()));
for (const e of params) {
  if (e.evidence) continue;
  if (tocNames.has(e.name.toLowerCase()) || /^BDI/.test(e.name)) e.evidence = 'reference-toc';
  else if ([].concat(e.source).every((s) => /^0\d\d_/.test(s))) e.evidence = 'seed';
  else e.evidence = 'starting-list';
}

// Add the table-of-contents page actually read to entries whose name it lists.
const TOC_SRC = {
  common141:
    'https://cisco.com/c/zh_cn/td/docs/voice_ip_comm/jabber/14_1/cjab_b_param-reference-for-jabber141/cjab_b_parameter-reference-guide-jabber-129_chapter_0111.pdf',
  client: S.tocClient140zh,
  client128: S.tocClient128ja,
  client141: S.tocClient141ko,
  common: S.tocCommon140ja,
  common128: S.tocCommon128ja,
};
for (const v of VERIFIED_TOC) {
  const [n, chap] = v.split('@');
  const e = seen.get(n.toLowerCase());
  if (!e || !TOC_SRC[chap]) continue;
  const src = Array.isArray(e.source) ? e.source : [e.source];
  if (!src.includes(TOC_SRC[chap])) e.source = [...src, TOC_SRC[chap]];
}
// Cited in English. Cisco publishes each chapter of the Parameters Reference Guide (and of the Webex App
// deployment guide) under the same file name in every language: /c/ja_jp/…/…_chapter_011.pdf is the Japanese
// edition of /c/en/us/…/…_chapter_011.html. Checked on stored copies of the English pages: the 14.0 Client
// (011), Common Policies (0111), Voicemail (01001) and Cisco Unified Communications Manager (01010) chapters
// match the chapters read in the Chinese and Japanese editions, and the Presence chapter (01000) is the same
// chapter in the 12.6 and 12.8 English editions. So a chapter read in another language is cited by its
// English page, which every user can read; the build notes above still say which edition was read.
const english = (url) =>
  url
    .replace(/^https:\/\/(www\.)?cisco\.com\/c\/(ja_jp|ko_kr|zh_cn|zh_tw)\//, 'https://www.cisco.com/c/en/us/')
    .replace(/^(https:\/\/www\.cisco\.com\/c\/en\/us\/.*_(chapter|appendix)_\d+)\.pdf$/, '$1.html');
for (const e of [...params, ...groups]) e.source = Array.isArray(e.source) ? e.source.map(english) : english(e.source);
for (const e of params) {
  if (Array.isArray(e.source)) {
    e.source = [...new Set(e.source)];
    if (e.source.length === 1) e.source = e.source[0];
  }
}

// =============================================================================================
// Checks and output
// =============================================================================================
const names = new Map();
for (const e of params) {
  for (const n of [e.name, ...(e.aliases ?? [])]) {
    const k = n.toLowerCase();
    if (names.has(k) && names.get(k) !== e.name) throw new Error(`name/alias clash: ${n} (${e.name} vs ${names.get(k)})`);
    names.set(k, e.name);
  }
  if (e.deprecated?.replacedBy && !seen.has(e.deprecated.replacedBy.toLowerCase())) throw new Error('replacedBy unknown: ' + e.name);
  if (e.notes && !e.notes.length) delete e.notes;
}
const NOT_PARAMS = ['ServicesDomain', 'InvalidCertificateBehavior', 'AllowUrlProvisioning', 'ForceLaunchBrowser', 'FIPS_MODE'];
for (const n of NOT_PARAMS) if (names.has(n.toLowerCase())) throw new Error('not a jabber-config parameter: ' + n);

const ORDER = [
  'name',
  'aliases',
  'group',
  'otherGroups',
  'anyGroup',
  'type',
  'values',
  'caseSensitiveValues',
  'min',
  'max',
  'unit',
  'list',
  'default',
  'defaultNote',
  'platforms',
  'modes',
  'since',
  'deprecated',
  'sensitive',
  'mraNote',
  'description',
  'notes',
  'source',
  'confidence',
  'evidence',
];
const tidy = (e) => Object.fromEntries(ORDER.filter((k) => e[k] !== undefined).map((k) => [k, e[k]]));
const GORDER = groups.map((g) => g.name);
params.sort(
  (a, b) => GORDER.indexOf(a.group) - GORDER.indexOf(b.group) || a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }) || a.name.localeCompare(b.name),
);

const doc = {
  $schema: './jabber-parameters.schema.json',
  description:
    'Cisco Jabber jabber-config.xml parameters, curated from the Parameters Reference Guides (12.x–14.x), the Webex App Unified CM appendix, TAC notes and the project seed documents. Generated by scripts/catalog/build-jabber-parameters.mjs — edit the script, not this file.',
  groups,
  parameters: params.map(tidy),
};
writeFileSync(outFile, JSON.stringify(doc, null, 2) + '\n');

if (process.argv.includes('--summary')) {
  const by = {};
  for (const e of params) by[e.group] = (by[e.group] ?? 0) + 1;
  const verified = params.filter((e) => [...VERIFIED_TOC].some((v) => v.startsWith(e.name + '@'))).length;
  const evidence = {};
  for (const e of params) evidence[e.evidence] = (evidence[e.evidence] ?? 0) + 1;
  const conf = params.filter((e) => e.confidence).map((e) => `${e.name} (${e.confidence})`);
  console.log(JSON.stringify({ total: params.length, byGroup: by, verifiedAgainstReadText: verified, evidence, lowerConfidence: conf }, null, 2));
} else {
  console.log(`wrote ${params.length} parameters to ${outFile}`);
}

// =============================================================================================
// Verification pass: parameters whose own PRG section was read (hoisted; called before output).
// =============================================================================================
function VERIFIED_PAGES() {
  const V = {
    vm141ja:
      'https://www.cisco.com/c/ja_jp/td/docs/voice_ip_comm/jabber/14_1/cjab_b_param-reference-for-jabber141/cjab_b_parameter-reference-guide-jabber-129_chapter_01001.html',
    phone141ja:
      'https://www.cisco.com/c/ja_jp/td/docs/voice_ip_comm/jabber/14_1/cjab_b_param-reference-for-jabber141/cjab_b_parameter-reference-guide-jabber-129_chapter_0101.pdf',
    presence127zh:
      'https://cisco.com/c/zh_cn/td/docs/voice_ip_comm/jabber/12_7/cjab_b_parameter-reference-guide-jabber-127/cjab_b_parameter-reference-guide-jabber-127_chapter_01000.pdf',
    presence141zh:
      'https://cisco.com/c/zh_cn/td/docs/voice_ip_comm/jabber/14_1/cjab_b_param-reference-for-jabber141/cjab_b_parameter-reference-guide-jabber-129_chapter_01000.html',
    presence128ja:
      'https://cisco.com/c/ja_jp/td/docs/voice_ip_comm/jabber/12_8/cjab_b_parameter-reference-guide-jabber-128/cjab_b_parameter-reference-guide-jabber-128_chapter_01000.html',
    onprem128ja:
      'https://cisco.com/c/ja_jp/td/docs/voice_ip_comm/jabber/12_8/cjab_b_parameter-reference-guide-jabber-128/cjab_b_parameter-reference-guide-jabber-128_chapter_0110.html',
  };
  // Voicemail 14.1 (ja): all clients, true by default, false hides the forward option in Voice Messages.
  verifiedText('ForwardVoicemail', V.vm141ja);
  // Phone 14.1 (ja): all clients; addresses of the primary/secondary CCMCIP and CTI servers.
  for (const n of ['CcmcipServer1', 'CcmcipServer2', 'CtiServer1', 'CtiServer2']) verifiedText(n, V.phone141ja);
  // Presence 12.7 (zh) and 14.1 (zh) / 12.8 (ja) sections: platforms, defaults and value syntax match the catalog.
  verifiedText('DomainsForOutlookPresence', [V.presence127zh, V.presence128ja], {
    notes: ['The reference allows simple wildcards in each domain, for example *.cisco.com or *cisco.com.'],
  });
  verifiedText('CalendarWebExMeetingPresence', [V.presence127zh, V.presence141zh]);
  verifiedText('EnableOutlookPresenceIntegration', V.presence127zh);
  verifiedText('meetingservice_supportmultimeeting', V.presence127zh);
  verifiedText('DisableMFTForConversationTypes', V.onprem128ja);
  // Options 14.1 (ja): desktop, iPhone and iPad clients; semicolon-separated bot JIDs; bots land in a _BotGroup group.
  verifiedText(
    'AdminConfiguredBot',
    'https://cisco.com/c/ja_jp/td/docs/voice_ip_comm/jabber/14_1/cjab_b_param-reference-for-jabber141/cjab_b_parameter-reference-guide-jabber-129_chapter_0100.html',
    {
      notes: ['The client puts the listed bots into a _BotGroup group in each user’s contact list; users may still add bots themselves.'],
    },
  );
  // Common Policies 14.1 (zh, ko): Android on Synergy devices, 1–100, default 3.
  verifiedText('AddContactProtocolRateLimit', [
    'https://cisco.com/c/zh_cn/td/docs/voice_ip_comm/jabber/14_1/cjab_b_param-reference-for-jabber141/cjab_b_parameter-reference-guide-jabber-129_chapter_0111.html',
    'https://cisco.com/c/ko_kr/td/docs/voice_ip_comm/jabber/14_1/cjab_b_param-reference-for-jabber141/cjab_b_parameter-reference-guide-jabber-129_chapter_0111.html',
  ]);
}
