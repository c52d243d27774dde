/**
 * The typed client as a front end uses it: imported as `strapi-plugin-newsroom/client`
 * from the app's installed package (ESM `import` and CommonJS `require`, run by Node in
 * the app's folder), and its types compiled under the three module resolutions a
 * TypeScript project uses (Node10, Node16, Bundler) with the repository's TypeScript.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import ts from 'typescript';

import type { SiteContent } from './content';

const readerScript = (importLine: string) => `${importLine}

const [baseUrl, token, first, second] = process.argv.slice(2);
const fail = (message) => { throw new Error(message); };

const check = async () => {
  const client = createNewsroomClient({ baseUrl: baseUrl + '/api', token, locale: 'en' });
  const { data } = await client.read(first);
  if (data.slug !== first) fail('read: got ' + data.slug);
  if (data.previous !== null || data.next?.slug !== second) fail('read: neighbors ' + JSON.stringify([data.previous, data.next]));
  const { data: neighbors } = await client.neighbors(second);
  if (neighbors.previous?.slug !== first || neighbors.next !== null) fail('neighbors: ' + JSON.stringify(neighbors));
  const error = await client.read('no-such-article').then(() => null, (caught) => caught);
  if (!(error instanceof NewsroomApiError) || error.status !== 404) fail('an unknown slug: ' + String(error));
};
`;

const RUNTIME_FILES = {
  'client-esm.mjs': `${readerScript("import { createNewsroomClient, NewsroomApiError } from 'strapi-plugin-newsroom/client';")}
await check();
`,
  'client-cjs.cjs': `${readerScript("const { createNewsroomClient, NewsroomApiError } = require('strapi-plugin-newsroom/client');")}
check().catch((error) => { console.error(error); process.exit(1); });
`,
};

/** Runs the client as ES module and as CommonJS from the app's folder, against the running app. */
export const checkClientRuntime = (appDir: string, baseUrl: string, { first, second, token }: SiteContent) => {
  const dir = path.join(appDir, 'smoke-client');
  fs.mkdirSync(dir, { recursive: true });
  for (const [file, text] of Object.entries(RUNTIME_FILES)) {
    fs.writeFileSync(path.join(dir, file), text);
    try {
      execFileSync(process.execPath, [file, baseUrl, token, first.slug, second.slug], { cwd: dir, encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      const { stderr, stdout } = error as { stderr?: string; stdout?: string };
      throw new Error(`the client (${file}) failed:\n${stderr || stdout || String(error)}`, { cause: error });
    }
  }
};

// `@ts-expect-error` fails the compile if the types resolved to `any`.
const TYPES_FILE = `import { createNewsroomClient, NewsroomApiError, type ReadResponse } from 'strapi-plugin-newsroom/client';

const client = createNewsroomClient({ baseUrl: 'http://localhost:1337/api', locale: 'en' });

export const titleOf = async (slug: string): Promise<string> => {
  const page: ReadResponse = await client.read(slug);
  return page.data.next ? \`\${page.data.title}, then \${page.data.next.title}\` : page.data.title;
};

export const isNotFound = (error: unknown): boolean => error instanceof NewsroomApiError && error.status === 404;

// @ts-expect-error: a slug is a string
client.read(42);
`;

const MODES: Array<[string, ts.CompilerOptions]> = [
  ['node10', { module: ts.ModuleKind.CommonJS, moduleResolution: ts.ModuleResolutionKind.Node10 }],
  ['node16', { module: ts.ModuleKind.Node16, moduleResolution: ts.ModuleResolutionKind.Node16 }],
  ['bundler', { module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler }],
];

/** Compiles a front end's use of the client against the installed package's declarations. */
export const checkClientTypes = (appDir: string) => {
  const dir = path.join(appDir, 'smoke-client');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'types.ts');
  fs.writeFileSync(file, TYPES_FILE);
  const failures: string[] = [];
  for (const [name, options] of MODES) {
    const program = ts.createProgram([file], {
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      target: ts.ScriptTarget.ES2020,
      lib: ['lib.es2020.d.ts', 'lib.dom.d.ts'],
      types: [],
      ...options,
    });
    const errors = ts.getPreEmitDiagnostics(program).map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
    if (errors.length > 0) failures.push(`moduleResolution ${name}:\n  ${errors.join('\n  ')}`);
  }
  if (failures.length > 0) throw new Error(`the client's types do not compile (TypeScript ${ts.version}):\n${failures.join('\n')}`);
  return MODES.map(([name]) => name);
};
