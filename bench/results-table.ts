/**
 * The benches' results as Markdown: each bench that keeps results merges its run into
 * bench/results/<name>.json (one entry per label: a database, or "<database>-before")
 * and rewrites bench/results/<name>.md from it, so the tables the docs link are the
 * measured ones, never copied by hand. `npm run bench:tables` renders every JSON there
 * again without running anything.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const RESULTS = path.join(__dirname, 'results');

/** One run of a bench: figures, and either flat (one row) or `rows` (one row per scenario). */
type Run = Record<string, unknown> & { rows?: Array<Record<string, unknown>> };

/** Which command writes each results file, and what it measures. */
const SOURCES: Record<string, { command: string; about: string }> = {
  latest: {
    command: '`npm run bench` (bench/reader.ts)',
    about:
      "the reader API against Strapi's own findOne on the playground in production mode; `× scenario 2` is req/s over Strapi's findOne with previous/next populated in the same run; SQL statements are counted on one request of each scenario before the load, so with the reader cache on a scenario whose answer was already cached counts a cached request",
  },
  'scoped-fanout': {
    command: '`npm run bench:scopes` (bench/scoped-fanout.ts)',
    about:
      'a scoped read (`?scope=tags`) when posts share thousands of tags, against the unscoped read of the same post, reader cache off; `/_health` timed while scoped reads run 8 at a time',
  },
  'slow-save': {
    command: '`BENCH_LABEL=<label> npm run bench:links` (bench/link-write.ts)',
    about: 'link writes of other articles while a post with thousands of dynamic-zone components is saved',
  },
};

/** Column and row names for the keys the benches write; any other key is shown as it is. */
const LABELS: Record<string, string> = {
  scenario: 'scenario',
  rps: 'req/s',
  p50: 'p50 ms',
  p99: 'p99 ms',
  vsScenario2: '× scenario 2',
  sqlStatements: 'SQL statements',
  articles: 'articles',
  readerCache: 'reader cache',
  secondsPerRun: 'seconds per scenario and round',
  rounds: 'rounds',
  connections: 'connections',
  requests: 'requests per scenario',
  posts: 'published posts',
  tagsEach: 'tags on each post',
  unscopedMedianMs: 'unscoped read, median ms',
  scopedMedianMs: 'scoped read, median ms',
  scopedVsUnscoped: 'scoped / unscoped',
  scopedNoneSharedMedianMs: 'scoped read sharing no tag, median ms',
  healthP50MsUnderScopedLoad: '`/_health` p50 ms under scoped load',
  healthMaxMsUnderScopedLoad: '`/_health` max ms under scoped load',
  client: 'database',
  components: 'components in the saved post',
  saveMs: 'save, ms',
  linkWritesDuringSave: 'link writes during the save',
  failed: 'failed link writes',
  p50Ms: 'link write p50 ms',
  p99Ms: 'link write p99 ms',
};

/** Where and when a run happened: shown above its figures, not in them. */
const CONTEXT = ['date', 'node', 'machine'];

const label = (key: string) => LABELS[key] ?? key;
const cell = (value: unknown) => (value === undefined || value === null ? '' : String(value).replace(/\|/g, '\\|'));
const numeric = (values: unknown[]) => values.every((value) => value === undefined || typeof value === 'number');

const table = (header: string[], rows: unknown[][]): string[] => {
  const align = header.map((_, column) => (column > 0 && numeric(rows.map((row) => row[column])) ? '---:' : '---'));
  return [`| ${header.join(' | ')} |`, `| ${align.join(' | ')} |`, ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`)];
};

const context = (run: Run) =>
  CONTEXT.filter((key) => run[key] !== undefined)
    .map((key) => `${key} ${cell(run[key])}`)
    .join(', ');

const keysOf = (objects: Array<Record<string, unknown>>, leaveOut: string[]) => {
  const keys: string[] = [];
  for (const object of objects) for (const key of Object.keys(object)) if (!keys.includes(key) && !leaveOut.includes(key)) keys.push(key);
  return keys;
};

/** The Markdown of one results file: runs with scenario rows get a table each; flat runs share one table, a column per run. */
export const renderResults = (name: string, results: Record<string, Run>): string => {
  const source = SOURCES[name];
  const lines = [`# Benchmark results: ${name}`, ''];
  lines.push(
    `Written by ${source ? source.command : 'a bench'} into \`bench/results/${name}.json\`, and rendered from it by \`bench/results-table.ts\` (\`npm run bench:tables\` renders every results file again). Do not edit by hand.`,
    ''
  );
  if (source) lines.push(`What it measures: ${source.about}.`, '');

  const labels = Object.keys(results);
  const withRows = labels.filter((runLabel) => Array.isArray(results[runLabel].rows));
  const flat = labels.filter((runLabel) => !withRows.includes(runLabel));

  for (const runLabel of withRows) {
    const run = results[runLabel];
    const rows = run.rows ?? [];
    const settings = keysOf([run], [...CONTEXT, 'rows']).map((key) => `${label(key)} ${cell(run[key])}`);
    const columns = keysOf(rows, []);
    lines.push(`## ${runLabel}`, '', `${context(run)}${settings.length > 0 ? `; ${settings.join(', ')}` : ''}`, '');
    lines.push(
      ...table(
        columns.map(label),
        rows.map((row) => columns.map((column) => row[column]))
      ),
      ''
    );
  }

  if (flat.length > 0) {
    const runs = flat.map((runLabel) => results[runLabel]);
    lines.push(
      ...table(
        ['', ...flat],
        [...CONTEXT.filter((key) => runs.some((run) => run[key] !== undefined)), ...keysOf(runs, CONTEXT)].map((key) => [
          label(key),
          ...runs.map((run) => run[key]),
        ])
      ),
      ''
    );
  }
  return `${lines.join('\n').trimEnd()}\n`;
};

/** The machine a run happened on, as the results record it. */
export const machine = () => {
  const cpus = os.cpus();
  return `${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.platform()} ${os.release()}`;
};

/** Writes bench/results/<name>.md from bench/results/<name>.json. */
export const writeTable = (name: string) => {
  const results = JSON.parse(fs.readFileSync(path.join(RESULTS, `${name}.json`), 'utf8'));
  const file = path.join(RESULTS, `${name}.md`);
  fs.writeFileSync(file, renderResults(name, results));
  return file;
};

/** Merges one run into bench/results/<name>.json under `runLabel` (dated, with the machine), then rewrites the table. */
export const recordResults = (name: string, runLabel: string, figures: Record<string, unknown>) => {
  const file = path.join(RESULTS, `${name}.json`);
  const previous = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : {};
  previous[runLabel] = { date: new Date().toISOString(), node: process.version, machine: machine(), ...figures };
  fs.mkdirSync(RESULTS, { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(previous, null, 2)}\n`);
  const table = writeTable(name);
  console.log(`Wrote ${path.relative(process.cwd(), file)} and ${path.relative(process.cwd(), table)}`);
};

if (require.main === module) {
  const names = fs
    .readdirSync(RESULTS)
    .filter((file) => file.endsWith('.json') && !file.endsWith('.tmp.json'))
    .map((file) => file.slice(0, -'.json'.length));
  for (const name of names) console.log(`Wrote ${path.relative(process.cwd(), writeTable(name))}`);
}
