import { PLUGIN_ID } from './pluginId';

/**
 * The RBAC actions the admin checks, as `useRBAC` and `addMenuLink` take them; the
 * server registers them (server/src/permissions.ts).
 */
export const PERMISSIONS = {
  read: [{ action: `plugin::${PLUGIN_ID}.reading-order.read`, subject: null }],
  update: [{ action: `plugin::${PLUGIN_ID}.reading-order.update`, subject: null }],
};
