// @ts-check
// jiyue/module-boundaries — keeps the modular monolith modular (DESIGN §4, STYLE "Medusa v2").
//
//  (a) A file in server/src/modules/<a>/ may import from another module <b> only through
//      server/src/modules/<b>/index.ts — that file is <b>'s whole public surface.
//  (b) The kernel (server/src/kernel/) never imports a module: modules build on the kernel, not the
//      other way round. Information that must flow back goes through events.
//
// Only relative (and absolute) specifiers are checked: they are the only ones that can reach
// another module's files. Package imports are left alone.
import path from 'node:path';

/** @typedef {{ root?: string, modulesDir?: string, kernelDir?: string }} Options */

const DEFAULTS = { modulesDir: 'server/src/modules', kernelDir: 'server/src/kernel' };

/** Path of `p` below `dir` as forward-slash segments, or undefined when `p` is not inside `dir`. */
function segmentsBelow(dir, p) {
  const rel = path.relative(dir, p);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
  return rel.split(path.sep);
}

/** `foo.js`, `foo.ts`, `foo.mts`, `foo` → `foo`: a TypeScript ESM import names the emitted .js file. */
function withoutExtension(file) {
  return file.replace(/\.(?:[cm]?[jt]s|tsx|jsx)$/, '');
}

/** @type {import('eslint').Rule.RuleModule} */
const rule = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Modules import each other only through their index.ts, and the kernel never imports a module',
    },
    schema: [
      {
        type: 'object',
        properties: {
          root: { type: 'string', description: 'repository root, relative to the working directory (default: the working directory)' },
          modulesDir: { type: 'string' },
          kernelDir: { type: 'string' },
        },
        additionalProperties: false,
      },
    ],
    messages: {
      crossModule:
        "'{{source}}' reaches into the {{target}} module's {{file}}: import {{suggestion}} instead: modules talk through their index.ts (export what you need from server/src/modules/{{target}}/index.ts)",
      kernelImportsModule:
        "'{{source}}' imports the {{target}} module from the kernel: the kernel must not depend on modules. Move the code into the module, or have the module register it with the kernel (events, JiyueModule hooks)",
    },
  },
  create(context) {
    /** @type {Options} */
    const options = { ...DEFAULTS, ...(context.options[0] ?? {}) };
    const root = path.resolve(context.cwd, options.root ?? '.');
    const modulesDir = path.resolve(root, options.modulesDir ?? DEFAULTS.modulesDir);
    const kernelDir = path.resolve(root, options.kernelDir ?? DEFAULTS.kernelDir);
    const filename = path.resolve(context.cwd, context.filename);

    const fromModule = segmentsBelow(modulesDir, filename);
    // A module is a folder: files directly in modules/ (none today) belong to no module.
    const ownModule = fromModule && fromModule.length > 1 ? fromModule[0] : undefined;
    const isKernelFile = segmentsBelow(kernelDir, filename) !== undefined;
    if (!ownModule && !isKernelFile) return {};

    /** @param {import('estree').Node | null | undefined} sourceNode */
    function check(sourceNode) {
      if (!sourceNode || sourceNode.type !== 'Literal' || typeof sourceNode.value !== 'string') return;
      const source = sourceNode.value;
      if (!source.startsWith('.') && !path.isAbsolute(source)) return;
      const target = path.resolve(path.dirname(filename), source);
      const below = segmentsBelow(modulesDir, target);
      if (!below) return;
      const targetModule = below[0];
      if (isKernelFile) {
        context.report({ node: sourceNode, messageId: 'kernelImportsModule', data: { source, target: targetModule ?? '(modules)' } });
        return;
      }
      if (targetModule === ownModule) return;
      const isIndex = below.length === 2 && withoutExtension(below[1] ?? '') === 'index';
      if (isIndex) return;
      const suggestion = path
        .relative(path.dirname(filename), path.join(modulesDir, targetModule ?? '', 'index.js'))
        .split(path.sep)
        .join('/');
      context.report({
        node: sourceNode,
        messageId: 'crossModule',
        data: {
          source,
          target: targetModule ?? '(modules)',
          file: below.length > 1 ? below.slice(1).join('/') : 'folder',
          suggestion: suggestion.startsWith('.') ? suggestion : `./${suggestion}`,
        },
      });
    }

    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
      // `type X = import('../b/repository.js').Row` reaches in just as well (typescript-eslint AST).
      /** @param {any} node */
      TSImportType(node) {
        const arg = node.argument;
        check(arg?.type === 'TSLiteralType' ? arg.literal : arg);
      },
    };
  },
};

export default rule;
