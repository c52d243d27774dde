import type { TestApp } from './strapi';
import { documentsOf, localeParam, type Subject } from './subjects';

/**
 * The document-service calls of Strapi's Enterprise features, made the way those
 * features make them (this playground has no licence to run the features
 * themselves). Read from @strapi/content-releases `services/release` and
 * @strapi/content-manager `history/services/{history,utils}` (5.54).
 */

/** A Releases publication: one transaction (holding the release row lock), each action one document call, in order. */
export const publishRelease = (
  app: TestApp,
  subject: Subject,
  actions: { publish?: string[]; unpublish?: string[] },
  { failAfterActions = false } = {}
) =>
  app.strapi.db.transaction(async () => {
    await app.strapi.db.transaction(async () => {
      const documents = documentsOf(app, subject);
      for (const documentId of actions.publish ?? []) await documents.publish({ documentId, ...localeParam(subject) } as any);
      for (const documentId of actions.unpublish ?? []) await documents.unpublish({ documentId, ...localeParam(subject) } as any);
      if (failAfterActions) throw new Error('the release failed after its actions');
    });
  });

const relationsOf = (app: TestApp, subject: Subject) =>
  Object.entries(app.strapi.getModel(subject.uid as any).attributes as Record<string, any>).filter(
    ([, attribute]) => attribute.type === 'relation' && !String(attribute.relation).startsWith('morph') && attribute.visible !== false
  );

/** What Content History saves as a version: the draft, its relations as `{ documentId, locale, publishedAt }` (no locale on a type without i18n). */
export const saveVersion = (app: TestApp, subject: Subject, documentId: string) =>
  documentsOf(app, subject).findOne({
    documentId,
    ...localeParam(subject),
    populate: Object.fromEntries(
      relationsOf(app, subject).map(([name, attribute]) => {
        const localized = (app.strapi.getModel(attribute.target) as any).pluginOptions?.i18n?.localized === true;
        return [name, { fields: ['documentId', ...(localized ? ['locale'] : []), 'publishedAt'] }];
      })
    ),
  } as any) as Promise<Record<string, any>>;

/** The request state of `PUT /content-manager/history-versions/:versionId/restore` as Strapi's router sets it. */
export const restoreRequest = () => ({
  state: {
    route: {
      method: 'PUT',
      path: '/history-versions/:versionId/restore',
      handler: 'history-version.restoreVersion',
      info: { pluginName: 'content-manager', type: 'admin' },
    },
  },
});

/**
 * Content History's restore: each relation of the version becomes the related
 * document as it is now (null when it is gone), the id is left out, and the draft
 * is updated with the rest, inside the restore route's request.
 */
export const restoreVersion = async (app: TestApp, subject: Subject, version: Record<string, any>, request = restoreRequest()) => {
  const { id: _id, ...data } = structuredClone(version);
  for (const [name, attribute] of relationsOf(app, subject)) {
    const value = data[name];
    if (!value) continue;
    const current = (ref: { documentId: string; locale?: string | null }) =>
      app.strapi.documents(attribute.target).findOne({ documentId: ref.documentId, locale: ref.locale || undefined } as any);
    data[name] = Array.isArray(value) ? (await Promise.all(value.map(current))).filter(Boolean) : await current(value);
  }
  // Strapi types `run` as returning nothing; it returns what the callback does.
  const restored: unknown = await app.strapi.requestContext.run(
    request as any,
    (async () => documentsOf(app, subject).update({ documentId: version.documentId, ...localeParam(subject), data } as any)) as any
  );
  return restored as Record<string, any>;
};
