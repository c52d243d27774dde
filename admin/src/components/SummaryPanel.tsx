import type { PanelComponent } from '@strapi/content-manager/strapi-admin';
import { useIntl } from 'react-intl';

import { useContentType } from '../hooks/useContentType';
import { getTranslation } from '../utils/getTranslation';
import { settingsFailedPanel } from './SettingsFailed';
import { SummaryInsights } from './SummaryInsights';

/** Edit-view side panel of every type the plugin serves: summary length, reading time, what readers see, whether the summary is stale, and a suggested summary. */
export const SummaryPanel: PanelComponent = ({ model, documentId, document }) => {
  const { formatMessage } = useIntl();
  const { settings, contentType, locale, failed } = useContentType({ model, document });
  const title = formatMessage({ id: getTranslation('summary.title'), defaultMessage: 'Summary' });

  if (!settings || !contentType) return failed ? settingsFailedPanel(model, title) : null;

  return {
    title,
    content: (
      <SummaryInsights
        settings={settings}
        contentType={contentType}
        documentId={documentId && documentId !== 'create' ? documentId : undefined}
        locale={locale}
      />
    ),
  };
};
