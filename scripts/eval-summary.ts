/**
 * ROUGE evaluation of the summary engine against three baselines (Lead-3, the lead cut
 * to our summary's length, plain TextRank) on JSON Lines files of
 * `{ "text": ..., "summary": ..., "lang"?: ..., "title"?: ..., "source"?: ... }`:
 *
 *   npm run eval:summary -- <file.jsonl>... [--lang en]
 *     [--max-length 600] [--max-sentences 3] [--limit 1000]
 *   npm run eval:summary            (no file: the test splits of data/eval/, see
 *                                     scripts/datasets/build-eval-sets.ts)
 *   npm run eval:summary -- --keypoints [<file.jsonl>...]
 *                                   (key points against reference highlights, see
 *                                     scripts/eval-keypoints.ts; no file: the test
 *                                     splits of data/keypoints/)
 *
 * `text` is an article body (a string, paragraphs separated by blank lines, or Strapi
 * blocks), `summary` the reference summary, `lang` a locale (default: --lang, else
 * none, i.e. language-neutral), `title` the article's title (given to `summarize` as
 * the CMS does), `source` the dataset's name (default: the file's name). One table per
 * dataset and language. Scores are F1, averaged over documents, from
 * js-rouge: ROUGE-1 and ROUGE-2 with `n`, ROUGE-Lsum with `l`, which already computes
 * the summary-level union-LCS variant (rougeLsum in Google's rouge-score). Both sides
 * are split into sentences and words with the engine's own Intl.Segmenter code for the
 * document's language and lower-cased, so punctuation is not counted and non-English
 * text is tokenised properly (js-rouge's default tokenizer is English-only). See
 * docs/summary-engine.md.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

import { l as rougeL, n as rougeN } from 'js-rouge';

import { lead3, plainTextRank, summarize } from '../server/src/services/summary';
import { runKeyPoints } from './eval-keypoints';
import { resolveLanguage } from '../server/src/services/summary/locale';
import { segmenterWords, splitSentences } from '../server/src/services/summary/sentences';

export interface EvalRecord {
  text: unknown;
  summary: string;
  lang?: string;
  title?: string;
  source?: string;
}

export interface EvalOptions {
  maxLength: number;
  maxSentences: number;
}

export interface Scores {
  rouge1: number;
  rouge2: number;
  rougeLsum: number;
}

export interface SystemScores {
  name: string;
  scores: Scores;
  /** Mean summary length in characters. */
  characters: number;
}

/** A mean over documents with the standard error of that mean. */
export interface MeanWithError {
  mean: number;
  error: number;
}

export interface EvalGroup {
  source: string;
  lang: string;
  documents: number;
  systems: SystemScores[];
  /** Ours minus the lead cut to ours, per document: is ours better than the start of the article, and by more than chance? */
  oursMinusLeadCut: { rouge1: MeanWithError; rouge2: MeanWithError };
}

export interface EvalReport {
  documents: number;
  /** Documents per language, `none` for records without one. */
  languages: Record<string, number>;
  options: EvalOptions;
  /** All documents together. */
  systems: SystemScores[];
  oursMinusLeadCut: EvalGroup['oursMinusLeadCut'];
  /** One entry per dataset and language, sorted. */
  groups: EvalGroup[];
  /** One entry per language with several datasets, all of them together (source `all sets`), sorted. */
  languageGroups: EvalGroup[];
}

export const DEFAULT_EVAL_OPTIONS: EvalOptions = { maxLength: 600, maxSentences: 3 };

