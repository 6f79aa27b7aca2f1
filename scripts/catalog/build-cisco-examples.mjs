#!/usr/bin/env node
// Builds test/fixtures/cisco-examples/jabber-parameters.json: one value for every catalogued
// jabber-config parameter, for the false-positive gate (test/unit/false-positive-gate.test.ts).
// Plain Node ESM, no dependencies. Run: node scripts/catalog/build-cisco-examples.mjs
//
// Each value says where it comes from (`kind`):
//   example      — Cisco's own example value, with the page that shows it;
//   default      — no example at hand: the documented default (schemas/jabber-parameters.json, or
//                  the default a Cisco page gives, with that page);
//   first-value  — neither: the first documented value;
//   undocumented — none of these: no value (null), so the gap stays visible.
// A row may carry a `note` a user can read: where Cisco's pages disagree, where an example was
// printed with a defect, or why no value is given.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const corpus = resolve(root, '../shared/corpus/jabber-config');
const catalog = JSON.parse(readFileSync(resolve(root, 'schemas/jabber-parameters.json'), 'utf8'));
const outFile = resolve(root, 'test/fixtures/cisco-examples/jabber-parameters.json');

const PRG140 =
  'https://www.cisco.com/c/en/us/td/docs/voice_ip_comm/jabber/14_0/cjab_book_parameters-reference-guide-for-cisco-jabber-14_0/cjab_b_parameter-reference-guide-jabber-129_chapter_';
