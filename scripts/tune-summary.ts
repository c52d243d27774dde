/**
 * What each part of the summary engine does, measured on the dev splits only (the test
 * splits stay held out): `npm run tune:summary -- [--limit n] [variant name...]`. Each
 * row is OURS with one part changed or removed: its mean ROUGE-1 / ROUGE-2 F1, then its
 * difference from the lead cut to that row's own length, then its difference from OURS,
 * each in points (F1 x 100) with the standard error over documents. The last is paired
 * (the same documents, so what they share cancels out): the one to read when a variant
 * is compared with the engine.
 * The table in docs/summary-engine.md ("What each change did") comes from here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

import { OURS, summarizeWith, type Method } from '../server/src/services/summary';
import { DEFAULT_WEIGHTS } from '../server/src/services/summary/rank';
import { leadCut, meanAndError, parseJsonl, points, scoresOf, type EvalRecord, type Scores } from './eval-summary';

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
  {
    name: 'previous weights (0.3 centrality, 0.5 lead, 0.2 title, decay 3)',
    method: withWeights({ centrality: 0.3, lead: 0.5, title: 0.2, leadDecay: 3 }),
    title: true,
  },
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
  {
    name: 'biased LexRank, centrality 0.4, lead 0.35, title 0.25',
    method: { ...withWeights({ centrality: 0.4, lead: 0.35, title: 0.25 }), biased: true },
    title: true,
  },
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

/** A variant's scores on one document, and those of the lead cut to the length of its summary. */
const scoreVariant = (record: EvalRecord, variant: (typeof VARIANTS)[number]): { own: Scores; lead: Scores } => {
  const summary = summarizeWith(
    record.text,
    { locale: record.lang, title: variant.title ? record.title : undefined },
    variant.method
  ).summary;
  return {
    own: scoresOf(summary, record.summary, record.lang),
    lead: scoresOf(leadCut(record.text, record.lang, summary.length), record.summary, record.lang),
  };
};

const main = (args: string[]): void => {
  const limitAt = args.indexOf('--limit');
  const limit = limitAt === -1 ? Infinity : Number(args[limitAt + 1]);
  const only = args.filter((arg, i) => !arg.startsWith('--') && args[i - 1] !== '--limit');
  const dir = join('data', 'eval');
  const sets = readdirSync(dir)
    .filter((name) => name.endsWith('.dev.jsonl'))
    .sort()
    .map((name) => ({ name: basename(name, '.dev.jsonl'), records: parseJsonl(readFileSync(join(dir, name), 'utf8')).slice(0, limit) }));
  // The engine's own scores, per document: each variant is compared with them document
  // by document, whose standard error is far smaller than that of two separate means.
  const engine = sets.map(({ records }) => records.map((record) => scoreVariant(record, VARIANTS[0])));
  console.log(
    `| variant | ${sets.map(({ name, records }) => `${name} (${records.length}) R1 / R2; − lead cut; − ours (points ± SE)`).join(' | ')} |`
  );
  console.log(`| --- | ${sets.map(() => '---').join(' | ')} |`);
  for (const variant of VARIANTS.filter(({ name }) => only.length === 0 || only.includes(name))) {
    const cells = sets.map(({ records }, k) => {
      const scored = records.map((record) => scoreVariant(record, variant));
      const mean = (measure: 'rouge1' | 'rouge2') => scored.reduce((sum, { own }) => sum + own[measure], 0) / scored.length;
      const overLead = (measure: 'rouge1' | 'rouge2') => points(meanAndError(scored.map(({ own, lead }) => own[measure] - lead[measure])));
      const overOurs = (measure: 'rouge1' | 'rouge2') =>
        points(meanAndError(scored.map(({ own }, i) => own[measure] - engine[k][i].own[measure])));
      return `${mean('rouge1').toFixed(4)} / ${mean('rouge2').toFixed(4)}; ${overLead('rouge1')} / ${overLead('rouge2')}; ${overOurs('rouge1')} / ${overOurs('rouge2')}`;
    });
    console.log(`| ${variant.name} | ${cells.join(' | ')} |`);
  }
};

if (require.main === module) main(process.argv.slice(2));
