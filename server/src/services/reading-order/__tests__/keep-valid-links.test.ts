import { errors } from '@strapi/utils';

import { prepareKeepingValidLinks } from '../keep-valid-links';
import type { LinkIntents } from '../link-input';

const fields = { previous: 'previousArticle', next: 'nextArticle' };
const set = (documentId: string) => ({ kind: 'set', ref: { documentId } }) as const;
const unchanged = { kind: 'unchanged' } as const;
const violation = (rule: string, field?: string) =>
  new errors.ValidationError(`broke ${rule}`, { rule, ...(field ? { field } : {}), articles: [] });

/** A `prepare` that refuses any intent set listed in `refused` (by side), like the link rules would. */
const preparer = (refuse: (links: LinkIntents) => Error | null) => {
  const attempts: LinkIntents[] = [];
  const prepare = async (links: LinkIntents) => {
    attempts.push(links);
    const error = refuse(links);
    if (error) throw error;
    return links;
  };
  return { prepare, attempts };
};

describe('prepareKeepingValidLinks (a restore keeps what still fits)', () => {
  it('prepares both links at once when they fit', async () => {
    const { prepare, attempts } = preparer(() => null);
    const result = await prepareKeepingValidLinks({ previous: set('a'), next: set('b') }, fields, prepare);
    expect(result).toEqual({ prepared: { previous: set('a'), next: set('b') }, dropped: [] });
    expect(attempts).toHaveLength(1);
  });

  it('drops the next link first when a loop names no field', async () => {
    const { prepare } = preparer((links) => (links.next.kind === 'set' ? violation('cycle') : null));
    const result = await prepareKeepingValidLinks({ previous: set('a'), next: set('b') }, fields, prepare);
    expect(result.prepared).toEqual({ previous: set('a'), next: unchanged });
    expect(result.dropped).toEqual([{ field: 'nextArticle', wanted: { documentId: 'b' }, rule: 'cycle', message: 'broke cycle' }]);
  });

  it('drops the side an error names, by either of its names', async () => {
    const { prepare } = preparer((links) => (links.previous.kind === 'set' ? violation('locale-mismatch', 'previousArticle') : null));
    const result = await prepareKeepingValidLinks({ previous: set('a'), next: set('b') }, fields, prepare);
    expect(result.prepared).toEqual({ previous: unchanged, next: set('b') });
    expect(result.dropped.map((entry) => entry.field)).toEqual(['previousArticle']);
  });

  it('drops both sides and prepares nothing when neither fits', async () => {
    const { prepare } = preparer(() => violation('not-found'));
    const result = await prepareKeepingValidLinks({ previous: set('a'), next: set('b') }, fields, prepare);
    expect(result.prepared).toBeNull();
    expect(result.dropped.map((entry) => entry.field)).toEqual(['nextArticle', 'previousArticle']);
  });

  it('throws errors that are not an outdated link (a busy lock, invalid input) as they are', async () => {
    const busy = Object.assign(new Error('busy'), { name: 'ServiceUnavailableError' });
    await expect(prepareKeepingValidLinks({ previous: unchanged, next: set('b') }, fields, preparer(() => busy).prepare)).rejects.toBe(
      busy
    );
    const invalid = violation('invalid-input', 'nextArticle');
    await expect(prepareKeepingValidLinks({ previous: unchanged, next: set('b') }, fields, preparer(() => invalid).prepare)).rejects.toBe(
      invalid
    );
  });
});
