import { useIntl } from 'react-intl';

import { BUILT_IN_ARTICLE_UID } from '../../../contracts/content-types';
import { getTranslation } from '../utils/getTranslation';
import { PanelNote } from './PanelNote';

const SettingsFailed = () => {
  const { formatMessage } = useIntl();
  return <PanelNote>{formatMessage({ id: getTranslation('settings.failed'), defaultMessage: 'Settings could not be loaded.' })}</PanelNote>;
};

/**
 * Without the settings a panel cannot tell which types the plugin serves; it says
 * so on the built-in article (served whenever it is registered at all) and stays
 * away from the rest.
 */
export const settingsFailedPanel = (model: string, title: string) =>
  model === BUILT_IN_ARTICLE_UID ? { title, content: <SettingsFailed /> } : null;
