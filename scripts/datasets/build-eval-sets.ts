/**
 * Builds the summary evaluation sets from public sources fetched as git snapshots:
 *
 *   npm run eval:build -- [--actu <git dir>] [--bbc <git dir>] [--out data/eval]
 *
 * - actu-fr: French regional news from actu.fr (787 articles, November 2021), scraped by
 *   the Newsjam project (github.com/pie3636/newsjam, data/actu_articles.json). The
 *   reference is the article's standfirst (chapô), written by its journalist.
 * - bbc-en: English BBC News articles from 2004-2005 (2,225 articles, five topics) with
 *   the "BBC News Summary" references, as vendored by github.com/Miguel-G-Soares/PRI_proj1
 *   (folder "BBC News Summary"). These references are extractive (sentences of the
 *   article), not abstracts.
 *
 * The articles belong to their publishers (see docs/summary-engine.md, "Evaluation
 * sets"), so the output goes to the git-ignored data/ folder and is rebuilt by this
 * script, never committed. Each line: { id, source, split, lang, title, text, summary }.
 * The split (dev or test, about half each) is a hash of the id, so it never changes
 * when a source grows or is re-read.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface EvalSetRecord {
  id: string;
  source: string;
  split: 'dev' | 'test';
  lang: string;
  title: string;
  text: string;
  summary: string;
}

/** dev or test from the id alone: half of the ids (by SHA-1) are held out for testing. */
export const splitOf = (id: string): 'dev' | 'test' =>
  createHash('sha1').update(id).digest()[0] < 128 ? 'dev' : 'test';

const gitShow = (gitDir: string, path: string): string =>
  execFileSync('git', ['--git-dir', gitDir, 'show', `HEAD:${path}`], { encoding: 'utf8', maxBuffer: 64 << 20 });

const gitList = (gitDir: string, folder: string): string[] =>
  execFileSync('git', ['--git-dir', gitDir, 'ls-tree', '-r', '--name-only', 'HEAD', '--', folder], {
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  })
    .split('\n')
    .filter((line) => line !== '');

/**
 * The scraped actu.fr text is one line: breadcrumbs, title, standfirst, photo caption,
 * "<edition> Mon actu Suivre", then the body. Only what follows that marker is the
 * article body; the standfirst (our reference) is before it, so it never leaks into the
 * input. The body keeps its page furniture ("À lire aussi ...", hashtags, embedded
 * tweets): real pages have it, and the engine must cope.
 */
const BODY_MARKER = 'Mon actu Suivre';

export const actuRecords = (articles: Array<Record<string, unknown>>): EvalSetRecord[] => {
  const records: EvalSetRecord[] = [];
  for (const article of articles) {
    const { url, title, summary, text } = article;
    if (typeof url !== 'string' || typeof title !== 'string' || typeof summary !== 'string' || typeof text !== 'string') {
      continue;
    }
    const marker = text.indexOf(BODY_MARKER);
    if (marker === -1 || summary.trim() === '') continue;
    const body = text.slice(marker + BODY_MARKER.length).trim();
    if (body.split(' ').length < 60) continue;
    records.push({ id: url, source: 'actu-fr', split: splitOf(url), lang: 'fr', title: title.trim(), text: body, summary: summary.trim() });
  }
  return records;
};

/** BBC files: the first line is the title, then paragraphs separated by blank lines. */
export const bbcRecord = (id: string, article: string, summary: string): EvalSetRecord | undefined => {
  const [title, ...rest] = article.replace(/\r\n/g, '\n').split('\n');
  const text = rest.join('\n').trim();
  // The references are sentences glued together without a space ("...$10.9bn.For the ...").
  const reference = summary.replace(/([a-z0-9%)][.!?]["”’]?)(?=[A-Z"“])/g, "$1 ").trim();
  if (text === '' || reference === '') return undefined;
  return { id, source: 'bbc-en', split: splitOf(id), lang: 'en', title: title.trim(), text, summary: reference };
};

const bbcRecords = (gitDir: string): EvalSetRecord[] => {
  const root = 'BBC News Summary';
  const records: EvalSetRecord[] = [];
  for (const path of gitList(gitDir, `${root}/News Articles`)) {
    const relative = path.slice(`${root}/News Articles/`.length);
    if (!relative.endsWith('.txt')) continue;
    // The files are Latin-1 in places; git shows bytes, read them as UTF-8 and skip broken ones.
    const article = gitShow(gitDir, path);
    const summary = gitShow(gitDir, `${root}/Summaries/${relative}`);
    if (article.includes('\uFFFD') || summary.includes('\uFFFD')) continue;
    const record = bbcRecord(`bbc/${relative}`, article, summary);
    if (record !== undefined) records.push(record);
  }
  return records;
};

const write = (out: string, name: string, records: EvalSetRecord[]): string[] =>
  (['dev', 'test'] as const).map((split) => {
    const chosen = records.filter((record) => record.split === split);
    const file = join(out, `${name}.${split}.jsonl`);
    writeFileSync(file, chosen.map((record) => JSON.stringify(record)).join('\n') + '\n');
    return `${file}: ${chosen.length} documents`;
  });

const main = (args: string[]): void => {
  const option = (flag: string, fallback: string) => {
    const i = args.indexOf(flag);
    return i === -1 ? fallback : args[i + 1];
  };
  const mirror = process.env.MIRROR_DIR ?? '/work/.mirror';
  const actu = option('--actu', join(mirror, 'pie3636+newsjam', 'repo'));
  const bbc = option('--bbc', join(mirror, 'Miguel-G-Soares+PRI_proj1', 'repo'));
  const out = option('--out', join('data', 'eval'));
  mkdirSync(out, { recursive: true });
  const report = [
    ...write(out, 'actu-fr', actuRecords(JSON.parse(gitShow(actu, 'data/actu_articles.json')))),
    ...write(out, 'bbc-en', bbcRecords(bbc)),
  ];
  console.log(report.join('\n'));
};

if (require.main === module) main(process.argv.slice(2));
