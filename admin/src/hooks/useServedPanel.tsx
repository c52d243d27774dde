import type { PanelComponentProps, PanelDescription } from '@strapi/content-manager/strapi-admin';
import { useIntl, type MessageDescriptor } from 'react-intl';

import type { ContentTypeSettings } from '../../../contracts/content-types';
import type { SettingsResponse } from '../../../contracts/summary';
import { PanelNote } from '../components/PanelNote';
import { settingsFailedPanel } from '../components/SettingsFailed';
import { useContentType } from './useContentType';

export type ServedPanel<DocumentId extends string | undefined> =
  /** Nothing of the panel's own to show: the Content Manager gets `description` as it is. */
  | { ready: false; description: PanelDescription | null }
  | {
      ready: true;
      title: string;
      settings: SettingsResponse['data'];
      contentType: ContentTypeSettings;
      locale: string | undefined;
      /** The document's id once it has been saved (always, for a panel that gives `unsaved`). */
      documentId: DocumentId;
    };

type PanelProps = Pick<PanelComponentProps, 'model' | 'documentId' | 'document'>;

/**
 * What every edit-view panel of the plugin starts with: the settings of the type the
 * edit view shows (no panel on a type the plugin does not serve, a note on the
 * built-in article when the settings failed to load) and, for a panel that needs a
 * saved document (`unsaved` given), a note instead until the first save.
 */
export function useServedPanel(props: PanelProps, messages: { title: MessageDescriptor; unsaved: MessageDescriptor }): ServedPanel<string>;
export function useServedPanel(props: PanelProps, messages: { title: MessageDescriptor }): ServedPanel<string | undefined>;
export function useServedPanel(
  { model, documentId, document }: PanelProps,
  { title, unsaved }: { title: MessageDescriptor; unsaved?: MessageDescriptor }
): ServedPanel<string | undefined> {
  const { formatMessage } = useIntl();
  const { settings, contentType, locale, failed } = useContentType({ model, document });
  const panelTitle = formatMessage(title);
  if (!settings || !contentType) return { ready: false, description: failed ? settingsFailedPanel(model, panelTitle) : null };
  const savedId = documentId && documentId !== 'create' ? documentId : undefined;
  if (unsaved && !savedId) {
    return { ready: false, description: { title: panelTitle, content: <PanelNote>{formatMessage(unsaved)}</PanelNote> } };
  }
  return { ready: true, title: panelTitle, settings, contentType, locale, documentId: savedId };
}
