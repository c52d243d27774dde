/**
 * Speed of the summary engine on synthetic article bodies: `npm run bench:summary`.
 *
 * Bodies of 800, 10,000, 25,000 and 100,000 words are generated as Strapi blocks
 * (paragraphs, some headings and lists) from a fixed word list with a seeded PRNG, so
 * every run times the same input. Each size is summarised a few times to warm up,
 * then timed RUNS times with process.hrtime.bigint(); the table shows the median.
 * "Words read" leaves out headings and what lies beyond the input cap
 * (MAX_INPUT_CHARS), so "ms per 1,000 words read" shows whether time grows linearly.
 */
import { summarize } from '../server/src/services/summary';
import { textFromBody } from '../server/src/services/summary/text-from-body';

const SIZES = [800, 10_000, 25_000, 100_000];
const WARM_UP_RUNS = 10;
const RUNS = 15;
const SEED = 20240611;

const WORDS = (
  'city council tram line station budget mayor residents traffic bridge river harbour school teachers ' +
  'hospital doctors patients museum library market shops prices energy water weather storm rain flood ' +
  'police fire road railway bus tickets passengers workers union strike talks agreement plan project ' +
  'construction spring summer autumn winter year month week day morning evening night centre district ' +
  'north south east west old new large small first last next public private local regional national ' +
  'approved rejected opened closed announced said expected started finished delayed built repaired ' +
  'rose fell increased reduced paid cost saved moved visited asked promised warned reported published ' +
  'the a an of in on at for with from by to and but or after before during while because although ' +
  'about around more less than most many few several some every each other another only also still'
).split(' ');
const NAMES = ['Berg', 'Ortiz', 'Weller', 'Osei', 'Paulsen', 'Lefèvre', 'Brandt', 'Novak'];
const TITLES = ['Mr.', 'Mrs.', 'Dr.', 'Prof.'];

/** mulberry32: a small, fast, seeded PRNG, so the bodies are the same on every run. */
const prng = (seed: number) => {
  let state = seed >>> 0;
  return (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

type Block = Record<string, unknown>;
const text = (value: string) => ({ type: 'text', text: value });

/** A body of exactly `wordCount` words (titles, names and numbers count as words). */
const syntheticBody = (wordCount: number): Block[] => {
  const random = prng(SEED);
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)];
  let remaining = wordCount;

  const sentence = (): string => {
    const length = Math.min(remaining, 8 + Math.floor(random() * 21));
    const words: string[] = [];
    while (words.length < length) {
      const roll = random();
      if (roll < 0.03 && words.length + 2 <= length) words.push(pick(TITLES), pick(NAMES));
      else if (roll < 0.06) words.push(String(Math.floor(random() * 5000)));
      else words.push(pick(WORDS));
    }
    remaining -= words.length;
    words[0] = words[0].charAt(0).toUpperCase() + words[0].slice(1);
    return `${words.join(' ')}${random() < 0.05 ? '?' : '.'}`;
  };
  const sentences = (count: number): string => {
    const list: string[] = [];
    for (let i = 0; i < count && remaining > 0; i += 1) list.push(sentence());
    return list.join(' ');
  };

  const blocks: Block[] = [];
  while (remaining > 0) {
    const roll = random();
    if (roll < 0.08) {
      blocks.push({ type: 'heading', level: 2, children: [text(sentences(1).replace(/[.?]$/, ''))] });
    } else if (roll < 0.14) {
      const items = 2 + Math.floor(random() * 3);
      const children = [];
      for (let i = 0; i < items && remaining > 0; i += 1) children.push({ type: 'list-item', children: [text(sentences(1))] });
      blocks.push({ type: 'list', format: 'unordered', children });
    } else {
      blocks.push({ type: 'paragraph', children: [text(sentences(2 + Math.floor(random() * 5)))] });
    }
  }
  return blocks;
};

const nanoseconds = (): bigint => process.hrtime.bigint();

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const rows: string[] = [];
for (const words of SIZES) {
  const body = syntheticBody(words);
  const read = textFromBody(body);
  const wordsRead = read.reduce((sum, paragraph) => sum + paragraph.split(' ').length, 0);
  const charactersRead = read.reduce((sum, paragraph) => sum + paragraph.length, 0);
  for (let i = 0; i < WARM_UP_RUNS; i += 1) summarize(body, { locale: 'en' });
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const start = nanoseconds();
    summarize(body, { locale: 'en' });
    times.push(Number(nanoseconds() - start) / 1e6);
  }
  const ms = median(times);
  const format = (value: number) => value.toLocaleString('en');
  rows.push(
    `| ${format(words)} | ${format(wordsRead)} | ${format(charactersRead)} | ${ms.toFixed(1)} | ` +
      `${((ms * 1000) / words).toFixed(2)} | ${((ms * 1000) / wordsRead).toFixed(2)} |`
  );
}

console.log(`summarize(), Node ${process.version}, median of ${RUNS} runs after ${WARM_UP_RUNS} warm-up runs`);
console.log('');
console.log('| words | words read | characters read | ms (median) | ms per 1,000 words | ms per 1,000 words read |');
console.log('| ---: | ---: | ---: | ---: | ---: | ---: |');
for (const row of rows) console.log(row);
