// Used only by Jest, only for the ESM-only packages in node_modules (NestJS 12): Jest on
// Node < 24.9 cannot require() ES modules, so they are compiled to CommonJS for the tests.
// The production build runs them natively (Node ≥ 20.19 can require() ES modules).

/** `const require = createRequire(import.meta.url)` is redundant in CommonJS and breaks the
 *  module transform (it shadows the `require` the transform emits), so drop it. */
function dropCreateRequire({ types: t }) {
  return {
    visitor: {
      VariableDeclarator(path) {
        const { id, init } = path.node;
        if (t.isIdentifier(id, { name: 'require' }) && t.isCallExpression(init) && t.isIdentifier(init.callee, { name: 'createRequire' })) {
          path.remove();
        }
      },
    },
  };
}

module.exports = {
  presets: [['@babel/preset-env', { targets: { node: 'current' }, modules: 'commonjs' }]],
  plugins: [dropCreateRequire, 'babel-plugin-transform-import-meta'],
};
