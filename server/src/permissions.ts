import { PLUGIN_ID } from './constants';

/** Admin RBAC actions the plugin registers (Settings -> Roles -> Plugins -> Newsroom). */
export const ACTIONS = {
  readReadingOrder: `plugin::${PLUGIN_ID}.reading-order.read`,
  updateReadingOrder: `plugin::${PLUGIN_ID}.reading-order.update`,
} as const;

export const ADMIN_ACTIONS = [
  { section: 'plugins', displayName: 'Read the reading order', uid: 'reading-order.read', pluginName: PLUGIN_ID },
  { section: 'plugins', displayName: 'Edit the reading order', uid: 'reading-order.update', pluginName: PLUGIN_ID },
];
