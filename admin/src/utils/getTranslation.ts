import { PLUGIN_ID } from '../pluginId';

/** The key under which `registerTrads` stores a message of `translations/*.json`. */
export const getTranslation = (id: string) => `${PLUGIN_ID}.${id}`;
