/**
 * What one hostile article body costs the whole server: `npm run bench:hostile`.
 *
 * Starts the built playground (production, fresh SQLite file, demo content) and, for
 * each construct that used to make text extraction backtrack (`![`, `[`, `<a`,
 * `<!--`, `<http:` repeated without closers), sends a body of about 1 MB
 * - as Markdown text to the summary suggestion (`POST /newsroom/summary/suggest`),
 *   where it is parsed as Markdown/HTML;
 * - as the text of blocks in a REST create (`POST /api/newsroom/articles`), which
 *   stores it and computes the word count and automatic summary;
 * - as a plain string in a REST create (the wrong shape for a blocks body: a 400).
 * Meanwhile `GET /_health` is polled back to back; the table shows each request's
 * time and the slowest health answer during it, i.e. how long other requests waited.
 * Needs `npm run build` and `npm run build -w playground` first.
 */
import { startPlayground } from '../tests/e2e/support/playground';
import { createCredentials } from '../scripts/fuzz/credentials';

const TARGET_BYTES = 1_000_000;
const CONSTRUCTS = ['![', '[', '<a', '<!--', '<http:'];

const repeatTo = (piece: string, bytes: number) => piece.repeat(Math.ceil(bytes / piece.length));

/** Polls /_health back to back until stopped; answers the slowest round trip seen. */
const watchHealth = (baseUrl: string) => {
  let running = true;
  let slowest = 0;
  const loop = (async () => {
    while (running) {
      const started = performance.now();
      await fetch(`${baseUrl}/_health`).catch(() => undefined);
      slowest = Math.max(slowest, performance.now() - started);
    }
  })();
  return async () => {
    running = false;
    await loop;
    return slowest;
  };
};

const timed = async (baseUrl: string, path: string, token: string, body: unknown) => {
  const stopWatching = watchHealth(baseUrl);
  const started = performance.now();
  const response = await fetch(`${baseUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  await response.arrayBuffer();
  const ms = performance.now() - started;
  return { status: response.status, ms, health: await stopWatching() };
};

const main = async () => {
  const playground = await startPlayground({ NEWSROOM_DOCUMENTATION: 'false' });
  try {
    const credentials = await createCredentials(playground.baseUrl);
    const rows: string[] = ['| construct | route | status | request ms | slowest /_health ms |', '| --- | --- | --- | --- | --- |'];
    for (const construct of CONSTRUCTS) {
      const text = repeatTo(`${construct}word `, TARGET_BYTES);
      const blocks = [{ type: 'paragraph', children: [{ type: 'text', text }] }];
      const cases: Array<[string, string, string, unknown]> = [
        ['suggest (Markdown)', '/newsroom/summary/suggest', credentials.admin, { body: text, locale: 'en' }],
        [
          'REST create (blocks)',
          '/api/newsroom/articles',
          credentials['full-access'],
          { data: { title: `Hostile ${construct}`, body: blocks } },
        ],
        [
          'REST create (string)',
          '/api/newsroom/articles',
          credentials['full-access'],
          { data: { title: `Hostile ${construct}`, body: text } },
        ],
      ];
      for (const [route, path, token, body] of cases) {
        const result = await timed(playground.baseUrl, path, token, body);
        rows.push(`| \`${construct}\` | ${route} | ${result.status} | ${result.ms.toFixed(0)} | ${result.health.toFixed(0)} |`);
      }
    }
    console.log(rows.join('\n'));
  } finally {
    await playground.stop();
  }
};

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
