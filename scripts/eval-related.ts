/**
 * Precision@5 of related articles on topic-labelled news, against the lists readers get
 * without the plugin's ranking:
 *
 *   npm run eval:related                 (data/eval/bbc-en.*.jsonl and rpm2-fr.*.jsonl,
 *                                         built by `npm run eval:build`, both splits)
 *   npm run eval:related -- <file.jsonl>...   (records with `topic`, `title`, `text`, `lang`)
 *
 * Every article of a set is asked for its five related articles among all the others;
 * a listed article counts as right when it has the same topic label. The ranking is the
 * server's own (server/src/services/related/vector.ts: the same stems, stop words, top
 * terms per article, query terms and weights), over an in-memory copy of the index the
 * database holds. Baselines (see docs/related.md for why they are defined so):
 * - newest: the five articles published just before it, the publication order being a
 *   seeded shuffle (the sets have no usable dates): a "latest news" box;
 * - same tag, newest first: tags simulated from the topic labels, right with probability
 *   q (else another topic at random), then the five newest of the same tag (Ghost's
 *   related posts by primary tag); q = 1 is perfect tagging, an upper bound no real
 *   tagging reaches;
 * - chance: the share of same-topic articles, what a random list scores.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import {
  documentVector,
  MAX_TERMS,
  normalizedScore,
  queryVector,
  QUERY_TERMS,
  termCounts,
  type WeightedTerm,
} from '../server/src/services/related/vector';

interface Labelled {
  id: string;
  topic: string;
  title: string;
  text: string;
  lang: string;
}

const K = 5;
const SEED = 20_261_206;

/** A small seeded generator (mulberry32): the same baselines on every run. */
const random = (seed: number) => {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
};

const read = (file: string): Labelled[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line))
    .filter((record) => typeof record.topic === 'string');

/** Precision@K of lists (by index) against the topics. */
const precision = (lists: number[][], docs: Labelled[]) =>
  lists.reduce((sum, list, i) => sum + list.slice(0, K).filter((j) => docs[j].topic === docs[i].topic).length / K, 0) / lists.length;

/** The plugin's ranking over an in-memory index: postings of at most `maxTerms` stems per article, `queryTerms` per query. */
const ours = (docs: Labelled[], maxTerms: number, queryTerms: number): number[][] => {
  const vectors: WeightedTerm[][] = docs.map((doc) =>
    documentVector(termCounts({ title: doc.title, summary: null, body: doc.text }, doc.lang), maxTerms)
  );
  const postings = new Map<string, Array<{ doc: number; weight: number }>>();
  vectors.forEach((vector, doc) => {
    for (const { term, weight } of vector) {
      let list = postings.get(term);
      if (!list) postings.set(term, (list = []));
      list.push({ doc, weight });
    }
  });
  const frequency = new Map([...postings].map(([term, list]) => [term, list.length]));
  return vectors.map((own, self) => {
    const query = queryVector(own, frequency, docs.length, queryTerms);
    const dots = new Map<number, number>();
    for (const { term, weight } of query) {
      for (const posting of postings.get(term) ?? []) {
        if (posting.doc !== self) dots.set(posting.doc, (dots.get(posting.doc) ?? 0) + weight * posting.weight);
      }
    }
    return [...dots]
      .map(([doc, dot]) => ({ doc, score: normalizedScore(dot, query, own) }))
      .sort((a, b) => b.score - a.score || a.doc - b.doc)
      .slice(0, K)
      .map(({ doc }) => doc);
  });
};

/** The publication order: a seeded shuffle; `position[i]` is when article i was published. */
const publicationOrder = (count: number) => {
  const next = random(SEED);
  const order = Array.from({ length: count }, (_, i) => i);
  for (let i = count - 1; i > 0; i -= 1) {
    const j = Math.floor(next() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
};

/** The K articles published just before each one among those `eligible(i, j)` (the newest first), wrapping round for the first ones. */
const newestBefore = (docs: Labelled[], eligible: (i: number, j: number) => boolean): number[][] => {
  const order = publicationOrder(docs.length);
  const position = new Array<number>(docs.length);
  order.forEach((doc, at) => (position[doc] = at));
  return docs.map((_, i) => {
    const list: number[] = [];
    for (let step = 1; step < docs.length && list.length < K; step += 1) {
      const j = order[(position[i] - step + docs.length) % docs.length];
      if (eligible(i, j)) list.push(j);
    }
    return list;
  });
};

/** Tags from the topic labels, right with probability `q`, else one of the other topics at random. */
const simulatedTags = (docs: Labelled[], q: number): string[] => {
  const topics = [...new Set(docs.map((doc) => doc.topic))].sort();
  const next = random(SEED + Math.round(q * 1000));
  return docs.map((doc) => {
    if (next() < q) return doc.topic;
    const others = topics.filter((topic) => topic !== doc.topic);
    return others[Math.floor(next() * others.length)];
  });
};

/** The share of same-topic articles among the others: what a random list scores on average. */
const chance = (docs: Labelled[]) => {
  const counts = new Map<string, number>();
  for (const doc of docs) counts.set(doc.topic, (counts.get(doc.topic) ?? 0) + 1);
  return docs.reduce((sum, doc) => sum + ((counts.get(doc.topic) ?? 1) - 1) / (docs.length - 1), 0) / docs.length;
};

const evaluate = (name: string, docs: Labelled[]) => {
  const topics = new Set(docs.map((doc) => doc.topic)).size;
  console.log(`\n${name}: ${docs.length} articles, ${topics} topics\n`);
  console.log('| ranking | precision@5 |');
  console.log('| --- | ---: |');
  const row = (label: string, value: number) => console.log(`| ${label} | ${value.toFixed(3)} |`);
  const started = Date.now();
  row(`ours (${MAX_TERMS} stems an article, ${QUERY_TERMS} a query)`, precision(ours(docs, MAX_TERMS, QUERY_TERMS), docs));
  const ms = Date.now() - started;
  row('ours, every stem of every article (no bound)', precision(ours(docs, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER), docs));
  row(
    'newest: the 5 published just before it',
    precision(
      newestBefore(docs, (i, j) => i !== j),
      docs
    )
  );
  for (const q of [1, 0.8, 0.6]) {
    const tags = simulatedTags(docs, q);
    row(
      `same tag, newest first (tags right ${Math.round(q * 100)} % of the time)`,
      precision(
        newestBefore(docs, (i, j) => i !== j && tags[i] === tags[j]),
        docs
      )
    );
  }
  row('chance (share of same-topic articles)', chance(docs));
  console.log(`\n(ours: ${ms} ms for ${docs.length} lists, indexing included)`);
};

const main = (args: string[]) => {
  const files =
    args.length > 0
      ? args.map((file) => [file])
      : ['bbc-en', 'rpm2-fr'].map((set) => ['dev', 'test'].map((split) => join('data', 'eval', `${set}.${split}.jsonl`)));
  for (const group of files) {
    const missing = group.filter((file) => !existsSync(file));
    if (missing.length > 0) throw new Error(`${missing.join(', ')} missing: run npm run eval:build first (docs/summary-engine.md)`);
    const docs = group.flatMap(read);
    if (docs.length === 0) throw new Error(`${group.join(', ')}: no record has a topic`);
    evaluate(
      group
        .map((file) =>
          file
            .split('/')
            .pop()!
            .replace(/\.(dev|test)\.jsonl$/, '')
        )
        .filter((name, i, all) => all.indexOf(name) === i)
        .join(', '),
      docs
    );
  }
};

if (require.main === module) main(process.argv.slice(2));
