/**
 * Builds the summary evaluation sets from public sources fetched as git snapshots:
 *
 *   npm run eval:build -- [--actu <git dir>] [--bbc <git dir>] [--inshorts <git dir>] [--rpm2 <git dir>] [--out data/eval]
 *
 * - actu-fr: French regional news from actu.fr (787 articles, November 2021), scraped by
 *   the Newsjam project (github.com/pie3636/newsjam, data/actu_articles.json). The
 *   reference is the article's standfirst (chapô), written by its journalist.
 * - bbc-en: English BBC News articles from 2004-2005 (2,225 articles, five topics) with
 *   the "BBC News Summary" references, as vendored by github.com/Miguel-G-Soares/PRI_proj1
 *   (folder "BBC News Summary"). These references are extractive (sentences of the
 *   article), not abstracts.
 * - inshorts-en: English Indian and world news from 2017 (Hindustan Times, India Today,
 *   The Guardian) with the summary Inshorts' editors wrote of each (about 60 words,
 *   abstractive): the Kaggle "News Summary" dataset (Kondalarao Vonteru), as vendored
 *   by github.com/Hitesh-Nimbalkar/Text_summarise_data (news_summary.zip).
 * - rpm2-fr: French national news from 2008 (Le Monde, Libération, Le Figaro, 20 Minutes,
 *   wires; 400 articles on 20 topics), the LIA's RPM2 corpus (de Loupy et al., LREC
 *   2010; GPL v3), as vendored by github.com/melki/cours
 *   (tal/projet/Corpus_RPM2_resumes/Corpus_RPM2_documents). Each file is the title, the
 *   standfirst, then the body, one paragraph a line; the reference is the standfirst.
 *   (The corpus' own human summaries are of ten articles at once, not of one.)
 *
 * Key-point sets (bullet highlights, written by the publishers' editors, three or four
 * per story), in data/keypoints/ (see scripts/eval-keypoints.ts):
 * - cnn-en and dailymail-en: CNN and Daily Mail stories of 2007-2015 with their
 *   "story highlights", the CNN/DailyMail corpus (Hermann et al., NIPS 2015; See et al.,
 *   ACL 2017) in its non-anonymised Hugging Face form (columns article, highlights, id;
 *   the id is the SHA-1 of the story's URL). Read from two public copies: the first
 *   1,000 stories of the validation split, vendored by
 *   github.com/hillaryke/rag-optimization-cnn-dailymail
 *   (data/collection/cnn_dailymail_validation_subset.csv, all CNN), and 100 stories of
 *   the training split, vendored by github.com/EileenFeng/Text-Summarization-NLP
 *   (data/train_sample.zip; Daily Mail and CNN). The validation rows are all CNN's (the
 *   corpus lists CNN's stories first); in the training sample, a story with "(CNN)" in
 *   its first 150 characters is CNN's, the others the Daily Mail's. The article text of this
 *   form has lost its paragraph breaks and keeps the page furniture (Daily Mail bylines
 *   and "PUBLISHED: . 14:11 EST" datelines).
 *
 * The articles belong to their publishers (see docs/summary-engine.md, "Evaluation
 * sets"), so the output goes to the git-ignored data/ folder and is rebuilt by this
 * script, never committed. Each line: { id, source, split, lang, title, text, summary }.
 * The split (dev or test, about half each) is a hash of the id, so it never changes
 * when a source grows or is re-read.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import { join } from 'node:path';

export interface EvalSetRecord {
  id: string;
  source: string;
  split: 'dev' | 'test';
  lang: string;
  title: string;
  text: string;
  summary: string;
  /** Key-point sets only: the reference highlights, one a bullet, in the publisher's order. */
  highlights?: string[];
  /** The topic the corpus files the article under (bbc-en's category, rpm2-fr's T01-T20), where it has one: `npm run eval:related` reads it. */
  topic?: string;
}

/** dev or test from the id alone: half of the ids (by SHA-1) are held out for testing. */
export const splitOf = (id: string): 'dev' | 'test' => (createHash('sha1').update(id).digest()[0] < 128 ? 'dev' : 'test');

const gitShowBytes = (gitDir: string, path: string): Buffer =>
  execFileSync('git', ['--git-dir', gitDir, 'show', `HEAD:${path}`], { maxBuffer: 64 << 20 });

const gitShow = (gitDir: string, path: string): string => gitShowBytes(gitDir, path).toString('utf8');

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
  const reference = summary.replace(/([a-z0-9%)][.!?]["”’]?)(?=[A-Z"“])/g, '$1 ').trim();
  if (text === '' || reference === '') return undefined;
  // `bbc/<category>/<n>.txt`: the category folder is the topic.
  const [, topic] = id.split('/');
  return {
    id,
    source: 'bbc-en',
    split: splitOf(id),
    lang: 'en',
    title: title.trim(),
    text,
    summary: reference,
    ...(topic ? { topic } : {}),
  };
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

