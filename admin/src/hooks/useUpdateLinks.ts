import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';

import type { UpdateLinksRequest, UpdateLinksResponse } from '../../../contracts/reading-order';

/** One side of the link change: which neighbor, and the article to link (`null` unlinks). */
export interface LinkChange {
  side: 'previous' | 'next';
  target: string | null;
}

export type LinkChangeResult = UpdateLinksResponse['data'];

/**
 * Changes the edited article's links through the reading-order route. `preview`
 * asks the server what the change would detach without changing anything
 * (`dryRun`); `apply` makes it. Both reject with the server's error.
 */
export const useUpdateLinks = (documentId: string, locale: string | undefined) => {
  const { put } = useFetchClient();
  const [isPending, setPending] = React.useState(false);

  const send = React.useCallback(
    async ({ side, target }: LinkChange, dryRun: boolean) => {
      setPending(true);
      try {
        const body: UpdateLinksRequest = { locale, [side]: target, dryRun };
        const { data } = await put<UpdateLinksResponse>(
          `/newsroom/articles/${encodeURIComponent(documentId)}/links`,
          body
        );
        return data.data;
      } finally {
        setPending(false);
      }
    },
    [put, documentId, locale]
  );

  const preview = React.useCallback((change: LinkChange) => send(change, true), [send]);
  const apply = React.useCallback((change: LinkChange) => send(change, false), [send]);

  return { preview, apply, isPending };
};
