/**
 * The content types the plugin serves, as the server's registry describes them to
 * the admin (GET /newsroom/settings) and as every admin and reader route names
 * them (`type=<uid>`).
 */

import type { BodyShape } from '../server/src/services/summary/body-shape';

/** The uid of the plugin's own article type: the default of every `type` parameter while it is served (option `builtInArticle`). */
export const BUILT_IN_ARTICLE_UID = 'plugin::newsroom.article';

/** The attributes of one content type the plugin reads and writes, by role. */
export interface ContentTypeFields {
  title: string;
  slug: string;
  summary: string;
  body: string;
  cover: string | null;
  /** The two link fields of the reading order. */
  previous: string;
  next: string;
}

export interface ContentTypeSettings {
  uid: string;
  /** The type's display name, as the Content Manager shows it. */
  displayName: string;
  /** Whether the type is localized with i18n; a non-localized type has one reading order. */
  localized: boolean;
  fields: ContentTypeFields;
  /** The longest summary the type accepts: the summary field's own `maxLength`, else `summary.maxLength`. */
  summaryMaxLength: number;
  /** How the body attribute holds text (blocks, Markdown, plain text, or components holding those): the panels read the form's body with it. */
  bodyShape: BodyShape;
  /** Whether the type holds any article (draft or published, any locale): the Reading order page opens on the first that does. */
  hasArticles: boolean;
}
