import { withDroppedLinks } from '../history-restore';

const dropped = [{ field: 'nextArticle', wanted: { documentId: 'b' }, rule: 'cycle' as const, message: 'loop' }];

describe("the restore answer's report of dropped links", () => {
  it("adds the dropped links under meta.newsroom and keeps Strapi's answer", () => {
    expect(withDroppedLinks({ data: { documentId: 'a' } }, dropped)).toEqual({
      data: { documentId: 'a' },
      meta: { newsroom: { droppedLinks: dropped } },
    });
    expect(withDroppedLinks({ data: {}, meta: { other: 1 } }, dropped)).toEqual({
      data: {},
      meta: { other: 1, newsroom: { droppedLinks: dropped } },
    });
  });

  it('leaves the answer alone when nothing was dropped or it is not an object (an error page, a stream)', () => {
    const body = { data: { documentId: 'a' } };
    expect(withDroppedLinks(body, [])).toBe(body);
    expect(withDroppedLinks(body, undefined)).toBe(body);
    expect(withDroppedLinks('text', dropped)).toBe('text');
    expect(withDroppedLinks(null, dropped)).toBeNull();
  });
});
