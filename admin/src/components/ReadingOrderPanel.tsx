import { Typography } from '@strapi/design-system';
import { useQueryParams } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';

import { ARTICLE_UID } from '../utils/articles';
import { getTranslation } from '../utils/getTranslation';
import type { Panel } from '../utils/panels';
import { ReadingOrder } from './ReadingOrder';

type I18nQuery = { plugins?: { i18n?: { locale?: string } } };

/** Edit-view side panel: the article's previous and next articles, and where it sits in the reading order. */
export const ReadingOrderPanel: Panel = ({ model, documentId, document, activeTab }) => {
  const { formatMessage } = useIntl();
  const [{ query }] = useQueryParams<I18nQuery>();

  if (model !== ARTICLE_UID) return null;

  const title = formatMessage({ id: getTranslation('reading-order.title'), defaultMessage: 'Reading order' });

  if (!documentId || documentId === 'create') {
    return {
      title,
      content: (
        <Typography variant="omega" textColor="neutral600">
          {formatMessage({
            id: getTranslation('reading-order.unsaved'),
            defaultMessage: 'Links to the previous and next articles can be set after the first save.',
          })}
        </Typography>
      ),
    };
  }

  return {
    title,
    content: (
      <ReadingOrder
        documentId={documentId}
        locale={document?.locale ?? query.plugins?.i18n?.locale}
        version={document?.updatedAt ?? undefined}
        isPublishedTab={activeTab === 'published'}
      />
    ),
  };
};
