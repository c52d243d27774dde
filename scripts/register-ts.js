/**
 * Lets plain `node` run the repository's TypeScript scripts and benchmarks:
 * `node --require ./scripts/register-ts.js scripts/eval-summary.ts`.
 * Each .ts file is compiled on load with @swc/core (already a dev dependency, the
 * compiler behind @swc/jest), with the same target as the tests; no type checking.
 */
const fs = require('node:fs');
const { transformSync } = require('@swc/core');

require.extensions['.ts'] = (module, filename) => {
  const { code } = transformSync(fs.readFileSync(filename, 'utf8'), {
    filename,
    jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  });
  module._compile(code, filename);
};
