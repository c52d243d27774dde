/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';

import type { OrderArticle } from '../../../../../contracts/orders';
import { renderInAdmin } from '../../../__tests__/support/render';
import { ARTICLE_TYPE, article, refusal } from '../../../__tests__/support/fixtures';
import { changes, pressOn, rowTitles, untilEditable } from '../../../__tests__/support/sortable';
import { answerRequests, sent, toggleNotification, type SentRequest } from '../../../__tests__/support/strapi-admin';
import { ChainEditor } from '../ChainEditor';

const PLAN = article('Plan');
const BRIDGE = article('Bridge');
const OPENING = article('Opening', 'draft');
const LETTERS = article('Letters');

/** The server: one reading order, saved as each accepted PUT says; `refuse` answers the next PUT with a refusal. */
const server = (chain: OrderArticle[], { hidden = 0 } = {}) => {
  const state = { chain, refuse: null as null | ReturnType<typeof refusal> };
  const detail = () => ({ articles: state.chain, publishedOrder: [], staged: false, loop: false, hidden });
  answerRequests(({ method, url, data }: SentRequest) => {
    if (method === 'PUT') {
      if (state.refuse) return state.refuse;
      const order = (data as { order: string[] }).order;
      state.chain = order.map((id) => [PLAN, BRIDGE, OPENING, LETTERS].find((known) => known.documentId === id)!);
      return { data: { data: { ...detail(), apply: 'draft', removed: [], taken: [] } } };
    }
    if (url === '/newsroom/orders') {
      const unlinked = [LETTERS].filter((candidate) => !state.chain.includes(candidate));
      const pagination = { page: 1, pageSize: 10, total: unlinked.length, pageCount: 1 };
      return { data: { data: { chains: [], unlinked }, meta: { chains: pagination, unlinked: pagination, articles: 4, hidden: 0 } } };
    }
    return { data: { data: detail() } };
  });
  return state;
};

const render = ({ canEdit = true } = {}) => {
  const onOpen = jest.fn();
  renderInAdmin(
    <ChainEditor
      contentType={ARTICLE_TYPE}
      locale="en"
      documentId="plan"
      chains={[]}
      canEdit={canEdit}
      onOpen={onOpen}
      onClose={jest.fn()}
    />
  );
  return { onOpen };
};

