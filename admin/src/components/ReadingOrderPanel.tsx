import type { PanelComponent } from '@strapi/content-manager/strapi-admin';
import { useIntl } from 'react-intl';

import { useContentType } from '../hooks/useContentType';
import { getTranslation } from '../utils/getTranslation';
import { PanelNote } from './PanelNote';
import { ReadingOrder } from './ReadingOrder';
import { settingsFailedPanel } from './SettingsFailed';

/** Edit-view side panel of every type the plugin serves: the previous and next articles, and where this one sits in the reading order. */
export const ReadingOrderPanel: PanelComponent = ({ model, documentId, document, activeTab }) => {
  const { formatMessage } = useIntl();
  const { contentType, locale, failed } = useContentType({ model, document });
  const title = formatMessage({ id: getTranslation('reading-order.title'), defaultMessage: 'Reading order' });

  if (!contentType) return failed ? settingsFailedPanel(model, title) : null;

  if (!documentId || documentId === 'create') {
    return {
      title,
      content: (
        <PanelNote>
          {formatMessage({
            id: getTranslation('reading-order.unsaved'),
            defaultMessage: 'Links to the previous and next articles can be set after the first save.',
          })}
        </PanelNote>
      ),
    };
  }

  return {
    title,
    content: (
      <ReadingOrder
        contentType={contentType}
        documentId={documentId}
        locale={locale}
        isPublishedTab={activeTab === 'published'}
      />
    ),
  };
};
