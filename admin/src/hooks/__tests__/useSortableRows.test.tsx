/** @jest-environment jsdom */
import * as React from 'react';
import { act, renderHook } from '@testing-library/react';
import { IntlProvider } from 'react-intl';

import { useSortableRows, type SortableRow } from '../useSortableRows';

const A = { documentId: 'a', title: 'Plan' };
const B = { documentId: 'b', title: 'Bridge' };
const C = { documentId: 'c', title: 'Opening' };
const SAVED: SortableRow[] = [A, B, C];

const wrapper = ({ children }: { children: React.ReactNode }) => (
  <IntlProvider locale="en" messages={{}}>
    {children}
  </IntlProvider>
);

const render = (saved: SortableRow[] | undefined) => {
  const onSave = jest.fn();
  const hook = renderHook(({ saved }) => useSortableRows({ saved, disabled: false, onSave }), { wrapper, initialProps: { saved } });
  const ids = () => hook.result.current.items.map((row) => row.documentId);
  const row = (item: SortableRow) => hook.result.current.reorder(item);
  return { ...hook, onSave, ids, row };
};

describe('useSortableRows', () => {
  it('shows the saved rows, nothing picked', () => {
    const { ids, row } = render(SAVED);
    expect(ids()).toEqual(['a', 'b', 'c']);
    expect(SAVED.map((item) => row(item).picked)).toEqual([false, false, false]);
  });

  it('shows nothing until the saved rows are loaded', () => {
    expect(render(undefined).ids()).toEqual([]);
  });

  it('picks up a row and says where it is and how to move it', () => {
    const { result, row } = render(SAVED);
    act(() => row(B).onGrab(1));
    expect(row(B).picked).toBe(true);
    expect(row(A).picked).toBe(false);
    expect(result.current.announcement).toBe(
      'Bridge, picked up. Current position: 2 of 3. Press the up and down arrows to move it, Space to drop, Escape to cancel.'
    );
  });

  it('moves the picked row and announces its new position, saving nothing yet', () => {
    const { result, ids, row, onSave } = render(SAVED);
    act(() => row(B).onGrab(1));
    act(() => row(B).onMove(1, 0));
    expect(ids()).toEqual(['b', 'a', 'c']);
    expect(result.current.announcement).toBe('Bridge, moved. New position: 1 of 3.');
    expect(onSave).not.toHaveBeenCalled();
  });

  it('saves the whole new sequence on a drop, and announces the final position', () => {
    const { result, row, onSave } = render(SAVED);
    act(() => row(A).onGrab(0));
    act(() => row(A).onMove(0, 1));
    act(() => row(A).onMove(1, 2));
    act(() => row(A).onDrop());
    expect(onSave).toHaveBeenCalledTimes(1);
    expect(onSave.mock.calls[0][0].map((item: SortableRow) => item.documentId)).toEqual(['b', 'c', 'a']);
    expect(row(A).picked).toBe(false);
    expect(result.current.announcement).toBe('Plan, dropped. Final position: 3 of 3.');
  });

  it('shows the saved order again on a cancel, and says where the row is back', () => {
    const { result, ids, row, onSave } = render(SAVED);
    act(() => row(C).onGrab(2));
    act(() => row(C).onMove(2, 1));
    act(() => row(C).onCancel());
    expect(ids()).toEqual(['a', 'b', 'c']);
    expect(result.current.itemsRef.current.map((item) => item.documentId)).toEqual(['a', 'b', 'c']);
    expect(row(C).picked).toBe(false);
    expect(result.current.announcement).toBe('Move cancelled. Opening is back at position 3 of 3.');
    expect(onSave).not.toHaveBeenCalled();
  });

  it('shows the saved rows again when they reload (after a save or a refused change)', () => {
    const { rerender, ids, row } = render(SAVED);
    act(() => row(A).onMove(0, 2));
    expect(ids()).toEqual(['b', 'c', 'a']);
    rerender({ saved: [C, A] });
    expect(ids()).toEqual(['c', 'a']);
  });

  it('shows what an editor gives it (a refused change restores the list it saved last)', () => {
    const { result, ids, row } = render(SAVED);
    act(() => row(A).onMove(0, 2));
    act(() => result.current.show(SAVED));
    expect(ids()).toEqual(['a', 'b', 'c']);
    expect(result.current.itemsRef.current).toBe(SAVED);
  });

  it('passes the disabled state and the instructions on to every row', () => {
    const { result, row } = render(SAVED);
    expect(row(A).disabled).toBe(false);
    expect(row(A).instructionsId).toBe(result.current.instructionsId);
  });
});
