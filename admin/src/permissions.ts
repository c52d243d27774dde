import { SERIES_UID } from '../../contracts/series';
import { PLUGIN_ID } from './pluginId';

const contentManager = (action: 'read' | 'create' | 'update' | 'publish') => ({
  action: `plugin::content-manager.explorer.${action}`,
  subject: SERIES_UID,
});

/**
 * The RBAC actions the admin checks, as `useRBAC` and `addMenuLink` take them; the
 * server registers the plugin's own (server/src/permissions.ts). Series have the
 * Content Manager's permissions of their content type; `useRBAC(PERMISSIONS.series)`
 * answers `canRead`, `canCreate`, `canUpdate` and `canPublish`.
 */
export const PERMISSIONS = {
  read: [{ action: `plugin::${PLUGIN_ID}.reading-order.read`, subject: null }],
  update: [{ action: `plugin::${PLUGIN_ID}.reading-order.update`, subject: null }],
  series: [contentManager('read'), contentManager('create'), contentManager('update'), contentManager('publish')],
};
