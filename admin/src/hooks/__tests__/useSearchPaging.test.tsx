/** @jest-environment jsdom */
import { act, renderHook } from '@testing-library/react';

import { useSearchPaging } from '../useSearchPaging';

const render = (search = 'tram') => renderHook(({ search }) => useSearchPaging(search), { initialProps: { search } });

describe('useSearchPaging', () => {
  it('asks for the first page of a new search', () => {
    expect(render().result.current.page).toBe(1);
  });

  it('asks for the page after the last one loaded when the editor scrolls to the end', () => {
    const { result } = render();
    const { hasMore, loadMore } = result.current.more({ page: 1, pageCount: 3 }, false);
    expect(hasMore).toBe(true);
    act(loadMore);
    expect(result.current.page).toBe(2);
    act(result.current.more({ page: 2, pageCount: 3 }, false).loadMore);
    expect(result.current.page).toBe(3);
  });

  it('has no more after the last page, and asks for nothing then', () => {
    const { result } = render();
    const { hasMore, loadMore } = result.current.more({ page: 3, pageCount: 3 }, false);
    expect(hasMore).toBe(false);
    act(loadMore);
    expect(result.current.page).toBe(1);
  });

  it('asks for nothing while a page is still loading', () => {
    const { result } = render();
    act(result.current.more({ page: 1, pageCount: 3 }, true).loadMore);
    expect(result.current.page).toBe(1);
  });

  it('has no more before the first answer', () => {
    expect(render().result.current.more(undefined, false).hasMore).toBe(false);
  });

  it('starts again from the first page when the search changes', () => {
    const { result, rerender } = render('tram');
    act(result.current.more({ page: 1, pageCount: 3 }, false).loadMore);
    expect(result.current.page).toBe(2);
    rerender({ search: 'bridge' });
    expect(result.current.page).toBe(1);
  });
});
