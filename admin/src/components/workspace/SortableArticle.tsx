import * as React from 'react';
import { Box, Button, Flex, IconButton, Link, Typography } from '@strapi/design-system';
import { Drag } from '@strapi/icons';
import { useDrag, useDrop } from 'react-dnd';
import { useIntl } from 'react-intl';
import { NavLink } from 'react-router-dom';

import type { ContentTypeSettings } from '../../../../contracts/content-types';
import type { OrderArticle } from '../../../../contracts/orders';
import type { RowReorder } from '../../hooks/useSortableRows';
import { articleEditPath } from '../../utils/articles';
import { getTranslation } from '../../utils/getTranslation';
import { StatusBadge } from '../StatusBadge';

/** The react-dnd item type of a row: rows only accept rows of the same list. */
export const ARTICLE_ROW = 'newsroom-order-article';

interface DraggedRow {
  documentId: string;
  /** Where the row is now, updated as the list reorders under the pointer. */
  index: number;
}

interface SortableArticleProps {
  contentType: ContentTypeSettings;
  locale?: string;
  article: Pick<OrderArticle, 'documentId' | 'title' | 'status'>;
  index: number;
  count: number;
  /** Absent for an editor without the update permission: no handle, no actions. */
  editing?: RowReorder & {
    onRemove: (index: number) => void;
    /** Reading orders only: ends the chain after this row. */
    onSplit?: (index: number) => void;
  };
}

/**
 * One article of an open list (a reading order or a series). The handle drags with the pointer (react-dnd,
 * whose provider the Strapi admin already mounts) and with the keyboard, as the
 * Content Manager's relation lists do: Space or Enter picks up and drops, the
 * arrows move, Escape cancels.
 */
export const SortableArticle = ({ contentType, locale, article, index, count, editing }: SortableArticleProps) => {
  const { formatMessage } = useIntl();
  const rowRef = React.useRef<HTMLLIElement>(null);
  const handleRef = React.useRef<HTMLButtonElement>(null);
  const canDrag = Boolean(editing && !editing.disabled);

  const [{ isDragging }, drag, preview] = useDrag(
    () => ({
      type: ARTICLE_ROW,
      item: (): DraggedRow => ({ documentId: article.documentId, index }),
      canDrag,
      collect: (monitor) => ({ isDragging: monitor.isDragging() }),
      end: (_item, monitor) => (monitor.didDrop() ? editing?.onDrop() : editing?.onCancel()),
    }),
    [article.documentId, index, canDrag, editing]
  );

  const [, drop] = useDrop(
    () => ({
      accept: ARTICLE_ROW,
      hover: (dragged: DraggedRow) => {
        if (!editing || dragged.index === index) return;
        editing.onMove(dragged.index, index);
        dragged.index = index;
      },
    }),
    [index, editing]
  );

  drag(handleRef);
  drop(preview(rowRef));

  // React moves the row's node when the list reorders, which takes the focus away from its handle.
  const picked = editing?.picked ?? false;
  React.useEffect(() => {
    if (picked) handleRef.current?.focus();
  }, [picked, index]);

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (!editing || editing.disabled) return;
    const { key } = event;
    if (!picked) {
      if (key === ' ' || key === 'Enter') {
        event.preventDefault();
        editing.onGrab(index);
      }
      return;
    }
    if (key === 'ArrowUp' || key === 'ArrowDown') {
      event.preventDefault();
      const to = key === 'ArrowUp' ? index - 1 : index + 1;
      if (to >= 0 && to < count) editing.onMove(index, to);
    } else if (key === ' ' || key === 'Enter') {
      event.preventDefault();
      editing.onDrop();
    } else if (key === 'Escape') {
      event.preventDefault();
      editing.onCancel();
    }
  };

  return (
    <Box
      ref={rowRef}
      tag="li"
      data-testid="newsroom-chain-article"
      padding={2}
      hasRadius
      borderColor={picked ? 'primary600' : 'neutral150'}
      background={isDragging ? 'primary100' : 'neutral0'}
      style={{ opacity: isDragging ? 0.5 : 1 }}
    >
      <Flex gap={3}>
        {editing ? (
          <IconButton
            ref={handleRef}
            variant="ghost"
            withTooltip={false}
            disabled={editing.disabled}
            aria-pressed={picked}
            aria-describedby={editing.instructionsId}
            onKeyDown={onKeyDown}
            onClick={(event: React.MouseEvent) => event.preventDefault()}
            label={formatMessage(
              { id: getTranslation('workspace.chain.drag'), defaultMessage: 'Move “{title}”' },
              { title: article.title }
            )}
            style={{ cursor: 'grab' }}
          >
            <Drag />
          </IconButton>
        ) : null}
        <Typography variant="omega" textColor="neutral600" style={{ minWidth: '2em' }}>
          {index + 1}
        </Typography>
        <Box grow={1} minWidth={0}>
          <Link tag={NavLink} to={articleEditPath(contentType, article.documentId, locale ?? null)}>
            {article.title}
          </Link>
        </Box>
        <StatusBadge status={article.status} />
        {editing ? (
          <>
            {editing.onSplit ? (
              <Button
                variant="tertiary"
                size="S"
                disabled={editing.disabled || index === count - 1}
                onClick={() => editing.onSplit?.(index)}
              >
                {formatMessage({ id: getTranslation('workspace.chain.split'), defaultMessage: 'Split after' })}
              </Button>
            ) : null}
            <Button
              variant="danger-light"
              size="S"
              // A reading order keeps at least one article; a series may become empty.
              disabled={editing.disabled || (editing.onSplit !== undefined && count === 1)}
              aria-label={formatMessage(
                { id: getTranslation('workspace.chain.remove.label'), defaultMessage: 'Remove “{title}”' },
                { title: article.title }
              )}
              onClick={() => editing.onRemove(index)}
            >
              {formatMessage({ id: getTranslation('workspace.chain.remove'), defaultMessage: 'Remove' })}
            </Button>
          </>
        ) : null}
      </Flex>
    </Box>
  );
};