const PAGE = {
  options: PRG140 + '0100.html',
  common: PRG140 + '0111.html',
  directory: PRG140 + '01011.html',
  directory128:
    'https://www.cisco.com/c/en/us/td/docs/voice_ip_comm/jabber/12_8/cjab_b_parameter-reference-guide-jabber-128/cjab_b_parameter-reference-guide-jabber-128_chapter_01010.html',
  client: PRG140 + '011.html',
  onPremPolicies: PRG140 + '0110.html',
  cucm: PRG140 + '01010.html',
  voicemail: PRG140 + '01001.html',
  phone125:
    'https://www.cisco.com/c/en/us/td/docs/voice_ip_comm/jabber/12_5/Parameter_Guide/cjab_b_parameters-reference-guide-jabber_125/cjab_b_parameters-reference-guide-jabber_125_chapter_0101.html',
  presence128:
    'https://www.cisco.com/c/en/us/td/docs/voice_ip_comm/jabber/12_8/cjab_b_parameter-reference-guide-jabber-128/cjab_b_parameter-reference-guide-jabber-128_chapter_01000.html',
  webexAppendix:
    'https://www.cisco.com/c/en/us/td/docs/voice_ip_comm/cloudCollaboration/wbxt/ucmcalling/unified-cm-wbx-teams-deployment-guide/unified-cm-wbx-teams-deployment-guide_appendix_0100.html',
  // Deployment and Installation Guide for Cisco Jabber 10.5: Configure Directory Integration, and its example configuration.
  dig105Directory:
    'https://www.cisco.com/c/en/us/td/docs/voice_ip_comm/jabber/10_5/CJAB_BK_D6497E98_00_deployment-installation-guide-ciscojabber/CJAB_BK_D6497E98_00_deployment-installation-guide-ciscojabber_chapter_01011.html',
  dig105Example:
    'https://www.cisco.com/c/en/us/td/docs/voice_ip_comm/jabber/10_5/CJAB_BK_D6497E98_00_deployment-installation-guide-ciscojabber/CJAB_BK_D6497E98_00_deployment-installation-guide-ciscojabber_chapter_01001.html',
  tac118999: 'https://www.cisco.com/c/en/us/support/docs/unified-communications/jabber-windows/118999-config-imaddress-jabber-00.html',
  tac213406: 'https://www.cisco.com/c/en/us/support/docs/unified-communications/jabber/213406-test-directory-attribute-mapping-for-jab.html',
  tac217613:
    'https://www.cisco.com/c/en/us/support/docs/unified-communications/jabber-software-development-kit/217613-troubleshoot-jabber-12-9-and-14-unable-t.html',
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
  ...[
    ['SearchBase2', 'OU=Users1'],
    ['SearchBase3', 'OU=Users1'],
    ['SearchBase4', 'OU=Users1'],
    ['SearchBase5', 'OU=Users1'],
  ].map(([name, value]) => [name, value, PAGE.directory128, 'The guide documents SearchBase1 to SearchBase5 as one entry; its example sets SearchBase1.']),
  ...[
    ['GroupSearchBase2', 'OU=Group1'],
    ['GroupSearchBase3', 'OU=Group1'],
    ['GroupSearchBase4', 'OU=Group1'],
    ['GroupSearchBase5', 'OU=Group1'],
  ].map(([name, value]) => [
    name,
    value,
    PAGE.directory128,
    'The guide documents GroupSearchBase1 to GroupSearchBase5 as one entry; its example sets GroupSearchBase1.',
  ]),
  [
    'KerberosConfiguration',
    '\n    [domain_realm] \n      .domain1.com = DOMAIN1.COM \n      .child.domain1.com = CHILD.DOMAIN1.COM \n  ',
    PAGE.directory128,
    "Cisco's example spreads the value over several lines, as the page advises when a single line does not work.",
  ],
  // Parameters Reference Guide 14.0, Client.
  ...[
    ['AllowUserSelectChatsFileDirectory', ' true '],
    ['AutoAcceptFileTransfer', 'true'],
    ['AutosaveChatsLocation', ' Local_Path '],
    ['Call_Center_Audio_Enhance_Mode', 'true'],
    ['ChatAlert', 'IMAlert_1'],
    ['ChatTelephonyEscalationLimit', '10'],
    ['ContactCardonHover', 'false'],
    ['DefaultActionOfContactList', 'Call'],
    ['Disable_IM_History', 'true'],
    ['DisableAudioDucking', 'true'],
    ['DisableCallHistoryResolution', 'true'],
    ['DisableLocusCMR', 'false'],
    ['DisableNonAcceptMeetingReminder', 'false'],
    ['DisableStartOnlineForOfflineMeeting', 'false'],
    ['DisplayScreenshotWhenSwitchApps', 'false'],
    ['EMMType', '1;2'],
    ['EnableAutosave', 'true'],
    ['EnableConvertNumberToURI', 'false'],
    ['EnableFecc', 'false'],
    ['EnableFTE', 'false'],
    ['EnableInlineImages', 'false'],
    ['EnablePrt', 'True'],
    ['EnablePrtEncryption', 'true'],
    ['EnableSaveLogsToLocal', 'true'],
    ['EnableSingleNumberReach', 'true'],
    ['EnableVDIFallback', 'true'],
    ['EnableVDIFullScan', 'true'],
    ['ForceLogoutTimerDesktop', '15'],
    ['ForceLogoutTimerMobile', '15'],
    ['Forgot_Password_URL', 'http://http_servername/Forgot_Password_URL'],
    ['GlobalPhoneServiceErrorOnMobile', 'true'],
    ['HideCallControlStrip', 'enable'],
    ['IP_Mode', 'IPV4_Only'],
    ['JabberHelpLink', 'false'],
    ['LdapAnonymousBinding', 'true'],
    ['MakeUsernameReadOnly', 'true'],
    ['MaxNumberOfBookmarks', '30'],
    ['Mention_GroupChat', 'false'],
    ['Mention_P2Pchat', 'false'],
    ['Mention_PersistentChat', 'false'],
    ['pChatMeeting', 'false'],
    ['pChatShare', 'false'],
    ['Persistent_Chat_Enabled', 'true'],
    ['Persistent_Chat_Mobile_Enabled', 'false'],
    ['PersistentChatTelephonyEnabled', 'false'],
    ['PrtCertificateName', ' Certificate_Name '],
    ['PRTCertificateUrl', ' http://server_name/path/Certificate_Name '],
    ['PrtLogServerURL', 'http://server_name:port/path/prt_script.php'],
    ['ResetOnLogOutOnMobile', 'true'],
    ['RestoreChatOnLogin', 'false'],
    ['ShowCallAlerts', 'false'],
    ['ShowIconWhenMobile', 'Default_on'],
    ['ShowRecentsTab', 'false'],
    ['SingleLinePhoneLabel', 'true'],
    ['spell_check_enabled', 'true'],
    ['spell_check_language', '1031'],
    ['StartCallsWithVideoOverCellular', 'true'],
    ['STARTUP_AUTHENTICATION_REQUIRED', 'false'],
    ['SwapDisplayNameOrder', 'false'],
    ['SystemIdleDuringCalls', 'true'],
    ['TelephonyOnlyDiscovery', 'True'],
    ['UnreadMessageDeleteAlert', 'false'],
    ['UpdateURL', ' http://http_servername/UpdateURL_file '],
    ['UseSystemLanguage', 'true'],
    ['UXModel', 'modern'],
  ].map(([name, value]) => [name, value, PAGE.client]),
  [
    'DisableRemoteDesktopControl',
    'true',
    PAGE.client,
    'The page prints this example without the word "Example" and with spaces inside the tags ("< DisableRemoteDesktopControl >"); the value is true.',
  ],
  // Parameters Reference Guide 14.0, Options (entries without an example line of their own).
  ...[
    'multiline1_ringtonename',
    'multiline2_ringtonename',
    'multiline4_ringtonename',
    'multiline5_ringtonename',
    'multiline6_ringtonename',
    'multiline7_ringtonename',
    'multiline8_ringtonename',
  ].map((name) => [
    name,
    'Playful',
    PAGE.options,
    'The guide documents multiline1_ringtonename through multiline8_ringtonename as one entry; its example sets the third line.',
  ]),
  [
    'ExchangeDomain',
    'otherdomain.com',
    PAGE.options,
    'From the worked example on the page ("ExchangeDomain = otherdomain.com"); the page has no example line in XML for it.',
  ],
  // Parameters Reference Guide 14.0, On-Premises Policies.
  ...[
    ['DisableMFTForConversationTypes', 'P2P;PersistentChat'],
    ['File_Transfer_Enabled', 'false'],
    ['H264HighProfileEnable', 'true'],
    ['PreferredFT', 'P2P'],
    ['Screen_Capture_Enabled', 'false'],
    ['ShowScreenCaptureButton', 'false'],
  ].map(([name, value]) => [name, value, PAGE.onPremPolicies]),
  // Parameters Reference Guide 14.0, Common Policies (entries the first pass left out).
  ['CiscoTelProtocolCrossLaunchBackSchema', 'AppSchema1://parameter1; AppSchema2', PAGE.common],
  [
    'EnableTelProtocolPopupWindow',
    'false',
    PAGE.common,
    'The guide documents EnableTelProtocolPopupWindow and CiscoTelProtocolPermissionEnabled as one entry; its example sets CiscoTelProtocolPermissionEnabled to false.',
  ],
  // Parameters Reference Guide 14.0, Cisco Unified Communications Manager (the port ranges).
  ...[
    ['Audio_Start_Port_Range', '2068'],
    ['Audio_End_Port_Range', '2071'],
    ['Fecc_Start_Port_Range', '30010'],
    ['Fecc_End_Port_Range', '30013'],
    ['Video_Start_Port_Range', '2048'],
    ['Video_End_Port_Range', '2053'],
  ].map(([name, value]) => [name, value, PAGE.cucm]),
  // Parameters Reference Guide 14.0, Voicemail.
  ...[
    ['ForwardVoicemail', 'false'],
    ['VoicemailBackup1Server', ' hostname '],
    ['VoicemailBackup2Server', ' hostname.domain.com '],
    ['VoicemailPrimaryServer', ' hostname '],
  ].map(([name, value]) => [name, value, PAGE.voicemail]),
  // Parameters Reference Guide 12.5, Phone.
  ...[
    ['CcmcipServer1', ' server_address '],
    ['CcmcipServer2', ' server_address '],
    ['CtiServer1', ' server_address '],
    ['CtiServer2', ' server_address '],
    ['EnableCallPark', 'false'],
    ['EnableE911EdgeLocationPolicy', 'true'],
    ['EnableE911OnPremLocationPolicy', 'true'],
    ['LocalAuthenticationWithBiometrics', 'AdminDisabled'],
    ['MakeCallHotKey', 'false'],
    ['Meeting_Server_Address', ' Meeting_Site_URL '],
    ['Meeting_Server_Address_Backup', ' meeting_site_URL '],
    ['TftpServer1', ' hostname '],
    ['TftpServer2', ' hostname '],
    ['useCUCMGroupForCti', 'true'],
  ].map(([name, value]) => [name, value, PAGE.phone125]),
  [
    'Meeting_Server_Address_Backup2',
    ' meeting_site_URL ',
    PAGE.phone125,
    "Cisco's pages disagree on the name: the heading is Meeting_Server_Address_Backup2, but the example line writes <Meeting_Server_Address2>.",
  ],
  [
    'EnableDSCPPacketMarking',
    'false',
    PAGE.phone125,
    'The page prints this example with a broken closing tag (<EnableDSCPPacketMarking>false<EnableDSCPPacketMarking>); the value is false.',
  ],
  ['E911NotificationURL', ' http://www.example.com/e911.html ', PAGE.phone125],
  // Deployment guide for Calling in Webex App (Unified CM), Appendix: policy parameters.
  ...[
    ['CucmCallBargeMode', 'BARGE'],
    ['E911EdgeLocationWhiteList', 'SSID1;SSID2'],
    ['E911NotificationFrequency', 'FirstSignIn'],
    ['LocalPushSSIDList', 'SSID1;SSID2'],
    ['RecordingToneDuration', '500'],
    ['WebexTeamsDownloadURL', 'https://www.webex.com/downloads.html\n'],
  ].map(([name, value]) => [name, value, PAGE.webexAppendix]),
  [
    'ShowSelectiveCallRecordingButton',
    'false',
    PAGE.webexAppendix,
    'The page prints this example with a space in the closing tag (</ ShowSelectiveCallRecordingButton>); the value is false.',
  ],
  // Parameters Reference Guide 12.8, Presence.
  ...[
    ['CalendarWebExMeetingPresence', 'true'],
    ['DomainsForOutlookPresence', 'cisco.com'],
    ['HVDDisconnectSignout', 'False'],
    ['LoginResource', 'mutualExclusion'],
    ['meetingservice_supportmultimeeting', 'true'],
    ['OutlookContactResolveMode', 'Email'],
    ['PresenceServerAddress', ' hostname '],
    ['PresenceServerURL', ' https://loginp.webexconnect.com/cas/sso/ ex_org /orgadmin.app '],
  ].map(([name, value]) => [name, value, PAGE.presence128]),
  // Deployment and Installation Guide for Cisco Jabber 10.5, Configure Directory Integration: the
  // OpenLDAP and contact photo examples for the BDI (Mac and mobile) parameters, and the EDI ones
  // the Parameters Reference Guide has no example for.
  ...[
    ['BDILDAPServerType', 'OpenLDAP'],
    ['BDIPrimaryServerName', '11.22.33.456'],
    ['BDIEnableTLS', 'True'],
    ['BDISearchBase1', 'ou=people,dc=cisco,dc=com'],
    ['BDIServerPort1', '636'],
    ['BDIUserAccountName', 'uid'],
    ['BDIBaseFilter', '(&(objectClass=inetOrgPerson)'],
    ['BDIPredictiveSearchFilter', 'uid'],
    ['BDIConnectionUsername', 'cn=administrator,dc=cisco,dc=com'],
    ['BDIConnectionPassword', 'password'],
    ['BDIPhotoUriSubstitutionToken', 'sAMAccountName'],
    ['BDIPhotoUriWithToken', 'http://staffphoto.example.com/sAMAccountName.jpg'],
    ['BDIPhotoSource', 'jpegPhoto'],
    ['PhotoSource', 'thumbnailPhoto'],
    ['PredictiveSearchFilter', 'uid'],
    ['UserAccountName', 'uid'],
    ['UseWindowsCredentials', '0'],
    ['UseSecureConnection', '1'],
    ['UseSSL', '0'],
  ].map(([name, value]) => [name, value, PAGE.dig105Directory]),
  ['BDIPresenceDomain', 'example.com', PAGE.dig105Example],
  [
    'BDIPhotoUriSubstitutionEnabled',
    'True',
    PAGE.dig105Example,
    'The page renders this example with spaces inside the tag name ("< BDI PhotoUriSubstitutionEnabled >"); the value is True.',
  ],
  // TAC 118999 (Configure the IM Address Scheme for Multiple Domain Support), its BDI and EDI examples.
  ...[
    ['BDIDirectoryUri', 'mail'],
    ['BDIUseSipUriToResolveContacts', 'true'],
    ['BDISipUri', 'mail'],
    ['BDIUriPrefix', 'sip:'],
    ['DirectoryUri', 'mail'],
  ].map(([name, value]) => [name, value, PAGE.tac118999]),
  // TAC 213406 (Test Directory Attribute Mapping for Jabber in Isolation).
  ['OtherPhone', 'ipPhone', PAGE.tac213406],
  // TAC 217613 (Troubleshoot when Jabber Unable to Render Chatbot Content).
  ['hardening_xmpp_bot', ' FALSE ', PAGE.tac217613],
];

