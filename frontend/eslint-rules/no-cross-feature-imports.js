import path from 'node:path';

/**
 * Keeps the bulletproof-react layering: a feature imports neither another feature nor the app,
 * and the shared folders (components, hooks, lib, …) import neither features nor the app.
 * Compose features in src/app instead.
 */
const srcDir = path.resolve(import.meta.dirname, '..', 'src');

function layerOf(file) {
  const relative = path.relative(srcDir, file);
  if (relative.startsWith('..') || path.isAbsolute(relative)) {
    return null;
  }
  const [top, feature] = relative.split(path.sep);
  if (top === 'features') {
    return { kind: 'feature', name: feature };
  }
  if (top === 'app' || top === 'testing' || top === 'main.tsx') {
    return { kind: 'app' };
  }
  return { kind: 'shared' };
}

export default {
  meta: {
    type: 'problem',
    docs: { description: 'disallow imports between features and from shared code into features' },
    messages: {
      crossFeature:
        'Feature "{{from}}" must not import from feature "{{to}}"; compose them in src/app.',
      intoApp: 'Only src/app may import from src/app.',
      sharedIntoFeature: 'Shared code must not import from feature "{{to}}".',
    },
    schema: [],
  },
  create(context) {
    const from = layerOf(context.filename);
    // Tests render whole routes, as a user meets them, so they may reach any layer.
    if (!from || from.kind === 'app' || /\.test\.tsx?$/.test(context.filename)) {
      return {};
    }
    function check(node, source) {
      if (typeof source !== 'string' || !source.startsWith('.')) {
        return;
      }
      const to = layerOf(path.resolve(path.dirname(context.filename), source));
      if (!to) {
        return;
      }
      if (to.kind === 'app') {
        context.report({ node, messageId: 'intoApp' });
      } else if (to.kind === 'feature' && from.kind === 'shared') {
        context.report({ node, messageId: 'sharedIntoFeature', data: { to: to.name } });
      } else if (to.kind === 'feature' && from.kind === 'feature' && to.name !== from.name) {
        context.report({ node, messageId: 'crossFeature', data: { from: from.name, to: to.name } });
      }
    }
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
    };
  },
};
