import * as React from 'react';
import { Box, Button, Field, Flex, Link, Loader, TextInput, Typography } from '@strapi/design-system';
import { useDebounce } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { NavLink } from 'react-router-dom';

import type { ContentTypeSettings } from '../../../../contracts/content-types';
import type { LinkCandidate } from '../../../../contracts/reading-order';
import { SEARCH_DEBOUNCE_MS } from '../../hooks/useLinkCandidates';
import { useSortableRows } from '../../hooks/useSortableRows';
import { SERIES_UID, type SeriesMember } from '../../../../contracts/series';
import { useSearchNewsroomLinkCandidatesQuery } from '../../services/articles';
import {
  useGetNewsroomSeriesArticlesQuery,
  usePublishNewsroomSeriesMutation,
  useSetNewsroomSeriesArticlesMutation,
} from '../../services/series';
import { articleEditPath } from '../../utils/articles';
import { getTranslation } from '../../utils/getTranslation';
import { insertAt, removeAt } from '../../utils/sequence';
import { StatusBadge } from '../StatusBadge';
import { CandidateList } from './CandidateList';
import { EmptyList } from './EmptyList';
import { RefusedChange } from './RefusedChange';
import { ReorderAnnouncer } from './ReorderAnnouncer';
import { SortableArticle } from './SortableArticle';
import { useNoticedAction } from '../../hooks/useNoticedAction';

interface SeriesEditorProps {
  contentType: ContentTypeSettings;
  locale?: string;
  documentId: string;
  canEdit: boolean;
  canPublish: boolean;
  onClose: () => void;
}

/** Articles offered per search. */
const CANDIDATES = 10;