// Defaults a Cisco page gives where the catalog has none: the directory attribute each BDI
// attribute-mapping parameter maps to by default (Deployment and Installation Guide 10.5,
// "Attribute Mapping Parameters"), and BDI switches whose default the same chapter states.
const MAPPING_NOTE = "The directory attribute Cisco's attribute-mapping table gives for this parameter (its default).";
const PAGE_DEFAULTS = [
  ...[
    ['BDICommonName', 'cn'],
    ['BDIDisplayName', 'displayName'],
    ['BDIFirstname', 'givenName'],
    ['BDILastname', 'sn'],
    ['BDIEmailAddress', 'mail'],
    ['BDIBusinessPhone', 'telephoneNumber'],
    ['BDIMobilePhone', 'mobile'],
    ['BDIHomePhone', 'homePhone'],
    ['BDIOtherPhone', 'otherTelephone'],
    ['BDITitle', 'title'],
    ['BDICompanyName', 'company'],
    ['BDIDomainName', 'dn'],
    ['BDICountry', 'co'],
    ['BDILocation', 'location'],
    ['BDINickname', 'displayName'],
    ['BDIPostalCode', 'postalCode'],
    ['BDICity', 'l'],
    ['BDIState', 'st'],
    ['BDIStreetAddress', 'streetAddress'],
  ].map(([name, value]) => [name, value, PAGE.dig105Directory, MAPPING_NOTE]),
  [
    'Location',
    'co',
    PAGE.dig105Directory,
    "Cisco's pages disagree: the Deployment and Installation Guide 10.5 maps Location to co (and BDILocation to location), while the attribute-mapping table of the Parameters Reference Guide 12.8 leaves the attribute blank.",
  ],
  ['BDIUseANR', 'true', PAGE.dig105Directory, 'The default the page states; for OpenLDAP it says the default is false.'],
  ['BDIUseJabberCredentials', 'false', PAGE.dig105Directory],
];

