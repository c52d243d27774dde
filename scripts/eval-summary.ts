/**
 * ROUGE evaluation of the summary engine against two baselines, Lead-3 and plain
 * TextRank, on a JSON Lines file of `{ "text": ..., "summary": ..., "lang"?: ... }`:
 *
 *   npm run eval:summary -- tests/fixtures/summary-eval.jsonl [--lang en]
 *     [--max-length 600] [--max-sentences 3] [--limit 1000]
 *
 * `text` is an article body (a string, paragraphs separated by blank lines, or Strapi
 * blocks), `summary` the reference summary, `lang` a locale (default: --lang, else
 * none, i.e. language-neutral). Scores are F1, averaged over documents, from
 * js-rouge: ROUGE-1 and ROUGE-2 with `n`, ROUGE-Lsum with `l`, which already computes
 * the summary-level union-LCS variant (rougeLsum in Google's rouge-score). Both sides
 * are split into sentences and words with the engine's own Intl.Segmenter code for the
 * document's language and lower-cased, so punctuation is not counted and non-English
 * text is tokenised properly (js-rouge's default tokenizer is English-only). See
 * docs/summary-engine.md.
 */
import { readFileSync } from 'node:fs';

import { l as rougeL, n as rougeN } from 'js-rouge';

import { lead3, plainTextRank, summarize } from '../server/src/services/summary';
import { resolveLanguage } from '../server/src/services/summary/locale';
import { splitSentences, words } from '../server/src/services/summary/sentences';

export interface EvalRecord {
  text: unknown;
  summary: string;
  lang?: string;
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

export interface EvalReport {
  documents: number;
  /** Documents per language, `none` for records without one. */
  languages: Record<string, number>;
  options: EvalOptions;
  systems: Array<{ name: string; scores: Scores }>;
}

export const DEFAULT_EVAL_OPTIONS: EvalOptions = { maxLength: 600, maxSentences: 3 };

/** Parses JSON Lines; blank lines are skipped; a bad line throws with its number. */
export const parseJsonl = (content: string, defaultLang?: string): EvalRecord[] => {
  const records: EvalRecord[] = [];
  content.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch (error) {
      throw new Error(`line ${i + 1}: not JSON (${(error as Error).message})`);
    }
    const { text, summary, lang } = (record ?? {}) as Record<string, unknown>;
    if (typeof summary !== 'string' || summary.trim() === '') {
      throw new Error(`line ${i + 1}: "summary" must be a non-empty string`);
    }
    if (lang !== undefined && typeof lang !== 'string') throw new Error(`line ${i + 1}: "lang" must be a string`);
    records.push({ text, summary, lang: (lang as string | undefined) ?? defaultLang });
  });
  return records;
};

const scoresOf = (candidate: string, reference: string, locale: string | undefined): Scores => {
  const language = resolveLanguage(locale);
  const tokenizer = (input: string) => words(input, language).map((word) => word.toLowerCase());
  const segmenter = (input: string) => splitSentences(input.replace(/\s+/g, ' ').trim(), language);
  if (tokenizer(candidate).length === 0) return { rouge1: 0, rouge2: 0, rougeLsum: 0 };
  return {
    rouge1: rougeN(candidate, reference, { n: 1, tokenizer }),
    rouge2: rougeN(candidate, reference, { n: 2, tokenizer }),
    rougeLsum: rougeL(candidate, reference, { tokenizer, segmenter }),
  };
};

const SYSTEMS: Array<{ name: string; run: (record: EvalRecord, options: EvalOptions) => string }> = [
  { name: 'ours', run: ({ text, lang }, options) => summarize(text, { ...options, locale: lang }).summary },
  { name: 'Lead-3', run: ({ text, lang }) => lead3(text, lang) },
  { name: 'TextRank', run: ({ text, lang }, options) => plainTextRank(text, { ...options, locale: lang }).summary },
];

/** Mean ROUGE F1 of each system over the records. */
export const evaluate = (records: EvalRecord[], options: EvalOptions = DEFAULT_EVAL_OPTIONS): EvalReport => {
  const languages: Record<string, number> = {};
  for (const { lang } of records) languages[lang ?? 'none'] = (languages[lang ?? 'none'] ?? 0) + 1;
  const systems = SYSTEMS.map(({ name, run }) => {
    const total: Scores = { rouge1: 0, rouge2: 0, rougeLsum: 0 };
    records.forEach((record, i) => {
      let candidate: string;
      try {
        candidate = run(record, options);
      } catch (error) {
        throw new Error(`document ${i + 1}, ${name}: ${(error as Error).message}`);
      }
      const scores = scoresOf(candidate, record.summary, record.lang);
      total.rouge1 += scores.rouge1;
      total.rouge2 += scores.rouge2;
      total.rougeLsum += scores.rougeLsum;
    });
    const count = Math.max(records.length, 1);
    return {
      name,
      scores: { rouge1: total.rouge1 / count, rouge2: total.rouge2 / count, rougeLsum: total.rougeLsum / count },
    };
  });
  return { documents: records.length, languages, options, systems };
};

/** The report as a Markdown table, ready to paste into docs/summary-engine.md. */
export const formatReport = ({ documents, languages, options, systems }: EvalReport): string => {
  const byLanguage = Object.keys(languages)
    .sort()
    .map((lang) => `${lang} ${languages[lang]}`)
    .join(', ');
  return [
    `documents: ${documents} (${byLanguage})`,
    `ours and TextRank: maxSentences ${options.maxSentences}, maxLength ${options.maxLength}; Lead-3: first three sentences, no length limit`,
    `scores: mean F1 in [0, 1]`,
    '',
    '| system | ROUGE-1 | ROUGE-2 | ROUGE-Lsum |',
    '| --- | ---: | ---: | ---: |',
    ...systems.map(
      ({ name, scores }) =>
        `| ${name} | ${scores.rouge1.toFixed(4)} | ${scores.rouge2.toFixed(4)} | ${scores.rougeLsum.toFixed(4)} |`
    ),
  ].join('\n');
};

const USAGE =
  'usage: npm run eval:summary -- <file.jsonl> [--lang <locale>] [--max-length <n>] [--max-sentences <n>] [--limit <n>]';

/** Runs the evaluation for command-line arguments and returns the report text. */
export const run = (args: string[]): string => {
  let file: string | undefined;
  let lang: string | undefined;
  let limit = Infinity;
  const options = { ...DEFAULT_EVAL_OPTIONS };
  const positive = (flag: string, value: string | undefined): number => {
    const number = Number(value);
    if (!Number.isInteger(number) || number < 1) throw new Error(`${flag} needs a positive integer\n${USAGE}`);
    return number;
  };
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i];
    if (arg === '--lang') lang = args[++i];
    else if (arg === '--max-length') options.maxLength = positive(arg, args[++i]);
    else if (arg === '--max-sentences') options.maxSentences = positive(arg, args[++i]);
    else if (arg === '--limit') limit = positive(arg, args[++i]);
    else if (arg.startsWith('--') || file !== undefined) throw new Error(`unexpected argument "${arg}"\n${USAGE}`);
    else file = arg;
  }
  if (file === undefined) throw new Error(USAGE);
  const records = parseJsonl(readFileSync(file, 'utf8'), lang).slice(0, limit);
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
