import type { NewsroomConfig } from '../config';
import { SERIES_UID } from '../constants';
import type { ContentTypeSchema, NewsroomType } from './resolve';

/**
 * Checks the reader options keyed by type uid against the served types: `urls` (a
 * served type, or the series' uid for series pages) and `structuredData` (a served type,
 * whose `author` is a string or text attribute). Problems are named by option and uid.
 */
export const checkReaderOptions = (
  config: Pick<NewsroomConfig, 'urls' | 'structuredData'>,
  types: NewsroomType[],
  schemaOf: (uid: string) => ContentTypeSchema | undefined,
  problems: string[]
): void => {
  const served: string[] = types.map((type) => type.uid);
  for (const uid of Object.keys(config.urls)) {
    if (uid !== SERIES_UID && !served.includes(uid))
      problems.push(`urls["${uid}"]: the plugin serves no such type (served: ${served.join(', ')}; series: ${SERIES_UID})`);
  }
  for (const [uid, mapping] of Object.entries(config.structuredData)) {
    if (!served.includes(uid)) {
      problems.push(`structuredData["${uid}"]: the plugin serves no such type (served: ${served.join(', ')})`);
      continue;
    }
    if (mapping.author === undefined) continue;
    const attribute = schemaOf(uid)?.attributes[mapping.author];
    if (!attribute) problems.push(`structuredData["${uid}"].author: the type has no attribute "${mapping.author}"`);
    else if (attribute.type !== 'string' && attribute.type !== 'text') {
      problems.push(
        `structuredData["${uid}"].author: "${mapping.author}" is a ${attribute.type} attribute; it must be a string or text attribute holding the author's name`
      );
    }
  }
};
