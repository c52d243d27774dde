import { useQueryParams } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';

import { ARTICLE_UID } from '../utils/articles';
import { getTranslation } from '../utils/getTranslation';
import type { Panel } from '../utils/panels';
import { SummaryInsights } from './SummaryInsights';

type I18nQuery = { plugins?: { i18n?: { locale?: string } } };

/** Edit-view side panel: summary length, reading time, what readers see, whether the summary is stale, and a suggested summary. */
export const SummaryPanel: Panel = ({ model, documentId, document }) => {
  const { formatMessage } = useIntl();
  const [{ query }] = useQueryParams<I18nQuery>();

  if (model !== ARTICLE_UID) return null;

  return {
    title: formatMessage({ id: getTranslation('summary.title'), defaultMessage: 'Summary' }),
    content: (
      <SummaryInsights
        documentId={documentId && documentId !== 'create' ? documentId : undefined}
        locale={document?.locale ?? query.plugins?.i18n?.locale}
        version={document?.updatedAt ?? undefined}
      />
    ),
  };
};
