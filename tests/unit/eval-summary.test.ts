import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { evaluate, leadCut, meanAndError, parseJsonl, points, run } from '../../scripts/eval-summary';

const FIXTURE = join(__dirname, '..', 'fixtures', 'summary-eval.jsonl');

describe('eval:summary', () => {
  const fixtureLines = readFileSync(FIXTURE, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '');

  it('prints the document count and one row of ROUGE-1, ROUGE-2, ROUGE-Lsum and length per system, overall and per dataset and language', () => {
    const output = run([FIXTURE]);
    expect(output).toMatch(new RegExp(`^documents: ${fixtureLines.length} \\(de \\d+, en \\d+, fr \\d+\\)`));
    expect(output).toContain('| system | ROUGE-1 | ROUGE-2 | ROUGE-Lsum | characters |');
    const systems = ['ours', 'Lead-3', 'lead cut to ours', 'TextRank'];
    const rows = output.split('\n').filter((line) => systems.some((name) => line.startsWith(`| ${name} |`)));
    // The overall table, then one per language of the fixture (de, en, fr).
    expect(rows).toHaveLength(systems.length * 4);
    expect(rows.slice(0, 4).map((row) => row.split('|')[1].trim())).toEqual(systems);
    for (const lang of ['de', 'en', 'fr']) expect(output).toMatch(new RegExp(`^summary-eval, ${lang}: \\d+ documents$`, 'm'));
    for (const row of rows) {
      const numbers = row
        .split('|')
        .slice(2, 5)
        .map((cell) => Number(cell.trim()));
      expect(numbers).toHaveLength(3);
      for (const value of numbers) {
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThanOrEqual(1);
      }
    }
  });

  it('cuts the lead to the length of our summary at a word boundary', () => {
    const text = 'The tram line opens on Monday. Tickets cost two euros.';
    expect(leadCut(text, 'en', 20)).toBe('The tram line opens');
    expect(leadCut(text, 'en', 200)).toBe(text);
  });

  it('gives the lead cut the same length as ours, give or take the last word', () => {
    const report = evaluate(parseJsonl(readFileSync(FIXTURE, 'utf8')));
    const length = (name: string) => report.systems.find((system) => system.name === name)?.characters ?? NaN;
    expect(length('lead cut to ours')).toBeLessThanOrEqual(length('ours'));
    expect(length('lead cut to ours')).toBeGreaterThan(length('ours') - 15);
  });

  it('passes the title to our engine and keeps the dataset name', () => {
    const [record] = parseJsonl('{"text":"a","summary":"b","title":"T","source":"set"}');
    expect(record).toMatchObject({ title: 'T', source: 'set' });
    expect(() => parseJsonl('{"text":"a","summary":"b","title":3}')).toThrow(/line 1: "title"/);
  });

  it('scores every system on the fixture with numbers in [0, 1], some above 0', () => {
    const report = evaluate(parseJsonl(readFileSync(FIXTURE, 'utf8')));
    expect(report.documents).toBe(fixtureLines.length);
    for (const { scores } of report.systems) {
      for (const value of Object.values(scores)) {
        expect(Number.isFinite(value)).toBe(true);
        expect(value).toBeGreaterThan(0);
        expect(value).toBeLessThanOrEqual(1);
      }
    }
  });

  it('gives a perfect score to a system that returns the reference itself', () => {
    const text = 'The tram line opens on Monday. Tickets cost two euros. The mayor will ride first.';
    const report = evaluate([
      { text, summary: 'The tram line opens on Monday. Tickets cost two euros. The mayor will ride first.', lang: 'en' },
    ]);
    const lead = report.systems.find(({ name }) => name === 'Lead-3');
    expect(lead?.scores).toEqual({ rouge1: 1, rouge2: 1, rougeLsum: 1 });
  });

  it('gives ours minus the lead cut with its standard error, per set and per language over all its sets', () => {
    const output = run([FIXTURE]);
    // The overall table and each language's: each followed by the difference.
    expect(
      output.match(
        /^ours − lead cut to ours, in points with the standard error over documents: ROUGE-1 [+−]\d+\.\d\d ± \d+\.\d\d, ROUGE-2 [+−]\d+\.\d\d ± \d+\.\d\d$/gm
      )
    ).toHaveLength(4);
    const text =
      'The tram line opens on Monday after three years of work. Tickets cost two euros for a single ride. The mayor will ride first.';
    const record = (source: string, lang: string) => ({ text, summary: 'The tram line opens on Monday.', lang, source });
    const report = evaluate([record('a', 'fr'), record('b', 'fr'), record('b', 'fr'), record('c', 'en')]);
    expect(report.groups.map(({ source, lang, documents }) => [source, lang, documents])).toEqual([
      ['a', 'fr', 1],
      ['b', 'fr', 2],
      ['c', 'en', 1],
    ]);
    expect(report.languageGroups.map(({ source, lang, documents }) => [source, lang, documents])).toEqual([['all sets', 'fr', 3]]);
  });

  it('computes a mean with its standard error and prints it in points', () => {
    expect(meanAndError([0.01, 0.03])).toEqual({ mean: 0.02, error: expect.closeTo(0.01, 10) });
    expect(meanAndError([])).toEqual({ mean: 0, error: 0 });
    expect(points({ mean: -0.0011, error: 0.0022 })).toBe('−0.11 ± 0.22');
    expect(points({ mean: 0.0027, error: 0.0018 })).toBe('+0.27 ± 0.18');
  });

  it('names the line of a record it cannot read', () => {
    expect(() => parseJsonl('{"text":"a","summary":"b"}\n{"text":"a"}\n')).toThrow(/line 2/);
    expect(() => parseJsonl('not json')).toThrow(/line 1: not JSON/);
  });

  it('applies --lang to records without a language', () => {
    expect(parseJsonl('{"text":"a","summary":"b"}', 'fr')[0].lang).toBe('fr');
  });
});
