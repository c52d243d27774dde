import fc from 'fast-check';

import { SummaryInputError } from '../errors';
import { bodyChangedSubstantially, bodyFingerprint, fingerprintSimilarity } from '../fingerprint';

const paragraph = (text: string) => ({
  type: 'paragraph',
  children: [{ type: 'text', text }],
});

/** `count` distinct words, so every shingle of the text is distinct. */
const words = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => `${prefix}${i}`);

const sentences = (list: string[]) => {
  const out: string[] = [];
  for (let i = 0; i < list.length; i += 10) out.push(`${list.slice(i, i + 10).join(' ')}.`);
  return out.join(' ');
};

const similarity = (a: unknown, b: unknown) => fingerprintSimilarity(bodyFingerprint(a), bodyFingerprint(b));

describe('bodyFingerprint', () => {
  it('is the same for the same text in blocks, Markdown or HTML, whatever the case and spacing', () => {
    const text = 'The tram opens on Monday. It links the station to the centre.';
    const fingerprint = bodyFingerprint([paragraph(text)]);
    expect(bodyFingerprint(text)).toBe(fingerprint);
    expect(bodyFingerprint(`<p>The  tram opens on <b>Monday</b>.</p><p>It links the STATION to the centre.</p>`)).toBe(fingerprint);
  });

  it('has a fixed size whatever the length of the body', () => {
    const long = bodyFingerprint(sentences(words('w', 5000)));
    const medium = bodyFingerprint(sentences(words('w', 400)));
    expect(long.length).toBe(medium.length);
    expect(long.length).toBeLessThan(1100);
  });

  it('leaves out headings, as the summary engine does', () => {
    const body = [paragraph('The tram opens on Monday.')];
    expect(
      bodyFingerprint([
        {
          type: 'heading',
          level: 2,
          children: [{ type: 'text', text: 'New' }],
        },
        ...body,
      ])
    ).toBe(bodyFingerprint(body));
  });

  it('throws SummaryInputError for a body of the wrong shape', () => {
    expect(() => bodyFingerprint(42)).toThrow(SummaryInputError);
  });
});

describe('fingerprintSimilarity', () => {
  it('is 1 for the same body and for two bodies without text', () => {
    const body = sentences(words('w', 300));
    expect(similarity(body, body)).toBe(1);
    expect(similarity([], '')).toBe(1);
  });

  it('is the exact Jaccard similarity of the three-word shingles for a short body', () => {
    // 40 words: 38 shingles; 20 more words add 20 shingles (and none is lost).
    const base = words('w', 40);
    expect(similarity(base.join(' '), [...base, ...words('x', 20)].join(' '))).toBeCloseTo(38 / 58, 10);
  });

  it('estimates the similarity of long bodies within a few points', () => {
    // 2,000 words, the last half replaced: about a third of the shingles shared.
    const first = words('w', 2000);
    const second = [...first.slice(0, 1000), ...words('x', 1000)];
    const estimate = similarity(sentences(first), sentences(second)) as number;
    expect(Math.abs(estimate - 998 / 2998)).toBeLessThan(0.12);
  });

  it('is symmetric and in [0, 1]', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('tram', 'city', 'line', 'stop', 'works', 'year'), { maxLength: 60 }),
        fc.array(fc.constantFrom('tram', 'city', 'bus', 'road'), {
          maxLength: 60,
        }),
        (a, b) => {
          const ab = similarity(a.join(' '), b.join(' ')) as number;
          return ab === similarity(b.join(' '), a.join(' ')) && ab >= 0 && ab <= 1;
        }
      ),
      { seed: 15, numRuns: 300 }
    );
  });

  it('is null for a string that is not a fingerprint of this version', () => {
    expect(fingerprintSimilarity('v0:abc', bodyFingerprint('text'))).toBeNull();
    expect(fingerprintSimilarity(bodyFingerprint('text'), 'w3k128:zz')).toBeNull();
  });
});

describe('bodyChangedSubstantially', () => {
  const article = sentences(words('w', 400));

  it('is false after a small edit (one sentence of forty rewritten)', () => {
    const edited = sentences([...words('w', 400).slice(0, 200), ...words('x', 10), ...words('w', 400).slice(210)]);
    expect(bodyChangedSubstantially(bodyFingerprint(article), bodyFingerprint(edited))).toBe(false);
  });

  it('is true when half the body is new', () => {
    const rewritten = sentences([...words('w', 400).slice(0, 200), ...words('x', 200)]);
    expect(bodyChangedSubstantially(bodyFingerprint(article), bodyFingerprint(rewritten))).toBe(true);
  });

  it('is true when the body is replaced, or emptied', () => {
    expect(bodyChangedSubstantially(bodyFingerprint(article), bodyFingerprint('A different story about the harbour.'))).toBe(true);
    expect(bodyChangedSubstantially(bodyFingerprint(article), bodyFingerprint([]))).toBe(true);
  });

  it('is false when no fingerprint was stored, or it is of another version', () => {
    expect(bodyChangedSubstantially(null, bodyFingerprint(article))).toBe(false);
    expect(bodyChangedSubstantially('v0:0000', bodyFingerprint(article))).toBe(false);
  });
});