/** The open series: its draft list, reordered by dragging or with the keyboard, articles added and removed, and its publication. */
export const SeriesEditor = ({ contentType, locale, documentId, canEdit, canPublish, onClose }: SeriesEditorProps) => {
  const { formatMessage } = useIntl();
  const { refused, clearRefused, run } = useNoticedAction();
  const { data: saved, isFetching, isError } = useGetNewsroomSeriesArticlesQuery({ documentId, locale });
  const [setArticles, { isLoading: isSaving }] = useSetNewsroomSeriesArticlesMutation();
  const [publish, { isLoading: isPublishing }] = usePublishNewsroomSeriesMutation();
  const [search, setSearch] = React.useState('');
  const q = useDebounce(search.trim(), SEARCH_DEBOUNCE_MS);

  // The list as last saved: the answer of our last PUT can arrive before the reloaded list does.
  const lastSaved = React.useRef<SeriesMember[]>([]);
  React.useEffect(() => {
    if (saved) lastSaved.current = saved.articles;
  }, [saved]);

  const save = async (next: SeriesMember[]) => {
    if (!saved) return;
    const articles = next.map((article) => article.documentId);
    if (articles.join() === lastSaved.current.map((article) => article.documentId).join()) {
      clearRefused();
      return;
    }
    await run(
      async () => {
        // Shown at once, so the next edit starts from the saved list, not from the one before.
        lastSaved.current = (await setArticles({ documentId, locale, articles }).unwrap()).articles;
        show(lastSaved.current);
      },
      {
        success: formatMessage({ id: getTranslation('series.saved'), defaultMessage: 'Series saved' }),
        onFailure: () => show(lastSaved.current),
      }
    );
  };

  const { items, itemsRef, show, reorder, announcement, instructionsId } = useSortableRows({
    saved: saved?.articles,
    disabled: isSaving || isFetching,
    onSave: (next) => void save(next),
  });

  const { data: found } = useSearchNewsroomLinkCandidatesQuery(
    { type: contentType.uid, locale, q, page: 1, pageSize: CANDIDATES },
    { skip: !canEdit }
  );
  const members = new Set(items.map((article) => article.documentId));
  const candidates = (found?.candidates ?? []).filter((article) => !members.has(article.documentId));

  // Only the ids are saved; the row shows the candidate until the saved list comes back.
  const add = ({ documentId: id, title, slug, status }: LinkCandidate) => {
    const current = itemsRef.current;
    void save(insertAt(current, { documentId: id, title, slug, status, publishedAt: null, position: current.length + 1 }, current.length));
  };
  const isBusy = isSaving || isFetching;

  const publishSeries = () =>
    run(() => publish({ documentId, locale }).unwrap(), {
      success: formatMessage({ id: getTranslation('series.published'), defaultMessage: 'Series published: readers see this order' }),
    });

  if (!saved) {
    return isError ? (
      <Typography textColor="danger600">
        {formatMessage({ id: getTranslation('series.editor.failed'), defaultMessage: 'This series could not be loaded.' })}
      </Typography>
    ) : (
      <Loader small>{formatMessage({ id: getTranslation('series.loading'), defaultMessage: 'Loading the series…' })}</Loader>
    );
  }

  const { series } = saved;
  const isLive = series.status === 'published';

  return (
    <Flex
      direction="column"
      alignItems="stretch"
      gap={4}
      tag="section"
      aria-labelledby="newsroom-series-editor-title"
      data-testid="newsroom-series-editor"
    >
      <Flex justifyContent="space-between" gap={2} wrap="wrap">
        <Flex gap={2}>
          <Typography variant="delta" tag="h3" id="newsroom-series-editor-title">
            {formatMessage(
              { id: getTranslation('series.editor.title'), defaultMessage: 'Series “{title}” ({count} articles)' },
              { title: series.title, count: items.length }
            )}
          </Typography>
          <StatusBadge status={series.status} />
        </Flex>
        <Flex gap={2}>
          <Link tag={NavLink} to={articleEditPath({ uid: SERIES_UID, localized: true }, documentId, series.locale)}>
            {formatMessage({ id: getTranslation('series.editor.edit-fields'), defaultMessage: 'Edit title and description' })}
          </Link>
          {canPublish ? (
            <Button onClick={() => void publishSeries()} disabled={isLive || isPublishing || isBusy} loading={isPublishing}>
              {formatMessage({ id: getTranslation('series.publish'), defaultMessage: 'Publish' })}
            </Button>
          ) : null}
          <Button variant="tertiary" onClick={onClose}>
            {formatMessage({ id: getTranslation('workspace.chain.close'), defaultMessage: 'Close' })}
          </Button>
        </Flex>
      </Flex>

      <Typography textColor="neutral600">
        {isLive
          ? formatMessage({ id: getTranslation('series.editor.live'), defaultMessage: 'Readers see this order.' })
          : formatMessage({
              id: getTranslation('series.editor.staged'),
              defaultMessage:
                'Readers do not see this order yet: it goes live when the series is published. Readers only count its published articles.',
            })}
      </Typography>

      {saved.hidden > 0 ? (
        <Typography textColor="neutral600" data-testid="newsroom-series-hidden">
          {formatMessage(
            {
              id: getTranslation('series.hidden'),
              defaultMessage:
                'This series also holds {count, plural, one {# article} other {# articles}} your role may not read: left out here, they keep their places.',
            },
            { count: saved.hidden }
          )}
        </Typography>
      ) : null}

      {refused ? <RefusedChange error={refused} known={[...items, ...candidates]} onClose={clearRefused} /> : null}
      <ReorderAnnouncer instructionsId={instructionsId} announcement={announcement} />

      {items.length === 0 ? (
        <EmptyList
          content={formatMessage({ id: getTranslation('series.editor.empty'), defaultMessage: 'This series holds no article yet.' })}
        />
      ) : (
        <Flex
          tag="ol"
          direction="column"
          alignItems="stretch"
          gap={1}
          aria-labelledby="newsroom-series-editor-title"
          style={{ listStyle: 'none', padding: 0, margin: 0 }}
        >
          {items.map((article, index) => (
            <SortableArticle
              key={article.documentId}
              contentType={contentType}
              locale={locale}
              article={article}
              index={index}
              count={items.length}
              editing={canEdit ? { ...reorder(article), onRemove: (at) => void save(removeAt(itemsRef.current, at)) } : undefined}
            />
          ))}
        </Flex>
      )}

      {canEdit ? (
        <Flex direction="column" alignItems="stretch" gap={2}>
          <Typography variant="sigma" textColor="neutral600" tag="h4">
            {formatMessage({ id: getTranslation('series.editor.add.title'), defaultMessage: 'Add an article at the end' })}
          </Typography>
          <Box maxWidth="480px">
            <Field.Root name="newsroom-series-search">
              <Field.Label>
                {formatMessage({ id: getTranslation('series.editor.add.search'), defaultMessage: 'Search articles by title' })}
              </Field.Label>
              <TextInput value={search} onChange={(event: React.ChangeEvent<HTMLInputElement>) => setSearch(event.target.value)} />
            </Field.Root>
          </Box>
          <CandidateList
            candidates={found ? candidates : undefined}
            disabled={isBusy}
            action={formatMessage({ id: getTranslation('series.editor.add.button'), defaultMessage: 'Add' })}
            actionLabel={(title) =>
              formatMessage(
                { id: getTranslation('series.editor.add.button.label'), defaultMessage: 'Add “{title}” to the series' },
                { title }
              )
            }
            none={formatMessage({ id: getTranslation('series.editor.add.none'), defaultMessage: 'No other article found.' })}
            onPick={add}
          />
        </Flex>
      ) : null}
    </Flex>
  );
};
