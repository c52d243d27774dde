import type { PanelComponent } from '@strapi/content-manager/strapi-admin';
import { useIntl } from 'react-intl';

import { useContentType } from '../../hooks/useContentType';
import { getTranslation } from '../../utils/getTranslation';
import { PanelNote } from '../PanelNote';
import { settingsFailedPanel } from '../SettingsFailed';
import { ArticleSeries } from './ArticleSeries';

/** Edit-view side panel of every type the plugin serves: the series this article is in, its place in each, and their edits. */
export const SeriesPanel: PanelComponent = ({ model, documentId, document, activeTab }) => {
  const { formatMessage } = useIntl();
  const { contentType, locale, failed } = useContentType({ model, document });
  const title = formatMessage({ id: getTranslation('series.title'), defaultMessage: 'Series' });

  if (!contentType) return failed ? settingsFailedPanel(model, title) : null;

  if (!documentId || documentId === 'create') {
    return {
      title,
      content: (
        <PanelNote>
          {formatMessage({
            id: getTranslation('series.unsaved'),
            defaultMessage: 'The article can be added to a series after the first save.',
          })}
        </PanelNote>
      ),
    };
  }

  return {
    title,
    content: (
      <ArticleSeries contentType={contentType} documentId={documentId} locale={locale} isPublishedTab={activeTab === 'published'} />
    ),
  };
};
