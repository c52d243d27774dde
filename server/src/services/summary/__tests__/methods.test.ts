import { OURS, summarizeWith } from '..';

const long = `The city council approved the new tram line on Monday after ${'a long debate about costs, routes and stops '.repeat(6)}lasting the whole afternoon.`;
const body = `${long} The first trams run in May. Tickets cost two euros for each ride.`;
const scoreOfSecond = (method: typeof OURS): number => {
  const { sentences } = summarizeWith(body, { locale: 'en', maxLength: 2000 }, method);
  const second = sentences.find((sentence) => sentence.index === 1);
  if (second === undefined) throw new Error('the second sentence was not picked');
  return second.score;
};

describe('summarizeWith methods used by the tuning script', () => {
  it('counts lead positions in characters with characterPositions, so a long opening pushes the next sentence down', () => {
    expect(scoreOfSecond({ ...OURS, characterPositions: true })).toBeLessThan(scoreOfSecond(OURS));
  });

  it('moves centrality toward the sentences the prior favours with biased LexRank', () => {
    expect(scoreOfSecond({ ...OURS, biased: true })).not.toBeCloseTo(scoreOfSecond(OURS), 6);
  });
});
