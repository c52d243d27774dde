import { Flex, Link, Loader, Typography } from '@strapi/design-system';
import type { PanelComponent } from '@strapi/content-manager/strapi-admin';
import { useQueryParams } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { NavLink } from 'react-router-dom';

import { SERIES_UID } from '../../../../contracts/series';
import { PLUGIN_ID } from '../../pluginId';
import { useGetNewsroomSeriesArticlesQuery } from '../../services/series';
import { useGetNewsroomSettingsQuery } from '../../services/settings';
import { articleEditPath } from '../../utils/articles';
import { getTranslation } from '../../utils/getTranslation';
import { PanelNote } from '../PanelNote';
import { StatusBadge } from '../StatusBadge';

type I18nQuery = { plugins?: { i18n?: { locale?: string } } };

/** The series' draft list, read-only, with the way to the Reading order page where it is edited. */
const SeriesArticles = ({ documentId, locale }: { documentId: string; locale?: string }) => {
  const { formatMessage } = useIntl();
  const { data: settings } = useGetNewsroomSettingsQuery();
  const { data, isError } = useGetNewsroomSeriesArticlesQuery({ documentId, locale });

  if (isError) {
    return (
      <PanelNote>
        {formatMessage({ id: getTranslation('series.editor.failed'), defaultMessage: 'This series could not be loaded.' })}
      </PanelNote>
    );
  }
  if (!data) return <Loader small>{formatMessage({ id: getTranslation('series.loading'), defaultMessage: 'Loading the series…' })}</Loader>;

  const contentType = settings?.contentTypes.find((candidate) => candidate.uid === data.series.articleType);
  const articleLocale = contentType?.localized ? (data.series.locale ?? undefined) : undefined;
  const page = new URLSearchParams({
    type: data.series.articleType,
    series: documentId,
    ...(articleLocale ? { locale: articleLocale } : {}),
  });

  return (
    <Flex direction="column" alignItems="stretch" gap={3} width="100%" data-testid="newsroom-series-articles">
      {data.hidden > 0 ? (
        <PanelNote>
          {formatMessage(
            {
              id: getTranslation('series.hidden'),
              defaultMessage:
                'This series also holds {count, plural, one {# article} other {# articles}} your role may not read: left out here, they keep their places.',
            },
            { count: data.hidden }
          )}
        </PanelNote>
      ) : null}
      {data.articles.length === 0 ? (
        <PanelNote>
          {formatMessage({ id: getTranslation('series.editor.empty'), defaultMessage: 'This series holds no article yet.' })}
        </PanelNote>
      ) : (
        <Flex tag="ol" direction="column" alignItems="stretch" gap={2} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {data.articles.map((article) => (
            <Flex tag="li" key={article.documentId} gap={2} justifyContent="space-between" alignItems="flex-start">
              <Typography variant="omega">
                {article.position}.{' '}
                {contentType ? (
                  <Link tag={NavLink} to={articleEditPath(contentType, article.documentId, articleLocale ?? null)}>
                    {article.title}
                  </Link>
                ) : (
                  article.title
                )}
              </Typography>
              <StatusBadge status={article.status} />
            </Flex>
          ))}
        </Flex>
      )}
      <Typography variant="pi" textColor="neutral600">
        {formatMessage({
          id: getTranslation('series.articles.hint'),
          defaultMessage: 'Readers see the published articles of this list, in this order, once the series is published.',
        })}
      </Typography>
      <Link tag={NavLink} to={`/plugins/${PLUGIN_ID}?${page}`}>
        {formatMessage({ id: getTranslation('series.articles.edit'), defaultMessage: 'Edit the list on the Reading order page' })}
      </Link>
    </Flex>
  );
};

/** Edit-view side panel of a series: the articles it holds, in order. */
export const SeriesArticlesPanel: PanelComponent = ({ model, documentId, document }) => {
  const { formatMessage } = useIntl();
  const [{ query }] = useQueryParams<I18nQuery>();
  if (model !== SERIES_UID) return null;
  const title = formatMessage({ id: getTranslation('series.articles.title'), defaultMessage: 'Articles' });

  if (!documentId || documentId === 'create') {
    return {
      title,
      content: (
        <PanelNote>
          {formatMessage({
            id: getTranslation('series.articles.unsaved'),
            defaultMessage: 'Articles can be added to the series after its first save.',
          })}
        </PanelNote>
      ),
    };
  }
  return { title, content: <SeriesArticles documentId={documentId} locale={document?.locale ?? query.plugins?.i18n?.locale} /> };
};