/** Parses JSON Lines; blank lines are skipped; a bad line throws with its number. */
export const parseJsonl = (content: string, defaultLang?: string, defaultSource?: string): EvalRecord[] => {
  const records: EvalRecord[] = [];
  content.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch (error) {
      throw new Error(`line ${i + 1}: not JSON (${(error as Error).message})`, { cause: error });
    }
    const { text, summary, lang, title, source } = (record ?? {}) as Record<string, unknown>;
    if (typeof summary !== 'string' || summary.trim() === '') {
      throw new Error(`line ${i + 1}: "summary" must be a non-empty string`);
    }
    if (lang !== undefined && typeof lang !== 'string') throw new Error(`line ${i + 1}: "lang" must be a string`);
    if (title !== undefined && typeof title !== 'string') throw new Error(`line ${i + 1}: "title" must be a string`);
    records.push({
      text,
      summary,
      lang: (lang as string | undefined) ?? defaultLang,
      title: title as string | undefined,
      source: typeof source === 'string' ? source : defaultSource,
    });
  });
  return records;
};

export const scoresOf = (candidate: string, reference: string, locale: string | undefined): Scores => {
  const language = resolveLanguage(locale);
  const tokenizer = (input: string) => segmenterWords(input, language).map((word) => word.toLowerCase());
  const segmenter = (input: string) => splitSentences(input.replace(/\s+/g, ' ').trim(), language);
  if (tokenizer(candidate).length === 0) return { rouge1: 0, rouge2: 0, rougeLsum: 0 };
  return {
    rouge1: rougeN(candidate, reference, { n: 1, tokenizer }),
    rouge2: rougeN(candidate, reference, { n: 2, tokenizer }),
    rougeLsum: rougeL(candidate, reference, { tokenizer, segmenter }),
  };
};

/**
 * The body's first sentences, cut to `length` characters at the last word boundary
 * (no "…"): the baseline that answers "is ours better than the start of the article at
 * the same length?".
 */
export const leadCut = (text: unknown, lang: string | undefined, length: number): string => {
  const lead = lead3(text, lang, Infinity);
  if (lead.length <= length) return lead;
  const cut = lead.slice(0, length + 1);
  const space = cut.lastIndexOf(' ');
  return (space > 0 ? cut.slice(0, space) : cut.slice(0, length)).trimEnd();
};

type Run = (record: EvalRecord, options: EvalOptions, ours: string) => string;

const SYSTEMS: Array<{ name: string; run: Run }> = [
  {
    name: 'ours',
    run: ({ text, lang, title }, options) => summarize(text, { ...options, locale: lang, title }).summary,
  },
  { name: 'Lead-3', run: ({ text, lang }) => lead3(text, lang) },
  { name: 'lead cut to ours', run: ({ text, lang }, _options, ours) => leadCut(text, lang, ours.length) },
  { name: 'TextRank', run: ({ text, lang }, options) => plainTextRank(text, { ...options, locale: lang }).summary },
];

interface Scored {
  record: EvalRecord;
  /** Per system, in SYSTEMS order. */
  results: Array<{ scores: Scores; characters: number }>;
}

const scoreRecord = (record: EvalRecord, i: number, options: EvalOptions): Scored => {
  let ours = '';
  const results = SYSTEMS.map(({ name, run }) => {
    let candidate: string;
    try {
      candidate = run(record, options, ours);
    } catch (error) {
      throw new Error(`document ${i + 1}, ${name}: ${(error as Error).message}`, { cause: error });
    }
    if (name === 'ours') ours = candidate;
    return { scores: scoresOf(candidate, record.summary, record.lang), characters: candidate.length };
  });
  return { record, results };
};

const meanOf = (scored: Scored[]): SystemScores[] =>
  SYSTEMS.map(({ name }, k) => {
    const total: Scores = { rouge1: 0, rouge2: 0, rougeLsum: 0 };
    let characters = 0;
    for (const { results } of scored) {
      total.rouge1 += results[k].scores.rouge1;
      total.rouge2 += results[k].scores.rouge2;
      total.rougeLsum += results[k].scores.rougeLsum;
      characters += results[k].characters;
    }
    const count = Math.max(scored.length, 1);
    return {
      name,
      scores: { rouge1: total.rouge1 / count, rouge2: total.rouge2 / count, rougeLsum: total.rougeLsum / count },
      characters: characters / count,
    };
  });

