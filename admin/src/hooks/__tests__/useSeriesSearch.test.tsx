/** @jest-environment jsdom */
import { act, waitFor } from '@testing-library/react';

import { renderHookInAdmin } from '../../__tests__/support/render';
import { answerRequests, sent } from '../../__tests__/support/strapi-admin';
import { useSeriesSearch } from '../useSeriesSearch';

const TYPE = 'plugin::newsroom.article';
const PAGE_SIZE = 20;

/** The Content Manager's list of 45 series, `Series 01` to `Series 45`, searched by `_q`. */
const SERIES = Array.from({ length: 45 }, (_, i) => `Series ${String(i + 1).padStart(2, '0')}`);
const answerPages = () =>
  answerRequests(({ params }) => {
    const page = Number(params.page);
    const found = SERIES.filter((title) => title.includes(String(params._q ?? '')));
    const results = found
      .slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE)
      .map((title) => ({ documentId: title, title, slug: title, status: 'draft' }));
    const pagination = { page, pageSize: PAGE_SIZE, pageCount: Math.ceil(found.length / PAGE_SIZE), total: found.length };
    return { data: { results, pagination } };
  });

const render = (query: string, enabled = true) =>
  renderHookInAdmin(({ query, enabled }) => useSeriesSearch({ type: TYPE, locale: 'en', query, enabled }), {
    initialProps: { query, enabled },
  });

describe('useSeriesSearch', () => {
  beforeEach(answerPages);

  it('asks for nothing while the picker is closed', async () => {
    render('', false);
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(sent).toEqual([]);
  });

  it("asks for the type's series in the locale, by title, a page at a time", async () => {
    const { result } = render('');
    await waitFor(() => expect(result.current.series).toHaveLength(20));
    expect(sent).toHaveLength(1);
    expect(sent[0].url).toBe('/content-manager/collection-types/plugin::newsroom.series');
    expect(sent[0].params).toMatchObject({
      page: 1,
      pageSize: PAGE_SIZE,
      locale: 'en',
      sort: 'title:ASC',
      filters: { $and: [{ articleType: { $eq: TYPE } }] },
    });
    expect(sent[0].params._q).toBeUndefined();
    expect(result.current.hasMore).toBe(true);
  });

  it('asks for the next page when the editor scrolls to the end, and appends it', async () => {
    const { result } = render('');
    await waitFor(() => expect(result.current.series).toHaveLength(20));
    act(result.current.loadMore);
    await waitFor(() => expect(result.current.series).toHaveLength(40));
    expect(sent.map((request) => request.params.page)).toEqual([1, 2]);
    expect(result.current.series.map((series) => series.title).slice(18, 22)).toEqual(SERIES.slice(18, 22));

    act(result.current.loadMore);
    await waitFor(() => expect(result.current.series).toHaveLength(45));
    expect(result.current.hasMore).toBe(false);
    act(result.current.loadMore);
    expect(sent.map((request) => request.params.page)).toEqual([1, 2, 3]);
  });

  it('searches again from the first page when the text changes', async () => {
    const { result, rerender } = render('');
    await waitFor(() => expect(result.current.series).toHaveLength(20));
    act(result.current.loadMore);
    await waitFor(() => expect(result.current.series).toHaveLength(40));

    rerender({ query: ' 4 ', enabled: true });
    const titles = SERIES.filter((title) => title.includes('4'));
    await waitFor(() => expect(result.current.series.map((series) => series.title)).toEqual(titles));
    expect(titles).toHaveLength(10);
    expect(sent[2].params).toMatchObject({ page: 1, _q: '4' });
    expect(result.current.hasMore).toBe(false);
  });

  it('says when the series could not be loaded', async () => {
    answerRequests(() => ({ error: { status: 403, name: 'ForbiddenError', message: 'Forbidden' } }));
    const { result } = render('');
    await waitFor(() => expect(result.current.failed).toBe(true));
    expect(result.current.series).toEqual([]);
  });
});
