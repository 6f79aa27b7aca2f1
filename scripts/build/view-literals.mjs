// The webview pages' own scripts and style sheets are template literals in client/views
// (`const SCRIPT = `…``, `const STYLE = `…``): readable in the source, used as they are by the tests
// and the PNG renderer. In the extension bundle they are minified like the rest of the code: each
// literal's text is minified by esbuild (as JavaScript or CSS) and written back as a template literal,
// with its `${…}` substitutions kept as they are (esbuild then renames what they refer to).
import { readFile } from 'node:fs/promises';
import * as esbuild from 'esbuild';

const VIEW_LITERAL = /^(const [A-Z_]*(SCRIPT|STYLE) = )`([^`]*)`;$/gm;

/** The minified text of one literal, as the raw text of a template literal. */
export function minifyViewLiteral(kind, raw) {
  const holes = [];
  const plain = raw.replace(/\$\{([^}]*)\}/g, (_, expr) => `__ucHole${holes.push(expr) - 1}__`);
  const cooked = new Function(`return \`${plain}\`;`)();
  const code = esbuild
    .transformSync(cooked, { loader: kind === 'SCRIPT' ? 'js' : 'css', minify: true, charset: 'utf8', legalComments: 'none' })
    .code.trim()
    .replace(/[\\`]/g, (c) => `\\${c}`)
    .replace(/\$\{/g, '\\${');
  return code.replace(/__ucHole(\d+)__/g, (_, i) => `\${${holes[Number(i)]}}`);
}

/** A module's source with every view literal minified. */
export function minifyViewLiterals(source) {
  return source.replace(VIEW_LITERAL, (_, head, kind, raw) => `${head}\`${minifyViewLiteral(kind, raw)}\`;`);
}

/** The esbuild plugin that applies it to client/views. */
export const minifiedViewAssets = {
  name: 'minified-view-assets',
  setup(build) {
    build.onLoad({ filter: /[\\/]client[\\/]views[\\/][^\\/]+\.ts$/ }, async (args) => ({
      contents: minifyViewLiterals(await readFile(args.path, 'utf8')),
      loader: 'ts',
    }));
  },
};