/** Mean of the values and the standard error of that mean. */
export const meanAndError = (values: number[]): MeanWithError => {
  const n = values.length;
  if (n === 0) return { mean: 0, error: 0 };
  const mean = values.reduce((sum, value) => sum + value, 0) / n;
  const variance = values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / Math.max(n - 1, 1);
  return { mean, error: Math.sqrt(variance / n) };
};

/** A difference of F1 scores in ROUGE points (F1 x 100) with its standard error: "+0.27 ± 0.18". */
export const points = ({ mean, error }: MeanWithError): string =>
  `${mean >= 0 ? '+' : '−'}${Math.abs(mean * 100).toFixed(2)} ± ${(error * 100).toFixed(2)}`;

const OURS_AT = SYSTEMS.findIndex(({ name }) => name === 'ours');
const LEAD_CUT_AT = SYSTEMS.findIndex(({ name }) => name === 'lead cut to ours');

const oursMinusLeadCut = (scored: Scored[]): EvalGroup['oursMinusLeadCut'] => {
  const gains = (measure: 'rouge1' | 'rouge2') =>
    meanAndError(scored.map(({ results }) => results[OURS_AT].scores[measure] - results[LEAD_CUT_AT].scores[measure]));
  return { rouge1: gains('rouge1'), rouge2: gains('rouge2') };
};

const groupOf = (source: string, lang: string, items: Scored[]): EvalGroup => ({
  source,
  lang,
  documents: items.length,
  systems: meanOf(items),
  oursMinusLeadCut: oursMinusLeadCut(items),
});

