import type { PanelComponentProps } from '@strapi/content-manager/strapi-admin';
import { useQueryParams } from '@strapi/strapi/admin';

import { useGetNewsroomSettingsQuery } from '../services/settings';

type I18nQuery = { plugins?: { i18n?: { locale?: string } } };

/**
 * The plugin's settings of the content type an edit view shows (none when the
 * plugin does not serve it), and the locale its routes take: none for a type
 * without i18n, whose documents form one reading order.
 */
export const useContentType = ({ model, document }: Pick<PanelComponentProps, 'model' | 'document'>) => {
  const { data: settings, isError } = useGetNewsroomSettingsQuery();
  const [{ query }] = useQueryParams<I18nQuery>();
  const contentType = settings?.contentTypes.find((candidate) => candidate.uid === model);
  const locale = contentType?.localized ? (document?.locale ?? query.plugins?.i18n?.locale) : undefined;
  return { settings, contentType, locale, failed: isError };
};