// Why a parameter keeps no value, where there is more to say than "no page gives one".
const GAP_NOTES = {
  'jabber-plugin-config':
    "Takes nested elements (custom embedded tabs), not a text value; Cisco's example block is on the Client chapter of the Parameters Reference Guide.",
  InstantMessageLabels:
    "Takes nested <item> elements (XEP-0258 security labels), not a text value; Cisco's example block is on the Common Policies chapter of the Parameters Reference Guide.",
};
const NO_VALUE_NOTE = 'No Cisco page at hand gives an example value or a default for this parameter.';

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
for (const [name, value, page, note] of CURATED) {
  if (!byLower.has(name.toLowerCase())) {
    console.warn(`not catalogued, left out: ${name}`);
    continue;
  }
  examples.set(byLower.get(name.toLowerCase()).name, { value, kind: 'example', page, ...(note ? { note } : {}) });
}
// Where Cisco's pages disagree about an example already taken, the row says so.
const DISAGREEMENTS = {
  RecordingToneInterval: `Cisco's pages disagree: the Parameters Reference Guide 14.0 prints the example value true (not a number of milliseconds), while the policy parameters appendix of the deployment guide for Calling in Webex App (Unified CM) gives 11500 (${PAGE.webexAppendix}).`,
  DetailedLogDurationMobile:
    'The page prints this example with a broken closing tag (<DetailedLogDurationMobile>10<DetailedLogDurationMobile>); the value is 10.',
};
for (const [name, note] of Object.entries(DISAGREEMENTS)) if (examples.has(name)) examples.get(name).note = note;
const pageDefaults = new Map(PAGE_DEFAULTS.map(([name, value, page, note]) => [name, { value, kind: 'default', page, ...(note ? { note } : {}) }]));
for (const name of pageDefaults.keys()) if (!byLower.has(name.toLowerCase())) throw new Error(`not catalogued: ${name}`);

