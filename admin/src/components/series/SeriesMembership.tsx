import { Button, Flex, Link, Typography } from '@strapi/design-system';
import { ArrowDown, ArrowUp, Cross } from '@strapi/icons';
import { useIntl } from 'react-intl';
import { NavLink } from 'react-router-dom';

import type { ContentTypeSettings } from '../../../../contracts/content-types';
import { SERIES_UID, type ArticleSeriesResponse } from '../../../../contracts/series';
import { articleEditPath } from '../../utils/articles';
import { getTranslation } from '../../utils/getTranslation';
import { StatusBadge } from '../StatusBadge';

interface SeriesMembershipProps {
  contentType: ContentTypeSettings;
  membership: ArticleSeriesResponse['data'][number];
  /** The edited article's locale (its neighbors share it). */
  locale?: string;
  /** Absent for an editor who may not update series. */
  editing?: {
    disabled: boolean;
    /** -1 moves one place earlier, +1 one later. */
    onMove: (delta: -1 | 1) => void;
    onRemove: () => void;
  };
}

/** One series of the edited article: "Part N of M", its neighbors there, and move / remove. */
export const SeriesMembership = ({ contentType, membership, locale, editing }: SeriesMembershipProps) => {
  const { formatMessage } = useIntl();
  const { series, position, total, previous, next } = membership;
  const neighbor = (article: typeof previous, label: string) =>
    article ? (
      <Typography variant="pi" textColor="neutral600">
        {label}{' '}
        <Link tag={NavLink} to={articleEditPath(contentType, article.documentId, locale ?? null)}>
          {article.title}
        </Link>
      </Typography>
    ) : null;

  return (
    <Flex direction="column" alignItems="stretch" gap={2} tag="section" aria-label={series.title} data-testid="newsroom-series-membership">
      <Flex gap={2} justifyContent="space-between" alignItems="flex-start">
        <Link
          tag={NavLink}
          to={articleEditPath({ uid: SERIES_UID, localized: true }, series.documentId, series.locale)}
          aria-label={formatMessage(
            { id: getTranslation('series.open'), defaultMessage: 'Open the series “{title}” in the Content Manager' },
            { title: series.title }
          )}
        >
          {series.title}
        </Link>
        <StatusBadge status={series.status} />
      </Flex>
      <Typography variant="omega" fontWeight="bold" data-testid="newsroom-series-part">
        {formatMessage({ id: getTranslation('series.part'), defaultMessage: 'Part {position} of {total}' }, { position, total })}
      </Typography>
      {neighbor(previous, formatMessage({ id: getTranslation('series.previous'), defaultMessage: 'Previous:' }))}
      {neighbor(next, formatMessage({ id: getTranslation('series.next'), defaultMessage: 'Next:' }))}
      {editing ? (
        <Flex gap={2} wrap="wrap">
          <Button
            variant="tertiary"
            size="S"
            startIcon={<ArrowUp />}
            disabled={editing.disabled || position === 1}
            onClick={() => editing.onMove(-1)}
          >
            {formatMessage({ id: getTranslation('series.move-earlier'), defaultMessage: 'Earlier' })}
          </Button>
          <Button
            variant="tertiary"
            size="S"
            startIcon={<ArrowDown />}
            disabled={editing.disabled || position === total}
            onClick={() => editing.onMove(1)}
          >
            {formatMessage({ id: getTranslation('series.move-later'), defaultMessage: 'Later' })}
          </Button>
          <Button
            variant="danger-light"
            size="S"
            startIcon={<Cross />}
            disabled={editing.disabled}
            onClick={editing.onRemove}
            aria-label={formatMessage(
              { id: getTranslation('series.remove.label'), defaultMessage: 'Remove from the series “{title}”' },
              { title: series.title }
            )}
          >
            {formatMessage({ id: getTranslation('series.remove'), defaultMessage: 'Remove' })}
          </Button>
        </Flex>
      ) : null}
    </Flex>
  );
};
