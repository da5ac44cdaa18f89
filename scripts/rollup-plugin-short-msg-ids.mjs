// Rollup plugin: give every @lit/localize message a short id in the bundle.
//
// In runtime mode each msg() call is looked up by its id: the explicit one the journey's
// and the services' messages are given (`{ id: 'concern.title' }`), or else a 17-character
// hash of its English text. The Welsh table is keyed by those ids, and none of them compress
// as well as a number (~190 hashes cost about 2 KB gzipped). This plugin turns the generated
// Welsh table into an array (its entries in file order, without keys) and rewrites every
// msg() call to pass its entry's index as its `id`, reading an explicit id or computing the
// same hash lit-localize does; the runtime looks a message up as `templates[id]`, which an
// array answers as well as an object. It also drops the translator notes (`desc`), which
// only the extraction needs. (Numbered keys, "1q": …, cost 0.3 KB gzip more than the array,
// 2026-11-29.)
//
// It imports lit-localize's hashing from `@lit/localize/internal/`, which is not public API:
// package.json pins @lit/localize (and @lit/localize-tools) exactly, and the test beside this
// file fails if the pin becomes a range. Upgrade them on purpose, then run that test and
// `npm run build` (which fails on any msg() whose id the Welsh table lacks).
//
// Only the bundle changes: sources, the Welsh table and tests keep the normal ids.
// Since every call then has an id, lit-localize's message hashing is left out.
// A msg() call whose id is not in the Welsh table fails the build, because its
// Welsh text would silently be missing.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import MagicString from 'magic-string';
import { generateMsgId } from '@lit/localize/internal/id-generation.js';

const KEY = /^(\s*)'([^']+)':/gm;
const RUNTIME_ID_STUB = '\0short-msg-ids:id-generation';

/** @param {{ table: string, include: string }} options  paths of the generated Welsh table and the source folder */
export default function shortMsgIds({ table, include }) {
  const tablePath = resolve(table);
  const sourceDir = resolve(include);
  /** @type {Map<string, number>} */
  let shortIds = new Map();

  return {
    name: 'short-msg-ids',

    // Every msg() call now carries its id, so the runtime never hashes a message:
    // leave lit-localize's hashing code (fnv1a64) out of the bundle.
    resolveId(source, importer) {
      if (source === './id-generation.js' && importer?.includes('@lit/localize')) return RUNTIME_ID_STUB;
      return null;
    },
    load(id) {
      if (id !== RUNTIME_ID_STUB) return null;
      return `export function generateMsgId() { throw new Error('[help-finder] a msg() call has no id: build with the short-msg-ids plugin'); }`;
    },

    buildStart() {
      const keys = [...readFileSync(tablePath, 'utf8').matchAll(KEY)].map((m) => m[2]);
      shortIds = new Map(keys.map((key, index) => [key, index]));
      this.addWatchFile(tablePath);
    },

    transform(code, id) {
      if (id === tablePath) {
        const s = new MagicString(code);
        const header = code.indexOf('export const templates');
        const open = header < 0 ? -1 : code.indexOf('{', header);
        const close = code.lastIndexOf('}');
        if (open < 0 || close < open) this.error(`${id}: no "export const templates = { … }" to read`);
        s.overwrite(open, open + 1, '[');
        s.overwrite(close, close + 1, ']');
        for (const m of code.matchAll(KEY)) {
          const start = m.index + m[1].length;
          s.remove(start, start + m[2].length + 3);
        }
        return { code: s.toString(), map: s.generateMap({ hires: true }) };
      }
      if (!id.startsWith(sourceDir) || !(code.includes('msg') || code.includes('@lit/localize'))) return null;

      const s = new MagicString(code);
      let changed = false;
      const ast = this.parse(code);
      // Only calls written `msg(…)`, with `msg` (and `str`) imported under their own names, are
      // found and given ids. Anything else would build, then throw in Welsh only, at run time.
      const unreadable = unrecognisedUse(ast);
      if (unreadable) this.error(`${id} at ${unreadable.start}: ${unreadable.why}`);
      walk(ast, (node) => {
        if (node.type !== 'CallExpression' || node.callee.type !== 'Identifier' || node.callee.name !== 'msg') return;
        const [template, options] = node.arguments;
        const explicit =
          options?.type === 'ObjectExpression'
            ? options.properties.find((p) => p.key?.name === 'id' || p.key?.value === 'id')
            : undefined;
        const key = explicit ? explicit.value.value : hashOf(template);
        if (key === undefined) this.error(`msg() call in ${id} at ${node.start}: cannot read its message`);
        const short = shortIds.get(key);
        if (short === undefined) {
          this.error(
            `msg() call in ${id} at ${node.start}: message ${key} has no Welsh translation (run npm run localize:check)`,
          );
        }
        const replacement = `{id:${short}}`;
        if (options) s.overwrite(options.start, options.end, replacement);
        else s.appendLeft(template.end, `,${replacement}`);
        changed = true;
      });
      return changed ? { code: s.toString(), map: s.generateMap({ hires: true }) } : null;
    },
  };
}