const sourceOf = (p) => (Array.isArray(p.source) ? p.source[0] : p.source);
const rows = catalog.parameters.map((p) => {
  const e = examples.get(p.name);
  if (e) return { name: p.name, group: p.group, ...e };
  if (p.default !== undefined) return { name: p.name, group: p.group, value: p.default, kind: 'default', page: sourceOf(p) };
  if (pageDefaults.has(p.name)) return { name: p.name, group: p.group, ...pageDefaults.get(p.name) };
  if (p.values?.length) return { name: p.name, group: p.group, value: p.values[0].value, kind: 'first-value', page: sourceOf(p) };
  return { name: p.name, group: p.group, value: null, kind: 'undocumented', page: sourceOf(p), note: GAP_NOTES[p.name] ?? NO_VALUE_NOTE };
});
const count = (k) => rows.filter((r) => r.kind === k).length;
writeFileSync(
  outFile,
  JSON.stringify(
    {
      $comment:
        "Generated by scripts/catalog/build-cisco-examples.mjs: one value per catalogued jabber-config parameter and where it comes from (example = Cisco's own example on the page named; default / first-value = the documented default or first documented value, used where no example was at hand; undocumented = no value, and the note says why). A note, where present, is for a reader: where Cisco's pages disagree, or where an example was printed with a defect.",
      counts: { example: count('example'), default: count('default'), 'first-value': count('first-value'), undocumented: count('undocumented') },
      parameters: rows,
    },
    null,
    1,
  ) + '\n',
);
console.log(
  `wrote ${rows.length} parameters`,
  JSON.stringify({ example: count('example'), default: count('default'), 'first-value': count('first-value'), undocumented: count('undocumented') }),
);
