/**
 * The content types the plugin serves, as the server's registry describes them to
 * the admin (GET /newsroom/settings) and as every admin and reader route names
 * them (`type=<uid>`).
 */
import type { z } from 'zod';

import type { contentTypeFields, contentTypeSettings } from './schemas/summary';

/** The uid of the plugin's own article type: the default of every `type` parameter while it is served (option `builtInArticle`). */
export const BUILT_IN_ARTICLE_UID = 'plugin::newsroom.article';

/** The attributes of one content type the plugin reads and writes, by role. */
export type ContentTypeFields = z.infer<typeof contentTypeFields>;

export type ContentTypeSettings = z.infer<typeof contentTypeSettings>;
