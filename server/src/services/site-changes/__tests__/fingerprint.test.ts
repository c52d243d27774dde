import { changedContent, type Fingerprint } from '../fingerprint';

const fingerprint = (entries: Array<[string, string, number, number]>): Fingerprint =>
  new Map(entries.map(([uid, locale, rows, maxId]) => [JSON.stringify([uid, locale]), { rows, maxId }]));

describe('changedContent', () => {
  const before = fingerprint([
    ['api::post.post', '', 10, 40],
    ['plugin::newsroom.article', 'en', 5, 12],
    ['plugin::newsroom.article', 'fr', 3, 9],
  ]);

  it('finds nothing when every locale kept its rows (a pull from this instance, a failed transfer)', () => {
    expect(
      changedContent(
        before,
        fingerprint(
          [...before].map(
            ([key, state]) => [...(JSON.parse(key) as [string, string]), state.rows, state.maxId] as [string, string, number, number]
          )
        )
      )
    ).toEqual([]);
  });

  it('finds a locale whose rows were replaced, even by as many rows (new ids)', () => {
    const after = fingerprint([
      ['api::post.post', '', 10, 40],
      ['plugin::newsroom.article', 'en', 5, 17],
      ['plugin::newsroom.article', 'fr', 3, 9],
    ]);
    expect(changedContent(before, after)).toEqual([{ uid: 'plugin::newsroom.article', locale: 'en' }]);
  });

  it('finds a locale that appeared or disappeared', () => {
    const after = fingerprint([
      ['api::post.post', '', 10, 40],
      ['plugin::newsroom.article', 'en', 5, 12],
      ['plugin::newsroom.article', 'de', 1, 13],
    ]);
    expect(changedContent(before, after)).toEqual([
      { uid: 'plugin::newsroom.article', locale: 'fr' },
      { uid: 'plugin::newsroom.article', locale: 'de' },
    ]);
  });

  it('treats everything as changed when the content before is unknown', () => {
    expect(changedContent(null, before)).toHaveLength(3);
  });
});
