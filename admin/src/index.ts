import { NumberList } from '@strapi/icons';
import type { StrapiApp } from '@strapi/strapi/admin';

import { ReadingOrderPanel } from './components/ReadingOrderPanel';
import { SeriesArticlesPanel } from './components/series/SeriesArticlesPanel';
import { SeriesPanel } from './components/series/SeriesPanel';
import { SummaryPanel } from './components/SummaryPanel';
import { PERMISSIONS } from './permissions';
import { PLUGIN_ID } from './pluginId';
import { prefixPluginTranslations } from './utils/prefixPluginTranslations';

/** The Content Manager's admin API the plugin calls (`StrapiApp` types a plugin's `apis` as unknown). */
interface ContentManagerApis extends Record<string, unknown> {
  addEditViewSidePanel(panels: unknown[]): void;
}

export default {
  register(app: StrapiApp) {
    app.registerPlugin({
      id: PLUGIN_ID,
      name: PLUGIN_ID,
    });

    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: NumberList,
      intlLabel: { id: `${PLUGIN_ID}.workspace.menu`, defaultMessage: 'Reading order' },
      Component: () => import('./pages/WorkspacePage'),
      // Admins without the read action do not see the entry (the admin filters links by these).
      permissions: PERMISSIONS.read,
    });

    const contentManager = app.getPlugin('content-manager').apis as ContentManagerApis;
    contentManager.addEditViewSidePanel([ReadingOrderPanel, SeriesPanel, SummaryPanel, SeriesArticlesPanel]);
  },

  async registerTrads({ locales }: { locales: string[] }) {
    return Promise.all(
      locales.map(async (locale) => {
        try {
          const { default: data } = await import(`./translations/${locale}.json`);
          return { data: prefixPluginTranslations(data, PLUGIN_ID), locale };
        } catch {
          return { data: {}, locale };
        }
      })
    );
  },
};
