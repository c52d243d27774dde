/** @jest-environment jsdom */
import { act } from '@testing-library/react';
import { useLocation } from 'react-router-dom';

import { renderHookInAdmin } from '../../__tests__/support/render';
import { tabOf, useWorkspaceQuery } from '../useWorkspaceQuery';

const TYPE = 'plugin::newsroom.article';

/** The hook at `url`, and the address it leaves the page at. */
const render = (url: string) => {
  const hook = renderHookInAdmin(() => ({ workspace: useWorkspaceQuery(), search: useLocation().search }), { url });
  const address = () => Object.fromEntries(new URLSearchParams(hook.result.current.search));
  return { ...hook, address, workspace: () => hook.result.current.workspace };
};

describe('tabOf', () => {
  it('opens the tab a link names', () => {
    expect(tabOf({ tab: 'tools' })).toBe('tools');
    expect(tabOf({ tab: 'orders', series: 's1' })).toBe('orders');
  });

  it('opens the Series tab for a link that names a series (the series edit view links so)', () => {
    expect(tabOf({ series: 's1' })).toBe('series');
  });

  it('opens the reading orders otherwise, or for a tab it does not know', () => {
    expect(tabOf({})).toBe('orders');
    expect(tabOf({ tab: 'settings' })).toBe('orders');
  });
});

describe('useWorkspaceQuery', () => {
  it('reads the type, locale, series and page of a link', () => {
    const { workspace } = render(`/?type=${TYPE}&locale=fr&series=s1&page=3&pageSize=20`);
    expect(workspace()).toMatchObject({ type: TYPE, locale: 'fr', tab: 'series', series: 's1', page: 3, pageSize: 20 });
  });

  it('starts on the first page of ten rows, nothing chosen, when the link says nothing', () => {
    const { workspace } = render('/');
    expect(workspace()).toMatchObject({
      type: undefined,
      locale: undefined,
      tab: 'orders',
      series: undefined,
      order: undefined,
      page: 1,
      pageSize: 10,
    });
  });

  it('takes no page number that is not a whole number from 1', () => {
    expect(render('/?page=0&pageSize=abc').workspace()).toMatchObject({ page: 1, pageSize: 10 });
    expect(render('/?page=2.5').workspace().page).toBe(1);
  });

  it('starts another type or locale afresh: nothing open, the first page, the same tab', () => {
    const { workspace, address } = render(`/?type=${TYPE}&locale=en&tab=series&series=s1&order=a1&page=2`);
    act(() => workspace().choose({ locale: 'fr' }));
    expect(address()).toEqual({ type: TYPE, locale: 'fr', tab: 'series' });
    act(() => workspace().choose({ type: 'api::post.post' }));
    expect(address()).toEqual({ type: 'api::post.post', locale: 'fr', tab: 'series' });
  });

  it("shows another tab on its list's first page, keeping what is open", () => {
    const { workspace, address } = render(`/?type=${TYPE}&series=s1&page=2`);
    act(() => workspace().showTab('tools'));
    expect(address()).toEqual({ type: TYPE, series: 's1', tab: 'tools' });
    expect(workspace().tab).toBe('tools');
  });

  it('opens a series on the Series tab, and closes it', () => {
    const { workspace, address } = render(`/?type=${TYPE}&tab=orders`);
    act(() => workspace().openSeries('s2'));
    expect(address()).toEqual({ type: TYPE, tab: 'series', series: 's2' });
    act(() => workspace().openSeries(undefined));
    expect(address()).toEqual({ type: TYPE, tab: 'series' });
  });

  it('opens a reading order and closes it', () => {
    const { workspace, address } = render(`/?type=${TYPE}`);
    act(() => workspace().openOrder('a1'));
    expect(workspace().order).toBe('a1');
    act(() => workspace().openOrder(undefined));
    expect(address()).toEqual({ type: TYPE });
  });

  it('goes back to the first page for a new search', () => {
    const { workspace, address } = render(`/?type=${TYPE}&page=4`);
    act(() => workspace().firstPage());
    expect(address()).toEqual({ type: TYPE });
  });
});
