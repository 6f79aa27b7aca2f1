// Structure of the file: well-formedness, the <config version="1.0"> root, the XML declaration,
// DOCTYPEs, group names, parameters outside groups and stray text.
import { didYouMean } from '../../core/didYouMean';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { JabberConfigModel } from '../../formats/jabber-config';
import { XML_LIMIT_CODES, xmlErrorText, type XmlSyntaxError } from '../../formats/xml';
import { lookupParameter } from '../../catalog/jabberParameters';
import { messagesOf } from '../../catalog/messages';
import { makeDiagnostic } from '../../catalog/diagnostics';
import type { ServiceContext } from '../../catalog/context';

const range = (doc: TextDocument, start: number, end: number) => ({ start: doc.positionAt(start), end: doc.positionAt(Math.max(start, end)) });

/** A syntax error of the XML reader as a diagnostic, in the user's language (schemas/l10n/common.json: its own messages by id, saxes' through xmlErrors). */
export function xmlSyntaxDiagnostic(e: XmlSyntaxError, doc: TextDocument, ctx: ServiceContext, J = messagesOf(ctx, 'jabber-config')): Diagnostic {
  // An end tag that names no open element can be renamed to the one it closes (jabber codeActions).
  const data = e.expectedEndTag ? { data: { fix: 'rename-end-tag', name: e.expectedEndTag } } : undefined;
  return makeDiagnostic(ctx, 'xml-syntax', range(doc, e.start, e.end), { detail: J.render(xmlErrorText(e)).replace(/\.$/, '') }, data);
}

export function checkStructure(model: JabberConfigModel, doc: TextDocument, ctx: ServiceContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  const { xml, root } = model;
  const J = messagesOf(ctx, 'jabber-config');
  for (const e of xml.errors) out.push(xmlSyntaxDiagnostic(e, doc, ctx, J));
  // A bound of the reader stopped it: say where, once (the model holds what came before).
  if (xml.limit) out.push(makeDiagnostic(ctx, XML_LIMIT_CODES[xml.limit.reason], range(doc, xml.limit.at, xml.limit.at + 1), { max: xml.limit.max }));
  if (xml.doctype) {
    out.push(
      makeDiagnostic(ctx, 'doctype-ignored', range(doc, xml.doctype.start, xml.doctype.end), {
        entities: xml.doctype.hasEntityDeclarations ? J.t('doctype.withEntities') : '',
      }),
    );
  }
  if (!root) {
    if (!xml.errors.length) out.push(makeDiagnostic(ctx, 'root-element', range(doc, 0, 0), { detail: J.t('root.none') }));
    return out;
  }
  if (!xml.declaration && root.name === 'config') {
    out.push(makeDiagnostic(ctx, 'missing-xml-declaration', range(doc, root.start, root.startTagEnd)));
  }
  const nameRange = range(doc, root.nameStart, root.nameEnd);
  if (root.name !== 'config') {
    const group = ctx.catalogs.jabber.groupByLowerName.get(root.name.toLowerCase());
    out.push(
      makeDiagnostic(
        ctx,
        'root-element',
        nameRange,
        {
          detail: J.t(group ? 'root.isGroup' : 'root.wrong', { name: root.name }),
        },
        { data: { fix: group ? 'wrap-in-config' : undefined } },
      ),
    );
  } else {
    const version = root.attributes.find((a) => a.name === 'version');
    if (!version) out.push(makeDiagnostic(ctx, 'root-element', nameRange, { detail: J.t('root.noVersion') }, { data: { fix: 'add-version' } }));
    else if (version.value !== '1.0')
      out.push(
        makeDiagnostic(
          ctx,
          'root-element',
          range(doc, version.valueStart, version.valueEnd),
          { detail: J.t('root.badVersion', { version: version.value }) },
          { data: { fix: 'set-version' } },
        ),
      );
  }
  const catalog = ctx.catalogs.jabber;
  if (root.name === 'config') {
    for (const g of model.groups) {
      if (catalog.groupByLowerName.get(g.name.toLowerCase())?.name === g.name) continue;
      const r = range(doc, g.element.nameStart, g.element.nameEnd);
      const caseOnly = catalog.groupByLowerName.get(g.name.toLowerCase());
      const guess =
        caseOnly?.name ??
        didYouMean(
          g.name,
          catalog.groups.map((x) => x.name),
        );
      const near = guess !== undefined;
      // A parameter name used as a group is really a parameter outside any group.
      const asParam = lookupParameter(catalog, g.name);
      if (asParam && !caseOnly) {
        out.push(
          makeDiagnostic(
            ctx,
            'parameter-outside-group',
            r,
            { name: g.name, suggestion: J.t('belongsIn', { group: asParam.param.group }) },
            { data: { expected: asParam.param.group } },
          ),
        );
        continue;
      }
      out.push(
        makeDiagnostic(
          ctx,
          'unknown-group',
          r,
          { name: g.name, suggestion: near ? J.t('didYouMean', { name: guess }) : '' },
          { data: { suggestions: near ? [guess] : [] } },
        ),
      );
    }
    for (const p of model.looseParameters) {
      const known = lookupParameter(catalog, p.name);
      out.push(
        makeDiagnostic(
          ctx,
          'parameter-outside-group',
          range(doc, p.element.nameStart, p.element.nameEnd),
          {
            name: p.name,
            suggestion: known ? J.t('belongsIn', { group: known.param.group }) : '',
          },
          { data: { expected: known?.param.group } },
        ),
      );
    }
  }
  for (const g of model.groups) {
    // Text between parameters, such as the '>' of '<Directory>>' in a Cisco example.
    const t = g.element.text.trim();
    if (t && g.element.textStart !== undefined) {
      const found = doc.getText().indexOf(t, g.element.textStart);
      const start = found >= 0 && found < g.element.end ? found : g.element.textStart;
      out.push(makeDiagnostic(ctx, 'misplaced-text', range(doc, start, start + t.length), { text: t.length > 20 ? t.slice(0, 20) + '…' : t, name: g.name }));
    }
  }
  return out;
}
