import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { evaluate, leadCut, parseJsonl, run } from '../../scripts/eval-summary';

const FIXTURE = join(__dirname, '..', 'fixtures', 'summary-eval.jsonl');

describe('eval:summary', () => {
  const fixtureLines = readFileSync(FIXTURE, 'utf8').split('\n').filter((line) => line.trim() !== '');

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
      const numbers = row.split('|').slice(2, 5).map((cell) => Number(cell.trim()));
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
    const report = evaluate([{ text, summary: 'The tram line opens on Monday. Tickets cost two euros. The mayor will ride first.', lang: 'en' }]);
    const lead = report.systems.find(({ name }) => name === 'Lead-3');
    expect(lead?.scores).toEqual({ rouge1: 1, rouge2: 1, rougeLsum: 1 });
  });

  it('names the line of a record it cannot read', () => {
    expect(() => parseJsonl('{"text":"a","summary":"b"}\n{"text":"a"}\n')).toThrow(/line 2/);
    expect(() => parseJsonl('not json')).toThrow(/line 1: not JSON/);
  });

  it('applies --lang to records without a language', () => {
    expect(parseJsonl('{"text":"a","summary":"b"}', 'fr')[0].lang).toBe('fr');
  });
});
