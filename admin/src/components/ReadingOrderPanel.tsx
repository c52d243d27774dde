import type { PanelComponent } from '@strapi/content-manager/strapi-admin';

import { useServedPanel } from '../hooks/useServedPanel';
import { getTranslation } from '../utils/getTranslation';
import { ReadingOrder } from './ReadingOrder';

/** Edit-view side panel of every type the plugin serves: the previous and next articles, and where this one sits in the reading order. */
export const ReadingOrderPanel: PanelComponent = (props) => {
  const panel = useServedPanel(props, {
    title: { id: getTranslation('reading-order.title'), defaultMessage: 'Reading order' },
    unsaved: {
      id: getTranslation('reading-order.unsaved'),
      defaultMessage: 'Links to the previous and next articles can be set after the first save.',
    },
  });
  if (!panel.ready) return panel.description;

  return {
    title: panel.title,
    content: (
      <ReadingOrder
        contentType={panel.contentType}
        documentId={panel.documentId}
        locale={panel.locale}
        isPublishedTab={props.activeTab === 'published'}
      />
    ),
  };
};