/** The id lit-localize's runtime computes for a msg() template, or undefined if it is not a literal. */
function hashOf(node) {
  if (node.type === 'Literal' && typeof node.value === 'string') return generateMsgId(node.value, false);
  if (node.type === 'TemplateLiteral' && node.expressions.length === 0) {
    return generateMsgId(node.quasis[0].value.cooked, false);
  }
  if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier') {
    const strings = node.quasi.quasis.map((q) => q.value.cooked);
    if (node.tag.name === 'str') return generateMsgId(strings, false);
    if (node.tag.name === 'html') return generateMsgId(strings, true);
  }
  return undefined;
}

const LOCALIZE = '@lit/localize';
const TAGS = ['msg', 'str'];

/**
 * The first use of `msg` or `str` this plugin could not follow, with why, or undefined:
 * - an import from @lit/localize under another name (`import { msg as m }`), a namespace or
 *   default import, or a re-export (`export { msg } from '@lit/localize'`);
 * - `msg` used other than called by name (`const t = msg`, `[…].map(msg)`, `msg.call(…)`).
 *
 * @param {any} ast  an ESTree program
 * @returns {{ start: number, why: string } | undefined}
 */
export function unrecognisedUse(ast) {
  /** @type {{ start: number, why: string } | undefined} */
  let found;
  walk(ast, (node, parent) => {
    if (found) return;
    if (
      (node.type === 'ExportNamedDeclaration' || node.type === 'ExportAllDeclaration') &&
      node.source?.value === LOCALIZE
    ) {
      found = {
        start: node.start,
        why: `re-exports ${LOCALIZE}: import msg from ${LOCALIZE} in each file that uses it`,
      };
    }
    if (node.type !== 'ImportDeclaration' || node.source.value !== LOCALIZE) {
      if (node.type === 'Identifier' && node.name === 'msg' && !isCallOrName(node, parent)) {
        found = {
          start: node.start,
          why: 'msg is used other than as a call msg(…): the short-id plugin cannot give it an id',
        };
      }
      return;
    }
    for (const spec of node.specifiers) {
      if (spec.type !== 'ImportSpecifier') {
        found = {
          start: spec.start,
          why: `import { msg, str } from '${LOCALIZE}' by name, not as a namespace or default import`,
        };
      } else {
        const imported = spec.imported.name ?? spec.imported.value;
        if (TAGS.includes(imported) && spec.local.name !== imported) {
          found = {
            start: spec.start,
            why: `${imported} is imported as ${spec.local.name}: import it under its own name, so the short-id plugin finds its calls`,
          };
        }
      }
    }
  });
  return found;
}

/** Whether an identifier `msg` is the callee of a call, or a name that is not a reference to it. */
function isCallOrName(node, parent) {
  if (!parent) return false;
  if (parent.type === 'ImportSpecifier') return true; // checked with its import declaration
  if (parent.type === 'CallExpression' && parent.callee === node) return true;
  if (parent.type === 'MemberExpression' && parent.property === node && !parent.computed) return true;
  if (
    (parent.type === 'Property' || parent.type === 'MethodDefinition' || parent.type === 'PropertyDefinition') &&
    parent.key === node &&
    !parent.computed &&
    !parent.shorthand
  )
    return true;
  return false;
}

/**
 * @param {any} node
 * @param {(node: any, parent: any) => void} visit
 * @param {any} [parent]
 */
function walk(node, visit, parent) {
  if (!node || typeof node.type !== 'string') return;
  visit(node, parent);
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) value.forEach((child) => walk(child, visit, node));
    else if (value && typeof value === 'object' && typeof value.type === 'string') walk(value, visit, node);
  }
}
