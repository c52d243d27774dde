import { Button, Flex, Link, Typography } from '@strapi/design-system';
import { Cross } from '@strapi/icons';
import { useIntl } from 'react-intl';
import { NavLink } from 'react-router-dom';

import type { ContentTypeSettings } from '../../../contracts/content-types';
import type { ReadingOrderItem } from '../../../contracts/reading-order';
import { articleEditPath } from '../utils/articles';
import { getTranslation } from '../utils/getTranslation';
import { PanelNote } from './PanelNote';
import { StatusBadge } from './StatusBadge';

interface NeighborLinkProps {
  /** The edited article's type, which its neighbors share. */
  contentType: ContentTypeSettings;
  side: 'previous' | 'next';
  article: ReadingOrderItem | null;
  /** There is a neighbor, but the editor may not read it. */
  hidden?: boolean;
  /** Absent when the editor may not unlink. */
  onRemove?: () => void;
  disabled?: boolean;
}

/** One neighbor of the edited article: its title (opening it), its status, and "Remove". */
export const NeighborLink = ({ contentType, side, article, hidden = false, onRemove, disabled }: NeighborLinkProps) => {
  const { formatMessage } = useIntl();
  const heading =
    side === 'previous'
      ? formatMessage({ id: getTranslation('reading-order.previous'), defaultMessage: 'Previous article' })
      : formatMessage({ id: getTranslation('reading-order.next'), defaultMessage: 'Next article' });

  return (
    <Flex direction="column" alignItems="stretch" gap={1}>
      <Typography variant="sigma" textColor="neutral600" tag="h3">
        {heading}
      </Typography>
      {article ? (
        <>
          <Flex gap={2} justifyContent="space-between" alignItems="flex-start">
            <Link
              tag={NavLink}
              to={articleEditPath(contentType, article.documentId, article.locale)}
              aria-label={formatMessage(
                { id: getTranslation('reading-order.open'), defaultMessage: 'Open “{title}” in the Content Manager' },
                { title: article.title }
              )}
            >
              {article.title}
            </Link>
            <StatusBadge status={article.status} />
          </Flex>
          {onRemove ? (
            <Flex>
              <Button
                variant="danger-light"
                size="S"
                startIcon={<Cross />}
                onClick={onRemove}
                disabled={disabled}
                aria-label={
                  side === 'previous'
                    ? formatMessage({
                        id: getTranslation('reading-order.remove-previous'),
                        defaultMessage: 'Remove the previous article',
                      })
                    : formatMessage({
                        id: getTranslation('reading-order.remove-next'),
                        defaultMessage: 'Remove the next article',
                      })
                }
              >
                {formatMessage({ id: getTranslation('reading-order.remove'), defaultMessage: 'Remove' })}
              </Button>
            </Flex>
          ) : null}
        </>
      ) : (
        <PanelNote>
          {hidden
            ? formatMessage({ id: getTranslation('reading-order.hidden'), defaultMessage: 'An article your role may not read' })
            : formatMessage({ id: getTranslation('reading-order.none'), defaultMessage: 'None' })}
        </PanelNote>
      )}
    </Flex>
  );
};
