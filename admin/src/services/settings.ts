import type { SettingsResponse } from '../../../contracts/summary';
import { newsroomApi } from './api';

/** One locale of the i18n plugin, as `GET /i18n/locales` lists it. */
export interface I18nLocale {
  code: string;
  name: string;
  isDefault: boolean;
}

/** The plugin's settings (served types, their fields, the summary's limits) and the locales the Reading order page offers. */
const settingsApi = newsroomApi.injectEndpoints({
  endpoints: (build) => ({
    getNewsroomSettings: build.query<SettingsResponse['data'], void>({
      query: () => '/newsroom/settings',
      transformResponse: (response: SettingsResponse) => response.data,
    }),

    /** The locales of the i18n plugin, for the Reading order page's locale picker. */
    getNewsroomLocales: build.query<I18nLocale[], void>({
      query: () => '/i18n/locales',
    }),
  }),
});

export const { useGetNewsroomSettingsQuery, useGetNewsroomLocalesQuery } = settingsApi;
