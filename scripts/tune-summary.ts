/**
 * What each part of the summary engine does, measured on the dev splits only (the test
 * splits stay held out): `npm run tune:summary -- [--limit n]`. Each row is OURS with
 * one part changed or removed, scored against the lead cut to that row's own length.
 * The table in docs/summary-engine.md ("What each change did") comes from here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

import { OURS, summarizeWith, type Method } from '../server/src/services/summary';
import { DEFAULT_WEIGHTS } from '../server/src/services/summary/rank';
import { leadCut, parseJsonl, scoresOf, type EvalRecord } from './eval-summary';

const withWeights = (changes: Partial<typeof DEFAULT_WEIGHTS>): Method => ({
  ...OURS,
  weights: { ...DEFAULT_WEIGHTS, ...changes },
});

export const VARIANTS: Array<{ name: string; method: Method; title: boolean }> = [
  { name: 'ours', method: OURS, title: true },
  { name: 'without the title', method: OURS, title: false },
  { name: 'without stemming', method: { ...OURS, reading: { ...OURS.reading, stemming: false } }, title: true },
  { name: 'without the junk filter', method: { ...OURS, reading: { ...OURS.reading, skipJunk: false } }, title: true },
  { name: 'symmetric centrality (forward 0.5)', method: { ...OURS, forward: 0.5 }, title: true },
  { name: 'forward 0.8', method: { ...OURS, forward: 0.8 }, title: true },
  { name: 'no short-sentence scaling', method: withWeights({ shortSentenceWords: 1 }), title: true },
  { name: 'old weights (0.7 centrality, 0.3 lead, no title)', method: withWeights({ centrality: 0.7, lead: 0.3, title: 0 }), title: true },
  { name: 'previous weights (0.3 centrality, 0.5 lead, 0.2 title, decay 3)', method: withWeights({ centrality: 0.3, lead: 0.5, title: 0.2, leadDecay: 3 }), title: true },
  { name: 'lead 0.3, title 0.2, centrality 0.5', method: withWeights({ centrality: 0.5, lead: 0.3, title: 0.2 }), title: true },
  { name: 'lead 0.6, title 0.3, centrality 0.1', method: withWeights({ centrality: 0.1, lead: 0.6, title: 0.3 }), title: true },
  { name: 'lead 0.5, title 0.4, centrality 0.1', method: withWeights({ centrality: 0.1, lead: 0.5, title: 0.4 }), title: true },
  { name: 'lead 0.4, title 0.3, centrality 0.3', method: withWeights({ centrality: 0.3, lead: 0.4, title: 0.3 }), title: true },
  { name: 'lead decay 1.5', method: withWeights({ leadDecay: 1.5 }), title: true },
  { name: 'lead decay 3', method: withWeights({ leadDecay: 3 }), title: true },
  { name: 'lead decay 4', method: withWeights({ leadDecay: 4 }), title: true },
  { name: 'no quote penalty', method: withWeights({ quotePenalty: 0 }), title: true },
  { name: 'quote penalty 0.6', method: withWeights({ quotePenalty: 0.6 }), title: true },
  { name: 'no MMR (lambda 1)', method: { ...OURS, lambda: 1 }, title: true },
  // Tried for French (issue 15): a heavier title query, and a steeper, heavier lead prior.
  { name: 'title 0.4, lead 0.45, centrality 0.15', method: withWeights({ title: 0.4, lead: 0.45, centrality: 0.15 }), title: true },
  { name: 'lead 0.6, centrality 0.1, decay 1', method: withWeights({ centrality: 0.1, lead: 0.6, leadDecay: 1 }), title: true },
  { name: 'lead decay 1', method: withWeights({ leadDecay: 1 }), title: true },
  // Tried with the wider evidence round: biased LexRank, the random jump landing on
  // sentences by their lead prior and title similarity instead of uniformly.
  { name: 'biased LexRank', method: { ...OURS, biased: true }, title: true },
  { name: 'biased LexRank, centrality 0.4, lead 0.35, title 0.25', method: { ...withWeights({ centrality: 0.4, lead: 0.35, title: 0.25 }), biased: true }, title: true },
  { name: 'lead prior by position among candidates', method: { ...OURS, candidatePositions: true }, title: true },
  { name: 'lead prior by character offset', method: { ...OURS, characterPositions: true }, title: true },
  { name: 'dangling opener penalty 0.2', method: withWeights({ danglingPenalty: 0.2 }), title: true },
  { name: 'dangling opener penalty 0.4', method: withWeights({ danglingPenalty: 0.4 }), title: true },
  { name: 'title phrases: 0.3 bigram coverage, 0.7 cosine', method: { ...OURS, titleBigrams: 0.3 }, title: true },
  { name: 'title phrases: 0.5 bigram coverage, 0.5 cosine', method: { ...OURS, titleBigrams: 0.5 }, title: true },
  { name: 'exclamation penalty 0.3', method: withWeights({ exclamationPenalty: 0.3 }), title: true },
  { name: 'exclamation penalty 0.6', method: withWeights({ exclamationPenalty: 0.6 }), title: true },
  { name: 'biased LexRank, forward 0.65', method: { ...OURS, biased: true, forward: 0.65 }, title: true },
];

/** Mean of the values and the standard error of that mean. */
const meanAndError = (values: number[]): { mean: number; error: number } => {
  const n = values.length;
  const mean = values.reduce((sum, value) => sum + value, 0) / n;
  const variance = values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / Math.max(n - 1, 1);
  return { mean, error: Math.sqrt(variance / n) };
};

