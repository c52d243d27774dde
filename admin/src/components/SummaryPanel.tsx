import type { PanelComponent } from '@strapi/content-manager/strapi-admin';

import { useServedPanel } from '../hooks/useServedPanel';
import { getTranslation } from '../utils/getTranslation';
import { SummaryInsights } from './SummaryInsights';

/** Edit-view side panel of every type the plugin serves: summary length, reading time, what readers see, whether the summary is stale, and a suggested summary. */
export const SummaryPanel: PanelComponent = (props) => {
  const panel = useServedPanel(props, { title: { id: getTranslation('summary.title'), defaultMessage: 'Summary' } });
  if (!panel.ready) return panel.description;

  return {
    title: panel.title,
    content: (
      <SummaryInsights settings={panel.settings} contentType={panel.contentType} documentId={panel.documentId} locale={panel.locale} />
    ),
  };
};
