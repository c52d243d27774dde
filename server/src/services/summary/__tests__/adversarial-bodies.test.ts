/**
 * Bodies of about 1 MB built from constructs that are opened and never closed (or
 * closed in a way that does not match). Regular expressions took minutes on these;
 * the scanners read them in one pass. These tests check what comes out, not how long
 * it takes: each construct must stay as text (or be dropped) exactly as a short one is.
 */
import { countWords } from '../../reader/reading-time';
import { textFromBody } from '../text-from-body';

const ONE_MB = 1_000_000;

/** `unit` repeated to at least 1 MB, and how many times. */
const repeated = (unit: string, prefix = ''): { body: string; times: number } => {
  const times = Math.ceil(ONE_MB / unit.length);
  return { body: prefix + unit.repeat(times), times };
};

const readAll = (body: unknown) => textFromBody(body, Number.POSITIVE_INFINITY);

/** What textFromBody makes of plain text: whitespace collapsed, trimmed. */
const collapsed = (text: string) => text.replace(/ +/g, ' ').trim();

describe('textFromBody and countWords on 1 MB of an unclosed construct', () => {
  it.each([
    ['image openers "!["', '![word '],
    ['link openers "["', '[word '],
    ['link texts without a target "[word]"', '[word] '],
    ['tag openers without ">" "<a"', '<a word '],
    ['autolink openers "<http:"', '<http:word '],
    ['emphasis marks "*" that never close', '*word '],
    ['emphasis marks "_" that never close', '_word '],
    ['entity-like text "&amp" without ";"', '&amp '],
    ['backslashes before ordinary letters', '\\word '],
  ])('keeps %s as text', (_, unit) => {
    const { body, times } = repeated(unit);
    expect(readAll(body)).toEqual([collapsed(body)]);
    expect(countWords(body)).toBe(countWords(unit) * times);
  });

  it('keeps comment openers "<!--" in Markdown as text', () => {
    const { body, times } = repeated('<!-- word ');
    expect(readAll(body)).toEqual([collapsed(body)]);
    expect(countWords(body)).toBe(times);
  });

  it('keeps a run of two backticks that nothing closes as text', () => {
    const { body, times } = repeated('word ', 'x `` ');
    expect(readAll(body)).toEqual([collapsed(body)]);
    expect(countWords(body)).toBe(times + 1);
  });

  it.each([
    ['backticks', '`word `word '],
    ['double asterisks', '**word **word '],
    ['double tildes', '~~word ~~word '],
  ])('pairs %s that close each other and keeps the words between them', (_, unit) => {
    const { body, times } = repeated(unit);
    expect(readAll(body)).toEqual([Array.from({ length: 2 * times }, () => 'word').join(' ')]);
    expect(countWords(body)).toBe(2 * times);
  });

  it('reads "<a" without ">" as text in an HTML body', () => {
    const { body, times } = repeated('<a word ', '<p>First.</p>');
    expect(readAll(body)).toEqual(['First.', collapsed(body.slice('<p>First.</p>'.length))]);
    expect(countWords(body)).toBe(1 + 2 * times);
  });

  it('reads an unclosed tag with a million attributes as text', () => {
    const { body, times } = repeated(' a=1', '<p>First.</p><span');
    expect(readAll(body)).toEqual(['First.', collapsed(body.slice('<p>First.</p>'.length))]);
    expect(countWords(body)).toBe(1 + 1 + 2 * times);
  });

  it('reads a closed tag with a million attributes as a tag', () => {
    const { body } = repeated(' data-x="1"', '<p');
    expect(readAll(`${body}>Text.</p>`)).toEqual(['Text.']);
  });

  it('leaves out everything after an unclosed comment or script in an HTML body', () => {
    expect(readAll(repeated('<!-- word ', '<p>First.</p>').body)).toEqual(['First.']);
    expect(readAll(repeated('x < y ', '<p>First.</p><script>').body)).toEqual(['First.']);
  });

  it('keeps unclosed entity-like text in an HTML body', () => {
    const { body, times } = repeated('&#1', '<p>');
    expect(readAll(body)).toEqual([body.slice(3)]);
    expect(countWords(body)).toBe(times);
  });

  it('reads a million lines that each open a construct', () => {
    const { body, times } = repeated('[x]: [y\n- ![a\n');
    expect(readAll(body)).toHaveLength(times);
    expect(countWords(body)).toBe(times);
  });

  it('refuses blocks nested a million levels deep without reading them', () => {
    let node: Record<string, unknown> = { type: 'text', text: 'deep' };
    for (let i = 0; i < ONE_MB; i += 1) node = { type: 'link', url: '', children: [node] };
    expect(() => readAll([{ type: 'paragraph', children: [node] }])).toThrow(/nested too deeply/);
  });
});
