import { editorKeyPoints, MAX_EDITOR_KEY_POINTS } from '../editor-key-points';
import { KEY_POINT_COUNTS, lengthForWords, LONG_FROM_WORDS, MEDIUM_FROM_WORDS, paragraphMaxLength, PARAGRAPH_SENTENCES } from '../lengths';

describe('the length chosen from the word count', () => {
  it('gives briefs short summaries and long reads long ones', () => {
    expect(lengthForWords(0)).toBe('short');
    expect(lengthForWords(MEDIUM_FROM_WORDS - 1)).toBe('short');
    expect(lengthForWords(MEDIUM_FROM_WORDS)).toBe('medium');
    expect(lengthForWords(LONG_FROM_WORDS - 1)).toBe('medium');
    expect(lengthForWords(LONG_FROM_WORDS)).toBe('long');
    expect(lengthForWords(9_000)).toBe('long');
  });

  it('grows with the length: 3 to 7 key points, more sentences and characters', () => {
    expect([KEY_POINT_COUNTS.short, KEY_POINT_COUNTS.medium, KEY_POINT_COUNTS.long]).toEqual([3, 5, 7]);
    expect(PARAGRAPH_SENTENCES.short).toBeLessThan(PARAGRAPH_SENTENCES.medium);
    expect(PARAGRAPH_SENTENCES.medium).toBeLessThan(PARAGRAPH_SENTENCES.long);
    for (const limit of [80, 600, 5_000]) {
      expect(paragraphMaxLength('short', limit)).toBeLessThanOrEqual(paragraphMaxLength('medium', limit));
      expect(paragraphMaxLength('medium', limit)).toBe(limit);
      expect(paragraphMaxLength('long', limit)).toBeGreaterThan(limit);
    }
  });
});

describe('editorKeyPoints', () => {
  it('reads one key point a line, without bullets or blank lines', () => {
    expect(
      editorKeyPoints('- The tram opens in May.\n\n• Tickets are free.\n  3. The line has 12 stops.\n* Works last two years.\r\nPlain line')
    ).toEqual(['The tram opens in May.', 'Tickets are free.', 'The line has 12 stops.', 'Works last two years.', 'Plain line']);
  });

  it('reads a JSON list of strings, skipping what is not one', () => {
    expect(editorKeyPoints(['First point.', 42, '  ', 'Second point.'])).toEqual(['First point.', 'Second point.']);
  });

  it('keeps numbers and dashes that are part of the point', () => {
    expect(editorKeyPoints('2024 was a record year.\n-5 degrees overnight.')).toEqual(['2024 was a record year.', '-5 degrees overnight.']);
  });

  it(`answers nothing for an empty field and at most ${MAX_EDITOR_KEY_POINTS} points`, () => {
    expect(editorKeyPoints(null)).toEqual([]);
    expect(editorKeyPoints('')).toEqual([]);
    expect(editorKeyPoints({ points: ['a'] })).toEqual([]);
    expect(editorKeyPoints(Array.from({ length: 50 }, (_, i) => `Point ${i}.`).join('\n'))).toHaveLength(MAX_EDITOR_KEY_POINTS);
  });
});