describe('ChainEditor', () => {
  beforeEach(() => toggleNotification.mockClear());

  it('shows the reading order the server holds', async () => {
    server([PLAN, BRIDGE, OPENING]);
    render();
    await untilEditable(['Plan', 'Bridge', 'Opening']);
    expect(sent[0]).toMatchObject({ url: '/newsroom/orders/plan', params: { type: ARTICLE_TYPE.uid, locale: 'en' } });
    expect(screen.getByRole('heading', { name: 'Reading order of “Plan” (3 articles)' })).toBeTruthy();
  });

  it('moves an article with the keyboard and saves the whole new order, staged with the drafts', async () => {
    const saved = server([PLAN, BRIDGE, OPENING]);
    const { onOpen } = render();
    await untilEditable(['Plan', 'Bridge', 'Opening']);

    pressOn('Bridge', ' ', 'ArrowUp');
    expect(rowTitles()).toEqual(['Bridge', 'Plan', 'Opening']);
    expect(changes()).toEqual([]);
    pressOn('Bridge', ' ');

    await waitFor(() => expect(changes()).toHaveLength(1));
    // The route names an article that stays in the order: its new first one.
    expect(changes()[0]).toMatchObject({ url: '/newsroom/orders/bridge', data: { order: ['bridge', 'plan', 'opening'], apply: 'draft' } });
    await waitFor(() => expect(onOpen).toHaveBeenCalledWith('bridge'));
    expect(toggleNotification).toHaveBeenCalledWith({ type: 'success', message: 'Reading order saved' });
    expect(saved.chain.map((item) => item.title)).toEqual(['Bridge', 'Plan', 'Opening']);
  });

  it('saves nothing when Escape cancels a move, and shows the order as it was', async () => {
    server([PLAN, BRIDGE, OPENING]);
    render();
    await untilEditable(['Plan', 'Bridge', 'Opening']);
    pressOn('Plan', 'Enter', 'ArrowDown');
    expect(rowTitles()).toEqual(['Bridge', 'Plan', 'Opening']);
    pressOn('Plan', 'Escape');
    expect(rowTitles()).toEqual(['Plan', 'Bridge', 'Opening']);
    expect(screen.getByTestId('newsroom-reorder-announcement').textContent).toBe('Move cancelled. Plan is back at position 1 of 3.');
    expect(changes()).toEqual([]);
  });

  it('applies a change to the published order when the editor says so', async () => {
    server([PLAN, BRIDGE, OPENING]);
    render();
    await untilEditable(['Plan', 'Bridge', 'Opening']);
    fireEvent.click(screen.getByRole('radio', { name: /^Apply to the published order now/ }));
    pressOn('Opening', ' ', 'ArrowUp', ' ');
    await waitFor(() => expect(changes()).toHaveLength(1));
    expect(changes()[0].data).toEqual({ order: ['plan', 'opening', 'bridge'], apply: 'published' });
  });

  it('explains a refused change and shows the saved order again', async () => {
    const saved = server([PLAN, BRIDGE, OPENING]);
    saved.refuse = refusal('Bridge is in another reading order', { rule: 'duplicate', articles: ['bridge'] });
    render();
    await untilEditable(['Plan', 'Bridge', 'Opening']);
    pressOn('Opening', ' ', 'ArrowUp', 'ArrowUp');
    expect(rowTitles()).toEqual(['Opening', 'Plan', 'Bridge']);
    pressOn('Opening', ' ');

    await screen.findByText('Change refused');
    expect(rowTitles()).toEqual(['Plan', 'Bridge', 'Opening']);
    expect(screen.getByTestId('newsroom-refused-message').textContent).toBe('Bridge is in another reading order');
    expect(screen.getByText('Articles involved: Bridge')).toBeTruthy();
    expect(toggleNotification).not.toHaveBeenCalled();
  });

  it('removes an article, and splits the order after another', async () => {
    server([PLAN, BRIDGE, OPENING]);
    render();
    await untilEditable(['Plan', 'Bridge', 'Opening']);
    fireEvent.click(screen.getByRole('button', { name: 'Remove “Bridge”' }));
    await waitFor(() => expect(changes()).toHaveLength(1));
    expect(changes()[0].data).toMatchObject({ order: ['plan', 'opening'] });

    await untilEditable(['Plan', 'Opening']);
    fireEvent.click(within(screen.getAllByTestId('newsroom-chain-article')[0]).getByRole('button', { name: 'Split after' }));
    await waitFor(() => expect(changes()).toHaveLength(2));
    expect(changes()[1].data).toMatchObject({ order: ['plan'] });
  });

  it('inserts an unlinked article at the position the editor gives', async () => {
    server([PLAN, BRIDGE, OPENING]);
    render();
    await untilEditable(['Plan', 'Bridge', 'Opening']);
    fireEvent.change(screen.getByLabelText('At position'), { target: { value: '2' } });
    fireEvent.click(await screen.findByRole('button', { name: 'Insert “Letters”' }));
    await waitFor(() => expect(changes()).toHaveLength(1));
    expect(changes()[0].data).toMatchObject({ order: ['plan', 'letters', 'bridge', 'opening'] });
  });

  it('offers no edit to an editor without the update permission', async () => {
    server([PLAN, BRIDGE, OPENING]);
    render({ canEdit: false });
    await waitFor(() => expect(rowTitles()).toEqual(['Plan', 'Bridge', 'Opening']));
    expect(screen.queryAllByRole('button', { name: /^Move “/ })).toEqual([]);
    expect(screen.queryAllByRole('radio')).toEqual([]);
    expect(screen.queryByRole('button', { name: /^Remove/ })).toBeNull();
  });

  it('offers no edit of an order holding articles the editor may not read (a reorder names them all)', async () => {
    server([PLAN, BRIDGE], { hidden: 2 });
    render();
    await waitFor(() => expect(rowTitles()).toEqual(['Plan', 'Bridge']));
    expect(screen.getByTestId('newsroom-chain-hidden').textContent).toContain('2 articles your role may not read');
    expect(screen.queryAllByRole('button', { name: /^Move “/ })).toEqual([]);
  });
});
