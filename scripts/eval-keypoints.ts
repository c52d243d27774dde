/**
 * ROUGE of automatic key points against reference highlights (bullet key points
 * written by the publisher), next to the lead baseline at the same number of
 * sentences, on JSON Lines files of `{ text, highlights: string[], lang?, title?, source? }`
 * (scripts/datasets/build-eval-sets.ts writes them to data/keypoints/):
 *
 *   npm run eval:summary -- --keypoints [<file.jsonl>...] [--limit <n>]
 *     (no file: the test splits of data/keypoints/)
 *
 * Two comparisons per set, each ours against the first sentences of the body:
 * - at k = the number of reference highlights of each story (both systems get the
 *   reference's count, so only the choice of sentences differs);
 * - at the count the API answers by default (KEY_POINT_COUNTS of the length chosen
 *   from the body's word count), with the lead at that same count.
 * A third system, "lead-k statements", takes the first k sentences that may be key
 * points (isWholeSentence): the lead without its page furniture, so the table shows
 * how much of ours over the lead is only the furniture left out.
 * Scores as in eval-summary.ts (`scoresOf`: F1, the engine's tokenizer), with the
 * standard error of ours minus lead over stories.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

import { keyPoints, lead3 } from '../server/src/services/summary';
import { readArticle } from '../server/src/services/summary/document';
import { isWholeSentence } from '../server/src/services/summary/key-points';
import { countWordsInText } from '../server/src/services/summary/word-count';
import { KEY_POINT_COUNTS, lengthForWords } from '../server/src/services/summary/lengths';
import { meanAndError, points, scoresOf, type MeanWithError, type Scores } from './eval-summary';

export interface KeyPointRecord {
  text: string;
  highlights: string[];
  lang?: string;
  title?: string;
  source?: string;
}

/** One way of choosing k, with ours and the lead at that k. */
interface Comparison {
  name: string;
  count: (record: KeyPointRecord) => number;
}

const COMPARISONS: Comparison[] = [
  { name: 'k = reference highlights', count: (record) => record.highlights.length },
  { name: 'k = API default', count: (record) => KEY_POINT_COUNTS[lengthForWords(countWordsInText(record.text))] },
];

interface Row {
  comparison: string;
  documents: number;
  meanK: number;
  ours: Scores;
  lead: Scores;
  leadStatements: Scores;
  /** Mean key points ours gave (fewer than k when a story has fewer whole sentences). */
  oursCount: number;
  gain: { rouge1: MeanWithError; rouge2: MeanWithError; rougeLsum: MeanWithError };
  /** Ours minus the lead of statements. */
  gainOverStatements: { rouge1: MeanWithError; rouge2: MeanWithError; rougeLsum: MeanWithError };
}

/** The first `count` sentences of the body that may be key points. */
const leadStatementsOf = (text: string, lang: string | undefined, count: number): string => {
  const article = readArticle(text, lang);
  return article.sentences
    .filter((sentence) => isWholeSentence(sentence, article))
    .slice(0, count)
    .join('\n');
};

export const parseKeyPointJsonl = (content: string, defaultSource: string): KeyPointRecord[] =>
  content
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      const record = JSON.parse(line) as Record<string, unknown>;
      const { text, highlights, lang, title, source } = record;
      if (typeof text !== 'string' || !Array.isArray(highlights) || !highlights.every((item) => typeof item === 'string')) {
        throw new Error(`line ${i + 1}: needs "text" (a string) and "highlights" (a list of strings)`);
      }
      return {
        text,
        highlights: highlights as string[],
        lang: typeof lang === 'string' ? lang : undefined,
        title: typeof title === 'string' && title !== '' ? title : undefined,
        source: typeof source === 'string' ? source : defaultSource,
      };
    });

const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / Math.max(values.length, 1);

const meanScores = (scores: Scores[]): Scores => ({
  rouge1: mean(scores.map((score) => score.rouge1)),
  rouge2: mean(scores.map((score) => score.rouge2)),
  rougeLsum: mean(scores.map((score) => score.rougeLsum)),
});