/** The scored records by a key, keys sorted. */
const groupBy = (scored: Scored[], keyOf: (item: Scored) => string): Array<[string, Scored[]]> => {
  const byKey = new Map<string, Scored[]>();
  for (const item of scored) {
    const key = keyOf(item);
    const items = byKey.get(key);
    if (items) items.push(item);
    else byKey.set(key, [item]);
  }
  return [...byKey.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
};

/**
 * Mean ROUGE F1 of each system over the records, overall, per dataset and language,
 * and per language over all its datasets when it has several.
 */
export const evaluate = (records: EvalRecord[], options: EvalOptions = DEFAULT_EVAL_OPTIONS): EvalReport => {
  const languages: Record<string, number> = {};
  for (const { lang } of records) languages[lang ?? 'none'] = (languages[lang ?? 'none'] ?? 0) + 1;
  const scored = records.map((record, i) => scoreRecord(record, i, options));
  const groups = groupBy(scored, ({ record }) => `${record.source ?? 'records'}\u0000${record.lang ?? 'none'}`).map(([key, items]) => {
    const [source, lang] = key.split('\u0000');
    return groupOf(source, lang, items);
  });
  const languageGroups = groupBy(scored, ({ record }) => record.lang ?? 'none')
    .filter(([lang]) => groups.filter((group) => group.lang === lang).length > 1)
    .map(([lang, items]) => groupOf('all sets', lang, items));
  return {
    documents: records.length,
    languages,
    options,
    systems: meanOf(scored),
    oursMinusLeadCut: oursMinusLeadCut(scored),
    groups,
    languageGroups,
  };
};

const table = (systems: SystemScores[]): string[] => [
  '| system | ROUGE-1 | ROUGE-2 | ROUGE-Lsum | characters |',
  '| --- | ---: | ---: | ---: | ---: |',
  ...systems.map(
    ({ name, scores, characters }) =>
      `| ${name} | ${scores.rouge1.toFixed(4)} | ${scores.rouge2.toFixed(4)} | ${scores.rougeLsum.toFixed(4)} | ${Math.round(characters)} |`
  ),
];

const gainLine = ({ rouge1, rouge2 }: EvalGroup['oursMinusLeadCut']): string =>
  `ours − lead cut to ours, in points with the standard error over documents: ROUGE-1 ${points(rouge1)}, ROUGE-2 ${points(rouge2)}`;

/** The report as Markdown tables, ready to paste into docs/summary-engine.md. */
export const formatReport = (report: EvalReport): string => {
  const { documents, languages, options, systems, groups, languageGroups } = report;
  const byLanguage = Object.keys(languages)
    .sort()
    .map((lang) => `${lang} ${languages[lang]}`)
    .join(', ');
  const lines = [
    `documents: ${documents} (${byLanguage})`,
    `ours and TextRank: maxSentences ${options.maxSentences}, maxLength ${options.maxLength}; Lead-3: first three sentences, no length limit; lead cut to ours: the first sentences cut at a word boundary to the length of our summary`,
    `scores: mean F1 in [0, 1]; characters: mean summary length`,
    '',
    ...table(systems),
    '',
    gainLine(report.oursMinusLeadCut),
  ];
  if (groups.length > 1) {
    for (const group of [...groups, ...languageGroups]) {
      lines.push(
        '',
        `${group.source}, ${group.lang}: ${group.documents} documents`,
        '',
        ...table(group.systems),
        '',
        gainLine(group.oursMinusLeadCut)
      );
    }
  }
  return lines.join('\n');
};

const USAGE =
  'usage: npm run eval:summary -- [--keypoints] [<file.jsonl>...] [--lang <locale>] [--max-length <n>] [--max-sentences <n>] [--limit <n>]';

/** Where scripts/datasets/build-eval-sets.ts writes the evaluation sets, and the key-point sets. */
const EVAL_SET_DIR = join('data', 'eval');
const KEY_POINT_SET_DIR = join('data', 'keypoints');

/** The held-out test splits of `folder`, the default when no file is named. */
const testSplits = (folder: string): string[] => {
  if (!existsSync(folder)) {
    throw new Error(`no file given and no ${folder}/: run npm run eval:build first (docs/summary-engine.md)\n${USAGE}`);
  }
  return readdirSync(folder)
    .filter((name) => name.endsWith('.test.jsonl'))
    .sort()
    .map((name) => join(folder, name));
};

/** Runs the evaluation for command-line arguments and returns the report text. */
export const run = (args: string[]): string => {
  const files: string[] = [];
  let lang: string | undefined;
  let limit = Infinity;
  let keyPointMode = false;
  const options = { ...DEFAULT_EVAL_OPTIONS };
  const positive = (flag: string, value: string | undefined): number => {
    const number = Number(value);
    if (!Number.isInteger(number) || number < 1) throw new Error(`${flag} needs a positive integer\n${USAGE}`);
    return number;
  };
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i];
    if (arg === '--keypoints') keyPointMode = true;
    else if (arg === '--lang') lang = args[++i];
    else if (arg === '--max-length') options.maxLength = positive(arg, args[++i]);
    else if (arg === '--max-sentences') options.maxSentences = positive(arg, args[++i]);
    else if (arg === '--limit') limit = positive(arg, args[++i]);
    else if (arg.startsWith('--')) throw new Error(`unexpected argument "${arg}"\n${USAGE}`);
    else files.push(arg);
  }
  if (keyPointMode) return runKeyPoints(files.length > 0 ? files : testSplits(KEY_POINT_SET_DIR), limit);
  const records = (files.length > 0 ? files : testSplits(EVAL_SET_DIR)).flatMap((file) =>
    parseJsonl(readFileSync(file, 'utf8'), lang, basename(file).replace(/\.jsonl$/, '')).slice(0, limit)
  );
  return formatReport(evaluate(records, options));
};

if (require.main === module) {
  try {
    console.log(run(process.argv.slice(2)));
  } catch (error) {
    console.error((error as Error).message);
    process.exitCode = 1;
  }
}