/** A difference in ROUGE points (F1 x 100) with its standard error: "+0.27 ± 0.18". */
const points = ({ mean, error }: { mean: number; error: number }): string =>
  `${mean >= 0 ? '+' : '−'}${Math.abs(mean * 100).toFixed(2)} ± ${(error * 100).toFixed(2)}`;

const main = (args: string[]): void => {
  const limitAt = args.indexOf('--limit');
  const limit = limitAt === -1 ? Infinity : Number(args[limitAt + 1]);
  const only = args.filter((arg, i) => !arg.startsWith('--') && args[i - 1] !== '--limit');
  const dir = join('data', 'eval');
  const sets = readdirSync(dir)
    .filter((name) => name.endsWith('.dev.jsonl'))
    .sort()
    .map((name) => ({ name: basename(name, '.dev.jsonl'), records: parseJsonl(readFileSync(join(dir, name), 'utf8')).slice(0, limit) }));
  console.log(`| variant | ${sets.map(({ name, records }) => `${name} (${records.length}) R1 / R2, ours − lead cut in points ± SE`).join(' | ')} |`);
  console.log(`| --- | ${sets.map(() => '---').join(' | ')} |`);
  for (const variant of VARIANTS.filter(({ name }) => only.length === 0 || only.includes(name))) {
    const cells = sets.map(({ records }) => {
      let ours1 = 0;
      let ours2 = 0;
      const gains1: number[] = [];
      const gains2: number[] = [];
      for (const record of records as EvalRecord[]) {
        const summary = summarizeWith(
          record.text,
          { locale: record.lang, title: variant.title ? record.title : undefined },
          variant.method
        ).summary;
        const ours = scoresOf(summary, record.summary, record.lang);
        const lead = scoresOf(leadCut(record.text, record.lang, summary.length), record.summary, record.lang);
        ours1 += ours.rouge1;
        ours2 += ours.rouge2;
        gains1.push(ours.rouge1 - lead.rouge1);
        gains2.push(ours.rouge2 - lead.rouge2);
      }
      const n = records.length;
      return `${(ours1 / n).toFixed(4)} / ${(ours2 / n).toFixed(4)}, ${points(meanAndError(gains1))} / ${points(meanAndError(gains2))}`;
    });
    console.log(`| ${variant.name} | ${cells.join(' | ')} |`);
  }
};

if (require.main === module) main(process.argv.slice(2));
