import { fireEvent, screen, waitFor, within } from '@testing-library/react';

import { sent } from './strapi-admin';

/** The titles of an open list's rows (a reading order or a series), in the order shown. */
export const rowTitles = () => screen.queryAllByTestId('newsroom-chain-article').map((row) => within(row).getByRole('link').textContent);

/** A row's drag handle, which also moves it with the keyboard. */
export const moveHandle = (title: string) => screen.getByRole('button', { name: `Move “${title}”` });

/** Presses keys on a row's handle, one after the other: Space picks up and drops, the arrows move, Escape cancels. */
export const pressOn = (title: string, ...keys: string[]) => {
  for (const key of keys) fireEvent.keyDown(moveHandle(title), { key });
};

/** The requests that changed something, in order. */
export const changes = (method = 'PUT') => sent.filter((request) => request.method === method);

/** Waits until the list shows `titles` and takes keys again (not while a save or a reload is running). */
export const untilEditable = async (titles: string[]) => {
  await waitFor(() => expect(rowTitles()).toEqual(titles));
  await waitFor(() => expect(moveHandle(titles[0])).toHaveProperty('disabled', false));
};
