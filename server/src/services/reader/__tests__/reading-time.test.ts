import { countWords, readingTimeMinutes } from '../reading-time';

const paragraph = (text: string) => ({ type: 'paragraph', children: [{ type: 'text', text }] });

describe('countWords', () => {
  it('counts the words of a blocks body, with apostrophes and hyphens inside words', () => {
    expect(countWords([paragraph("It's a well-known fact."), paragraph('Two more.')])).toBe(6);
  });

  it('counts plain text and is 0 for an empty body', () => {
    expect(countWords('One two three')).toBe(3);
    expect(countWords(null)).toBe(0);
    expect(countWords([])).toBe(0);
  });
});

describe('readingTimeMinutes', () => {
  it('rounds up to whole minutes, at least one for any text', () => {
    expect(readingTimeMinutes(0, 230)).toBe(0);
    expect(readingTimeMinutes(1, 230)).toBe(1);
    expect(readingTimeMinutes(230, 230)).toBe(1);
    expect(readingTimeMinutes(231, 230)).toBe(2);
  });
});
