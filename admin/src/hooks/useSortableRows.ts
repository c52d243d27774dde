import * as React from 'react';
import { useIntl } from 'react-intl';

import { getTranslation } from '../utils/getTranslation';
import { move } from '../utils/sequence';

/** What a sortable row needs to be announced and saved. */
export interface SortableRow {
  documentId: string;
  title: string;
}

/** A row's part in a reorder: what `SortableArticle` calls while it is dragged or moved with the keyboard. */
export interface RowReorder {
  disabled: boolean;
  /** Whether the keyboard picked this row up (Space on its handle). */
  picked: boolean;
  /** The id of the instructions the handle is described by. */
  instructionsId: string;
  onGrab: (index: number) => void;
  onMove: (from: number, to: number) => void;
  onDrop: () => void;
  onCancel: () => void;
}

interface Picked {
  documentId: string;
  from: number;
}

/**
 * A list the editor reorders by dragging or with the keyboard and saves as a whole:
 * the rows shown (the saved ones until a move), the screen-reader announcements of
 * each step, and the reorder part of every row. A drop saves the new sequence; a
 * cancel or a refused save shows the saved one again (`show`).
 */
export const useSortableRows = <Row extends SortableRow>({
  saved,
  disabled,
  onSave,
}: {
  saved: Row[] | undefined;
  disabled: boolean;
  onSave: (next: Row[]) => void;
}) => {
  const { formatMessage } = useIntl();
  const instructionsId = React.useId();
  const [items, setItems] = React.useState<Row[]>([]);
  // Drag events read the list between renders.
  const itemsRef = React.useRef(items);
  const [picked, setPicked] = React.useState<Picked | null>(null);
  const [announcement, setAnnouncement] = React.useState('');

  const show = React.useCallback((next: Row[]) => {
    itemsRef.current = next;
    setItems(next);
  }, []);

  React.useEffect(() => {
    if (saved) show(saved);
  }, [saved, show]);

  const place = (index: number) => ({ position: index + 1, count: itemsRef.current.length });

  const reorder = (row: Row): RowReorder => ({
    disabled,
    picked: picked?.documentId === row.documentId,
    instructionsId,
    onGrab: (index) => {
      setPicked({ documentId: row.documentId, from: index });
      setAnnouncement(
        formatMessage(
          {
            id: getTranslation('workspace.chain.a11y.grabbed'),
            defaultMessage:
              '{title}, picked up. Current position: {position} of {count}. Press the up and down arrows to move it, Space to drop, Escape to cancel.',
          },
          { title: row.title, ...place(index) }
        )
      );
    },
    onMove: (from, to) => {
      show(move(itemsRef.current, from, to));
      setAnnouncement(
        formatMessage(
          { id: getTranslation('workspace.chain.a11y.moved'), defaultMessage: '{title}, moved. New position: {position} of {count}.' },
          { title: row.title, ...place(to) }
        )
      );
    },
    onDrop: () => {
      const current = itemsRef.current;
      const at = current.findIndex((item) => item.documentId === row.documentId);
      setPicked(null);
      setAnnouncement(
        formatMessage(
          {
            id: getTranslation('workspace.chain.a11y.dropped'),
            defaultMessage: '{title}, dropped. Final position: {position} of {count}.',
          },
          { title: row.title, ...place(at) }
        )
      );
      onSave(current);
    },
    onCancel: () => {
      const from = saved?.findIndex((item) => item.documentId === row.documentId) ?? 0;
      setPicked(null);
      if (saved) show(saved);
      setAnnouncement(
        formatMessage(
          {
            id: getTranslation('workspace.chain.a11y.cancelled'),
            defaultMessage: 'Move cancelled. {title} is back at position {position} of {count}.',
          },
          { title: row.title, ...place(from) }
        )
      );
    },
  });

  return { items, itemsRef, show, reorder, announcement, instructionsId };
};