/**
 * The first file of a zip archive, stored or deflated. Enough for the one-file archive
 * we read; saves a dependency or an `unzip` on the machine.
 */
export const firstZipEntry = (zip: Buffer): Buffer => {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end === -1) throw new Error('not a zip archive');
  const central = zip.readUInt32LE(end + 16);
  const method = zip.readUInt16LE(central + 10);
  const size = zip.readUInt32LE(central + 20);
  const local = zip.readUInt32LE(central + 42);
  const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
  const data = zip.subarray(start, start + size);
  if (method === 0) return data;
  if (method === 8) return inflateRawSync(data);
  throw new Error(`zip compression method ${method} is not supported`);
};

/** RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks. */
export const parseCsv = (content: string): string[][] => {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < content.length; i += 1) {
    const char = content[i];
    if (quoted) {
      if (char === '"' && content[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && content[i + 1] === '\n') i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
};

/**
 * The Kaggle file lost its curly quotes and apostrophes: each became "?" ("doesn?t",
 * "?virgin?"). A "?" between letters is an apostrophe, one before a word opens a
 * quotation and the next one after it closes it; the others stay question marks
 * (left as they were, they would end sentences and make statements look like questions).
 */
export const repairQuotes = (text: string): string => {
  let open = false;
  return text.replace(/\?/g, (mark, at: number) => {
    const before = text.charAt(at - 1);
    const after = text.charAt(at + 1);
    if (/\p{L}/u.test(before) && /\p{L}/u.test(after)) return "'";
    if (!open && /[\p{L}\p{N}]/u.test(after)) {
      open = true;
      return '"';
    }
    if (open) {
      open = false;
      return '"';
    }
    return mark;
  });
};

/** Sentences glued without a space where paragraphs were joined ("...media.The union"). */
const unglue = (text: string): string => text.replace(/([a-z0-9%)][.!?]["”’]?)(?=[A-Z"“])/g, '$1 ');

/**
 * Inshorts rows: `headlines` is the title, `text` the editors' summary, `ctext` the
 * article it summarises (scraped from the publisher's page; Latin-1). Rows without an
 * article, with under 60 words of it, or repeating an article already read are left out.
 */
export const inshortsRecords = (csv: string): EvalSetRecord[] => {
  const [header, ...rows] = parseCsv(csv);
  const column = (name: string) => header.indexOf(name);
  const [titleAt, summaryAt, urlAt, textAt] = ['headlines', 'text', 'read_more', 'ctext'].map(column);
  const seen = new Set<string>();
  const records: EvalSetRecord[] = [];
  for (const row of rows) {
    const id = (row[urlAt] ?? '').trim().replace(/\?utm_source=.*$/, '');
    const text = unglue(repairQuotes((row[textAt] ?? '').replace(/\u00a0/g, ' '))).trim();
    const summary = (row[summaryAt] ?? '').replace(/\u00a0/g, ' ').trim();
    if (id === '' || seen.has(id) || summary === '' || text.split(/\s+/).length < 60) continue;
    seen.add(id);
    const title = (row[titleAt] ?? '').trim();
    records.push({ id, source: 'inshorts-en', split: splitOf(id), lang: 'en', title, text, summary });
  }
  return records;
};

/**
 * RPM2 files: the title, then the standfirst, then the body, a paragraph a line (UTF-8,
 * some with a byte-order mark, CRLF or LF). Some put a rubric before the standfirst
 * ("Banque.", "Euthanasie.": at most three words ending with a full stop): it is
 * skipped. Left out: wire copy opening with a dateline ("PARIS (Reuters) -",
 * "CYCLISME -"), whose next line is the body's first paragraph, not a standfirst; a
 * "standfirst" under RPM2_MIN_REFERENCE_WORDS words, which is nearly always the body's
 * opening line ("La rumeur n'en est plus une."); bodies under 60 words.
 */
const RPM2_MIN_REFERENCE_WORDS = 8;

const wordsOf = (line: string): string[] => line.split(/\s+/).filter((word) => word !== '');

const isRubric = (line: string): boolean => wordsOf(line).length <= 3 && /[.:]$/.test(line);

const isDateline = (line: string): boolean => /[-–—]$/.test(line);

export const rpm2Record = (id: string, content: string): EvalSetRecord | undefined => {
  const lines = content
    .replace(/^\uFEFF/, '')
    .split(/\r?\n|\r/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const [title, ...rest] = lines;
  if (title === undefined) return undefined;
  const afterRubric = rest.length > 0 && isRubric(rest[0]) ? rest.slice(1) : rest;
  const [standfirst, ...body] = afterRubric;
  if (standfirst === undefined || isDateline(standfirst)) return undefined;
  if (wordsOf(standfirst).length < RPM2_MIN_REFERENCE_WORDS) return undefined;
  const text = body.join('\n\n');
  if (wordsOf(text).length < 60) return undefined;
  // `T05_C2_04.txt`: topic 5 of 20 (C1/C2 are its two ten-article clusters).
  const topic = (id.split('/').pop() ?? '').split('_')[0];
  return {
    id,
    source: 'rpm2-fr',
    split: splitOf(id),
    lang: 'fr',
    title,
    text,
    summary: standfirst,
    ...(/^T\d+$/.test(topic) ? { topic } : {}),
  };
};

const rpm2Records = (gitDir: string): EvalSetRecord[] => {
  const folder = 'tal/projet/Corpus_RPM2_resumes/Corpus_RPM2_documents';
  const records: EvalSetRecord[] = [];
  for (const path of gitList(gitDir, folder)) {
    if (!path.endsWith('.txt')) continue;
    const record = rpm2Record(`rpm2/${path.slice(folder.length + 1)}`, gitShow(gitDir, path));
    if (record !== undefined) records.push(record);
  }
  return records;
};

/** CNN's dateline, "(CNN)" or "LONDON, England (CNN) --": the Daily Mail's stories have none. */
const CNN_MARK = '(CNN)';

/** The publisher of a story of the training sample, by CNN's dateline. */
export const cnnOrDailyMail = (text: string): string => (text.slice(0, 150).includes(CNN_MARK) ? 'cnn-en' : 'dailymail-en');

/**
 * Rows of the Hugging Face CNN/DailyMail CSV (`article`, `highlights` one a line, `id`):
 * stories without text or without highlights, and ids already read, are left out.
 */
export const highlightRecords = (csv: string, publisherOf: (text: string) => string, seen: Set<string> = new Set()): EvalSetRecord[] => {
  const [header, ...rows] = parseCsv(csv);
  const [articleAt, highlightsAt, idAt] = ['article', 'highlights', 'id'].map((name) => header.indexOf(name));
  const records: EvalSetRecord[] = [];
  for (const row of rows) {
    const id = (row[idAt] ?? '').trim();
    const text = (row[articleAt] ?? '').trim();
    const highlights = (row[highlightsAt] ?? '')
      .split('\n')
      // Tokenised copies put a space before each highlight's final stop ("... kidney .").
      .map((line) => line.trim().replace(/\s+([.!?])$/, '$1'))
      .filter((line) => line !== '');
    if (id === '' || seen.has(id) || text === '' || highlights.length === 0) continue;
    seen.add(id);
    // The corpus has no title column: '' tells the engine nothing, as for an untitled draft.
    records.push({
      id,
      source: publisherOf(text),
      split: splitOf(id),
      lang: 'en',
      title: '',
      text,
      summary: highlights.join(' '),
      highlights,
    });
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
  const inshorts = option('--inshorts', join(mirror, 'Hitesh-Nimbalkar+Text_summarise_data', 'repo'));
  const rpm2 = option('--rpm2', join(mirror, 'melki+cours', 'repo'));
  const cnnValidation = option('--cnn-validation', join(mirror, 'hillaryke+rag-optimization-cnn-dailymail', 'repo'));
  const cnnSample = option('--cnn-sample', join(mirror, 'EileenFeng+Text-Summarization-NLP', 'repo'));
  const out = option('--out', join('data', 'eval'));
  const keyPointsOut = option('--keypoints-out', join('data', 'keypoints'));
  mkdirSync(out, { recursive: true });
  mkdirSync(keyPointsOut, { recursive: true });
  // A set whose snapshot is not fetched is named and skipped: the others still build.
  const report: string[] = [];
  const build = (gitDirs: string[], make: () => string[]) => {
    const missing = gitDirs.filter((gitDir) => !existsSync(gitDir));
    report.push(...(missing.length > 0 ? missing.map((gitDir) => `skipped: no git snapshot at ${gitDir} (fetch it first)`) : make()));
  };
  build([actu], () => write(out, 'actu-fr', actuRecords(JSON.parse(gitShow(actu, 'data/actu_articles.json')))));
  build([bbc], () => write(out, 'bbc-en', bbcRecords(bbc)));
  build([inshorts], () =>
    write(out, 'inshorts-en', inshortsRecords(firstZipEntry(gitShowBytes(inshorts, 'news_summary.zip')).toString('latin1')))
  );
  build([rpm2], () => write(out, 'rpm2-fr', rpm2Records(rpm2)));
  build([cnnValidation, cnnSample], () => {
    const seen = new Set<string>();
    const records = [
      ...highlightRecords(gitShow(cnnValidation, 'data/collection/cnn_dailymail_validation_subset.csv'), () => 'cnn-en', seen),
      ...highlightRecords(firstZipEntry(gitShowBytes(cnnSample, 'data/train_sample.zip')).toString('utf8'), cnnOrDailyMail, seen),
    ];
    return (['cnn-en', 'dailymail-en'] as const).flatMap((name) =>
      write(
        keyPointsOut,
        name,
        records.filter((record) => record.source === name)
      )
    );
  });
  console.log(report.join('\n'));
};

if (require.main === module) main(process.argv.slice(2));
