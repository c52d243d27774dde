/**
 * Table and column names of the article type, read from the plugin's content type
 * and Strapi 5's naming of relation join tables (`<collection>_<attribute>_lnk`,
 * `<singular>_id` for the owner and `inv_<singular>_id` for the target when both
 * sides are the same type), checked against a real database once.
 */
import schema from '../../server/src/content-types/article/schema';

const snake = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();

const owningRelation = Object.entries(schema.attributes).find(
  ([, attribute]) => (attribute as { inversedBy?: string }).inversedBy !== undefined
);
if (!owningRelation) throw new Error('the article type has no owning relation (inversedBy); update scripts/fuzz/schema-names.ts');

const singular = snake(schema.info.singularName);

export const ARTICLE_TABLE = schema.collectionName;
/** The join table of `previousArticle`: one row per link, owner = the article, target = its previous. */
export const LINK_TABLE = `${schema.collectionName}_${snake(owningRelation[0])}_lnk`;
export const LINK_OWNER_COLUMN = `${singular}_id`;
export const LINK_TARGET_COLUMN = `inv_${singular}_id`;
