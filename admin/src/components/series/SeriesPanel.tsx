import type { PanelComponent } from '@strapi/content-manager/strapi-admin';

import { useServedPanel } from '../../hooks/useServedPanel';
import { getTranslation } from '../../utils/getTranslation';
import { ArticleSeries } from './ArticleSeries';

/** Edit-view side panel of every type the plugin serves: the series this article is in, its place in each, and their edits. */
export const SeriesPanel: PanelComponent = (props) => {
  const panel = useServedPanel(props, {
    title: { id: getTranslation('series.title'), defaultMessage: 'Series' },
    unsaved: { id: getTranslation('series.unsaved'), defaultMessage: 'The article can be added to a series after the first save.' },
  });
  if (!panel.ready) return panel.description;

  return {
    title: panel.title,
    content: (
      <ArticleSeries
        contentType={panel.contentType}
        documentId={panel.documentId}
        locale={panel.locale}
        isPublishedTab={props.activeTab === 'published'}
      />
    ),
  };
};
