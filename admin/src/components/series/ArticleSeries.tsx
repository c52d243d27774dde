import * as React from 'react';
import { Divider, Flex, Loader, Typography } from '@strapi/design-system';
import { useNotification, useRBAC } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';

import type { ContentTypeSettings } from '../../../../contracts/content-types';
import { PERMISSIONS } from '../../permissions';
import {
  useGetNewsroomArticleSeriesQuery,
  useLazyGetNewsroomSeriesArticlesQuery,
  useSetNewsroomSeriesArticlesMutation,
  type SeriesListItem,
} from '../../services/series';
import { getTranslation } from '../../utils/getTranslation';
import { insertAt, move, removeAt } from '../../utils/sequence';
import { PanelNote } from '../PanelNote';
import { RefusedChange } from '../workspace/RefusedChange';
import { SeriesMembership } from './SeriesMembership';
import { SeriesPicker } from './SeriesPicker';

interface ArticleSeriesProps {
  contentType: ContentTypeSettings;
  documentId: string;
  locale?: string;
  /** The published tab shows the series; edits belong to the draft lists. */
  isPublishedTab: boolean;
}

/** How an edit changes a series' list, given where the article is in it (-1: not in it). */
type ListEdit = (articles: string[], at: number) => string[] | null;

/**
 * The Series panel's content: every series the article is in (their draft lists),
 * its place and neighbors in each, and the edits of those lists. Each edit reads
 * the series' current list and saves it whole (`PUT /newsroom/series/:id/articles`),
 * so an edit made elsewhere meanwhile is kept.
 */
export const ArticleSeries = ({ contentType, documentId, locale, isPublishedTab }: ArticleSeriesProps) => {
  const { formatMessage } = useIntl();
  const { toggleNotification } = useNotification();
  const { allowedActions, isLoading: isLoadingPermissions } = useRBAC(PERMISSIONS.series);
  const canRead = !isLoadingPermissions && Boolean(allowedActions.canRead);
  const { data: memberships, error: loadError } = useGetNewsroomArticleSeriesQuery(
    { type: contentType.uid, documentId, locale },
    { skip: !canRead }
  );
  const [loadSeries] = useLazyGetNewsroomSeriesArticlesQuery();
  const [setArticles, { isLoading: isSaving }] = useSetNewsroomSeriesArticlesMutation();
  const canEdit = !isPublishedTab && !isLoadingPermissions && Boolean(allowedActions.canUpdate);
  const [refused, setRefused] = React.useState<unknown>(null);
  const [pickerKey, setPickerKey] = React.useState(0);

  const edit = async (series: { documentId: string; locale?: string | null }, change: ListEdit) => {
    setRefused(null);
    const seriesLocale = series.locale ?? undefined;
    try {
      const current = await loadSeries({ documentId: series.documentId, locale: seriesLocale }).unwrap();
      const ids = current.articles.map((article) => article.documentId);
      const next = change(ids, ids.indexOf(documentId));
      if (next) {
        await setArticles({ documentId: series.documentId, locale: seriesLocale, articles: next }).unwrap();
        toggleNotification({
          type: 'success',
          message: formatMessage({ id: getTranslation('series.saved'), defaultMessage: 'Series saved' }),
        });
      }
    } catch (error) {
      setRefused(error);
    } finally {
      setPickerKey((key) => key + 1);
    }
  };

  const moveBy =
    (delta: number): ListEdit =>
    (articles, at) => {
      const to = at + delta;
      return at < 0 || to < 0 || to >= articles.length ? null : move(articles, at, to);
    };
  const remove: ListEdit = (articles, at) => (at < 0 ? null : removeAt(articles, at));
  const append: ListEdit = (articles, at) => (at >= 0 ? null : insertAt(articles, documentId, articles.length));

  if (!isLoadingPermissions && !canRead) {
    return (
      <PanelNote>
        {formatMessage({ id: getTranslation('series.section.forbidden'), defaultMessage: 'You are not allowed to see series.' })}
      </PanelNote>
    );
  }

  if (!memberships && !loadError) {
    return <Loader small>{formatMessage({ id: getTranslation('series.loading'), defaultMessage: 'Loading the series…' })}</Loader>;
  }

  if (!memberships) {
    return (
      <PanelNote>
        {formatMessage({ id: getTranslation('series.load.failed'), defaultMessage: 'The series of this article could not be loaded.' })}
      </PanelNote>
    );
  }

  return (
    <Flex direction="column" alignItems="stretch" gap={4} width="100%" data-testid="newsroom-series-panel">
      {refused ? <RefusedChange error={refused} known={[]} onClose={() => setRefused(null)} /> : null}

      {memberships.length === 0 ? (
        <PanelNote>{formatMessage({ id: getTranslation('series.none'), defaultMessage: 'This article is in no series.' })}</PanelNote>
      ) : (
        memberships.map((membership) => (
          <SeriesMembership
            key={`${membership.series.documentId}-${membership.series.locale}`}
            contentType={contentType}
            membership={membership}
            locale={locale}
            editing={
              canEdit
                ? {
                    disabled: isSaving,
                    onMove: (delta) => void edit(membership.series, moveBy(delta)),
                    onRemove: () => void edit(membership.series, remove),
                  }
                : undefined
            }
          />
        ))
      )}

      {canEdit ? (
        <>
          <Divider />
          <SeriesPicker
            key={pickerKey}
            type={contentType.uid}
            locale={locale}
            exclude={memberships.map((membership) => membership.series.documentId)}
            disabled={isSaving}
            onPick={(series: SeriesListItem) => void edit(series, append)}
          />
          <Typography variant="pi" textColor="neutral600">
            {formatMessage({
              id: getTranslation('series.publish-hint'),
              defaultMessage: 'Changes reach readers when the series is published.',
            })}
          </Typography>
        </>
      ) : null}

      {!canEdit && !isLoadingPermissions ? (
        <Typography variant="pi" textColor="neutral600">
          {isPublishedTab
            ? formatMessage({ id: getTranslation('series.read-only.published'), defaultMessage: 'Series are edited on the draft.' })
            : formatMessage({
                id: getTranslation('series.read-only.permission'),
                defaultMessage: 'You can see the series but not change them.',
              })}
        </Typography>
      ) : null}
    </Flex>
  );
};
