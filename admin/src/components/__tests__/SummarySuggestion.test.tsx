/** @jest-environment jsdom */
import { fireEvent, screen, within } from '@testing-library/react';

import { renderInAdmin } from '../../__tests__/support/render';
import { answerRequests } from '../../__tests__/support/strapi-admin';
import { SummarySuggestion } from '../SummarySuggestion';

const SENTENCES = [
  { text: 'The council approved the tram line on Tuesday.', score: 1, index: 0 },
  { text: 'Works start next spring.', score: 0.5, index: 3 },
];
const KEY_POINTS = [
  'The council approved the tram line on Tuesday.',
  'The line links the station to the university.',
  'Works start next spring.',
];

const suggestion = (keyPoints: string[]) => ({
  data: { data: { summary: SENTENCES.map((sentence) => sentence.text).join(' '), sentences: SENTENCES, keyPoints, length: 'short' } },
});

const renderSuggestion = () =>
  renderInAdmin(<SummarySuggestion type="plugin::newsroom.article" body={[]} locale="en" hasText onAccept={jest.fn()} />);

describe('SummarySuggestion', () => {
  it('previews the key points readers would get under the suggested paragraph, in their order', async () => {
    answerRequests(() => suggestion(KEY_POINTS));
    renderSuggestion();
    fireEvent.click(screen.getByRole('button', { name: 'Suggest summary' }));
    const preview = await screen.findByTestId('newsroom-suggested-key-points');
    expect(within(preview).getByRole('heading', { name: 'Key points' })).toBeTruthy();
    expect(
      within(preview)
        .getAllByRole('listitem')
        .map((item) => item.textContent)
    ).toEqual(KEY_POINTS);
    expect(preview.textContent).toContain('format=keypoints (short, from the word count)');
  });

  it('says so when the body has no whole sentence to make a key point of', async () => {
    answerRequests(() => suggestion([]));
    renderSuggestion();
    fireEvent.click(screen.getByRole('button', { name: 'Suggest summary' }));
    const preview = await screen.findByTestId('newsroom-suggested-key-points');
    expect(within(preview).queryAllByRole('listitem')).toHaveLength(0);
    expect(preview.textContent).toContain('The body has no whole sentence to make a key point of.');
  });
});
