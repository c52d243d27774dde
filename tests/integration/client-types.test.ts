import fs from 'fs';
import os from 'os';
import path from 'path';

import ts from 'typescript';

/**
 * The typed client's declarations resolve as `strapi-plugin-newsroom/client` under each
 * module resolution a Strapi app or front end uses: `Node` (create-strapi-app's
 * TypeScript apps, which ignores `exports` and reads `typesVersions`), `Node16` and
 * `Bundler`. Compiled against the built package (`dist/`), as an installed one is.
 */
const ROOT = path.resolve(__dirname, '../..');

const compile = (dir: string, options: ts.CompilerOptions) => {
  const program = ts.createProgram([path.join(dir, 'index.ts')], {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    target: ts.ScriptTarget.ES2020,
    lib: ['lib.es2020.d.ts', 'lib.dom.d.ts'],
    ...options,
  });
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
};

describe('the client package entry for TypeScript', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-client-types-'));
    fs.mkdirSync(path.join(dir, 'node_modules'));
    fs.symlinkSync(ROOT, path.join(dir, 'node_modules', 'strapi-plugin-newsroom'), 'dir');
    fs.writeFileSync(
      path.join(dir, 'index.ts'),
      [
        "import { createNewsroomClient, NewsroomApiError } from 'strapi-plugin-newsroom/client';",
        "const client = createNewsroomClient({ baseUrl: 'http://localhost:1337' });",
        'export const check = (error: unknown) => error instanceof NewsroomApiError;',
        'export default client;',
      ].join('\n')
    );
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it.each([
    ['Node', { module: ts.ModuleKind.CommonJS, moduleResolution: ts.ModuleResolutionKind.Node10 }],
    ['Node16', { module: ts.ModuleKind.Node16, moduleResolution: ts.ModuleResolutionKind.Node16 }],
    ['Bundler', { module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler }],
  ])('resolves with "moduleResolution": "%s"', (_name, options) => {
    expect(compile(dir, options)).toEqual([]);
  });
});
