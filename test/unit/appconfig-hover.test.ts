// Hover: the shared definition (description, type, default), iOS/Android support, EMM, matrix rows
// and sources over a key or value; the format and its EMM's tables over the format marker.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { caret, context, doc, service } from './appconfig-helpers';

function hoverText(uri: string, textWithCaret: string): string | undefined {
  const { text, offset } = caret(textWithCaret);
  const d = doc(uri, text);
  const h = service.hover(d, d.positionAt(offset), context());
  return h ? (h.contents as { value: string }).value : undefined;
}

const XML = 'file:///w/a.appconfig.xml';
const JSONF = 'file:///w/a.appconfig.json';

test('a shared key shows the jabber-config definition, EMM facts, matrix rows and sources', () => {
  const md = hoverText(XML, '<dict>\n  <key>Telephony_En|abled</key>\n  <true/>\n</dict>')!;
  assert.match(md, /^\*\*Telephony_Enabled\*\* — BlackBerry UEM field “Telephony Enabled”/);
  assert.match(md, /Enables calling features/, 'description from schemas/jabber-parameters.json');
  assert.match(md, /\*\*Type:\*\* boolean/);
  assert.match(md, /\*\*Default:\*\* `true`/);
  assert.match(md, /iOS ✓ · Android ✓/);
  assert.match(md, /same parameter as `<Telephony_Enabled>` in `<Policies>`/);
  assert.match(md, /BlackBerry UEM app-configuration fields of Cisco Jabber for BlackBerry — Telephony Enabled \(iOS: yes, Android: yes\)/);
  assert.match(md, /Source: Cisco Jabber Planning Guide, chapter “Deployment Scenarios” \(Korean edition\)/);
});

test('an EMM-only key shows its own definition, the recommended EMM value and the ATS row', () => {
  const aup = hoverText(XML, '<dict>\n  <key>AllowUrl|Provisioning</key>\n  <false/>\n</dict>')!;
  assert.match(aup, /\*\*Default:\*\* `true` · recommended with EMM: `false`/);
  const icb = hoverText(XML, '<dict>\n  <key>InvalidCertificateBehavior</key>\n  <string>Prompt|PerSession</string>\n</dict>')!;
  assert.match(icb, /^`PromptPerSession`: Ask the user once per session/, 'the value under the caret first');
  assert.match(icb, /App Transport Security \(iOS\)/);
});

test('FIPS_MODE shows that BlackBerry does not support it', () => {
  const md = hoverText(JSONF, '{"emm":"blackberry","appConfiguration":{"FIPS|_MODE":true}}')!;
  assert.match(md, /\*\*Not supported in BlackBerry:\*\* FIPS settings are not supported through the BlackBerry Dynamics SDK/);
});

test("an alias value explains the documents' spelling conflict", () => {
  const md = hoverText(JSONF, '{"emm":"blackberry","appConfiguration":{"IP_Mode":"Two St|acks"}}')!;
  assert.match(md, /^`Two Stacks` = `Dual_Stack`: The URL-configuration section writes Two Stacks/);
});

test('the undocumented BlackBerry field is shown by label with low confidence', () => {
  const md = hoverText(JSONF, '{"emm":"blackberry","appConfiguration":{"Disable cross launch |Webex Meetings":true}}')!;
  assert.match(md, /key name not documented/);
  assert.match(md, /\*\*Confidence:\*\* low/);
});

test('the format marker shows the EMM tables: Intune restrictions for Graph, BlackBerry policies and minimums for BlackBerry', () => {
  const intune = hoverText(JSONF, '{"@odata.type":"#microsoft.graph.iosMo|bileAppConfiguration","settings":[]}')!;
  assert.match(intune, /Microsoft Intune app-protection restrictions supported by Cisco Jabber for Intune/);
  assert.match(intune, /\| Screen capture \| not applicable \| yes \|/);
  const bb = hoverText(JSONF, '{"emm":"black|berry","appConfiguration":{}}')!;
  assert.match(bb, /BlackBerry Dynamics policies supported by Cisco Jabber for BlackBerry/);
  assert.match(bb, /Android version \(minimum 6\.0\)/);
  assert.match(bb, /iOS version \(minimum 11\.0\)/);
  assert.doesNotMatch(bb, /app-protection restrictions supported by Cisco Jabber for Intune/);
});

test('no hover on unknown keys or outside entries', () => {
  assert.equal(hoverText(XML, '<dict>\n  <key>Unkn|own</key>\n  <true/>\n</dict>'), undefined);
  assert.equal(hoverText(JSONF, '{"displayName":"x|","settings":[]}'), undefined);
});
