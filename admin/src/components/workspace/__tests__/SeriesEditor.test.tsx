/** @jest-environment jsdom */
import { fireEvent, screen, waitFor } from '@testing-library/react';

import type { ArticleStatus } from '../../../../../contracts/reading-order';
import type { SeriesMember } from '../../../../../contracts/series';
import { ARTICLE_TYPE, article, refusal } from '../../../__tests__/support/fixtures';
import { renderInAdmin } from '../../../__tests__/support/render';
import { changes, pressOn, rowTitles, untilEditable } from '../../../__tests__/support/sortable';
import { answerRequests, toggleNotification, type SentRequest } from '../../../__tests__/support/strapi-admin';
import { SeriesEditor } from '../SeriesEditor';

const ARTICLES = ['Plan', 'Bridge', 'Opening', 'Letters'].map((title) => article(title));
const member = (title: string, position: number): SeriesMember => ({ ...ARTICLES.find((known) => known.title === title)!, position });

/** The server: one series, its draft list as each accepted PUT says; `refuse` answers the next PUT with a refusal. */
const server = (titles: string[], status: ArticleStatus = 'draft') => {
  const state = { titles, status, refuse: null as null | ReturnType<typeof refusal> };
  const series = () => ({
    series: { documentId: 's1', title: 'The tram', slug: 'the-tram', locale: 'en', articleType: ARTICLE_TYPE.uid, status: state.status },
    articles: state.titles.map(member),
    hidden: 0,
  });
  answerRequests(({ method, url, data }: SentRequest) => {
    if (method === 'PUT') {
      if (state.refuse) return state.refuse;
      const ids = (data as { articles: string[] }).articles;
      state.titles = ids.map((id) => ARTICLES.find((known) => known.documentId === id)!.title);
      state.status = state.status === 'published' ? 'modified' : state.status;
      return { data: { data: series() } };
    }
    if (method === 'POST') {
      state.status = 'published';
      return { data: { data: {} } };
    }
    if (url === '/newsroom/articles/search') {
      const candidates = ARTICLES.map((found) => ({ ...found, previous: null, next: null }));
      return { data: { data: candidates, meta: { pagination: { page: 1, pageSize: 10, total: candidates.length, pageCount: 1 } } } };
    }
    return { data: { data: series() } };
  });
  return state;
};

const render = ({ canEdit = true, canPublish = true } = {}) =>
  renderInAdmin(
    <SeriesEditor contentType={ARTICLE_TYPE} locale="en" documentId="s1" canEdit={canEdit} canPublish={canPublish} onClose={jest.fn()} />
  );

describe('SeriesEditor', () => {
  beforeEach(() => toggleNotification.mockClear());

  it("shows the series' draft list, and that readers do not see it before it is published", async () => {
    server(['Plan', 'Bridge']);
    render();
    await untilEditable(['Plan', 'Bridge']);
    expect(screen.getByRole('heading', { name: 'Series “The tram” (2 articles)' })).toBeTruthy();
    expect(screen.getByText(/^Readers do not see this order yet/)).toBeTruthy();
  });

  it('moves an article with the keyboard and saves the whole list', async () => {
    const saved = server(['Plan', 'Bridge', 'Opening']);
    render();
    await untilEditable(['Plan', 'Bridge', 'Opening']);
    pressOn('Opening', ' ', 'ArrowUp');
    expect(rowTitles()).toEqual(['Plan', 'Opening', 'Bridge']);
    pressOn('Opening', ' ');

    await waitFor(() => expect(changes()).toHaveLength(1));
    expect(changes()[0]).toMatchObject({
      url: '/newsroom/series/s1/articles',
      params: { locale: 'en' },
      data: { articles: ['plan', 'opening', 'bridge'] },
    });
    await waitFor(() => expect(toggleNotification).toHaveBeenCalledWith({ type: 'success', message: 'Series saved' }));
    expect(saved.titles).toEqual(['Plan', 'Opening', 'Bridge']);
    expect(rowTitles()).toEqual(['Plan', 'Opening', 'Bridge']);
  });

  it('explains a refused change and shows the list as last saved', async () => {
    const saved = server(['Plan', 'Bridge', 'Opening']);
    saved.refuse = refusal('Opening is not an article of this type', { articles: ['opening'] });
    render();
    await untilEditable(['Plan', 'Bridge', 'Opening']);
    pressOn('Opening', ' ', 'ArrowUp', 'ArrowUp', ' ');

    await screen.findByText('Change refused');
    expect(rowTitles()).toEqual(['Plan', 'Bridge', 'Opening']);
    expect(screen.getByTestId('newsroom-refused-message').textContent).toBe('Opening is not an article of this type');
    expect(screen.getByText('Articles involved: Opening')).toBeTruthy();
    expect(toggleNotification).not.toHaveBeenCalled();
  });

  it('adds an article at the end, offering only those not in the series', async () => {
    server(['Plan']);
    render();
    await untilEditable(['Plan']);
    expect(screen.queryByRole('button', { name: 'Add “Plan” to the series' })).toBeNull();
    fireEvent.click(await screen.findByRole('button', { name: 'Add “Letters” to the series' }));
    await waitFor(() => expect(changes()).toHaveLength(1));
    expect(changes()[0].data).toEqual({ articles: ['plan', 'letters'] });
    await untilEditable(['Plan', 'Letters']);
  });

  it('removes the last article and says the series holds none', async () => {
    server(['Bridge']);
    render();
    await untilEditable(['Bridge']);
    fireEvent.click(screen.getByRole('button', { name: 'Remove “Bridge”' }));
    await waitFor(() => expect(changes()).toHaveLength(1));
    expect(changes()[0].data).toEqual({ articles: [] });
    await screen.findByText('This series holds no article yet.');
  });

  it('publishes the series through the Content Manager, in its locale', async () => {
    server(['Plan'], 'modified');
    render();
    await untilEditable(['Plan']);
    fireEvent.click(screen.getByRole('button', { name: 'Publish' }));
    await waitFor(() => expect(changes('POST')).toHaveLength(1));
    expect(changes('POST')[0]).toMatchObject({
      url: '/content-manager/collection-types/plugin::newsroom.series/s1/actions/publish',
      data: { locale: 'en' },
      params: { locale: 'en' },
    });
    await screen.findByText('Readers see this order.');
    expect(screen.getByRole('button', { name: 'Publish' })).toHaveProperty('disabled', true);
  });

  it('offers no edit and no publication to an editor without those permissions', async () => {
    server(['Plan', 'Bridge']);
    render({ canEdit: false, canPublish: false });
    await waitFor(() => expect(rowTitles()).toEqual(['Plan', 'Bridge']));
    expect(screen.queryAllByRole('button', { name: /^Move “/ })).toEqual([]);
    expect(screen.queryByRole('button', { name: 'Publish' })).toBeNull();
    expect(screen.queryByLabelText('Search articles by title')).toBeNull();
  });
});