/** Ours and the lead at each comparison's k, over `records`. */
export const evaluateKeyPoints = (records: KeyPointRecord[]): Row[] =>
  COMPARISONS.map(({ name, count }) => {
    const ours: Scores[] = [];
    const lead: Scores[] = [];
    const leadStatements: Scores[] = [];
    const ks: number[] = [];
    const given: number[] = [];
    for (const record of records) {
      const k = Math.max(1, count(record));
      const reference = record.highlights.join('\n');
      const picked = keyPoints(record.text, { locale: record.lang, title: record.title, count: k });
      ks.push(k);
      given.push(picked.length);
      ours.push(scoresOf(picked.join('\n'), reference, record.lang));
      lead.push(scoresOf(lead3(record.text, record.lang, k), reference, record.lang));
      leadStatements.push(scoresOf(leadStatementsOf(record.text, record.lang, k), reference, record.lang));
    }
    const gainOver = (baseline: Scores[]) => (measure: keyof Scores) =>
      meanAndError(ours.map((score, i) => score[measure] - baseline[i][measure]));
    const gain = gainOver(lead);
    const gainStatements = gainOver(leadStatements);
    return {
      comparison: name,
      documents: records.length,
      meanK: mean(ks),
      ours: meanScores(ours),
      lead: meanScores(lead),
      leadStatements: meanScores(leadStatements),
      oursCount: mean(given),
      gain: { rouge1: gain('rouge1'), rouge2: gain('rouge2'), rougeLsum: gain('rougeLsum') },
      gainOverStatements: { rouge1: gainStatements('rouge1'), rouge2: gainStatements('rouge2'), rougeLsum: gainStatements('rougeLsum') },
    };
  });

const f = (value: number) => value.toFixed(4);

/** One Markdown table per set: ours and lead-k at each k, and ours minus lead in points. */
export const formatKeyPointReport = (bySet: Array<[string, Row[]]>): string =>
  bySet
    .flatMap(([set, rows]) => [
      `${set}: ${rows[0]?.documents ?? 0} stories`,
      '',
      '| k | mean k | system | ROUGE-1 | ROUGE-2 | ROUGE-Lsum | key points given |',
      '| --- | ---: | --- | ---: | ---: | ---: | ---: |',
      ...rows.flatMap((row) => [
        `| ${row.comparison} | ${row.meanK.toFixed(2)} | ours | ${f(row.ours.rouge1)} | ${f(row.ours.rouge2)} | ${f(row.ours.rougeLsum)} | ${row.oursCount.toFixed(2)} |`,
        `| ${row.comparison} | ${row.meanK.toFixed(2)} | lead-k | ${f(row.lead.rouge1)} | ${f(row.lead.rouge2)} | ${f(row.lead.rougeLsum)} | ${row.meanK.toFixed(2)} |`,
        `| ${row.comparison} | ${row.meanK.toFixed(2)} | lead-k statements | ${f(row.leadStatements.rouge1)} | ${f(row.leadStatements.rouge2)} | ${f(row.leadStatements.rougeLsum)} | |`,
      ]),
      '',
      ...rows.flatMap((row) => [
        `ours − lead-k (${row.comparison}), in points with the standard error over stories: ROUGE-1 ${points(row.gain.rouge1)}, ROUGE-2 ${points(row.gain.rouge2)}, ROUGE-Lsum ${points(row.gain.rougeLsum)}`,
        `ours − lead-k statements (${row.comparison}): ROUGE-1 ${points(row.gainOverStatements.rouge1)}, ROUGE-2 ${points(row.gainOverStatements.rouge2)}, ROUGE-Lsum ${points(row.gainOverStatements.rougeLsum)}`,
      ]),
      '',
    ])
    .join('\n');

/** The key-point report for files (each a set, named after the file). */
export const runKeyPoints = (files: string[], limit = Infinity): string =>
  formatKeyPointReport(
    files.map((file) => {
      const set = basename(file).replace(/\.jsonl$/, '');
      return [set, evaluateKeyPoints(parseKeyPointJsonl(readFileSync(file, 'utf8'), set).slice(0, limit))];
    })
  );
