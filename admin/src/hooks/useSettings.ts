import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';

import type { SettingsResponse } from '../../../contracts/summary';

export type NewsroomSettings = SettingsResponse['data'];

/** The plugin options the panels need (summary length, reading speed, suggestions). */
export const useSettings = () => {
  const { get } = useFetchClient();
  const [settings, setSettings] = React.useState<NewsroomSettings | null>(null);
  const [failed, setFailed] = React.useState(false);

  React.useEffect(() => {
    let current = true;
    get<SettingsResponse>('/newsroom/settings')
      .then(({ data }) => current && setSettings(data.data))
      .catch(() => current && setFailed(true));
    return () => {
      current = false;
    };
  }, [get]);

  return { settings, failed };
};
