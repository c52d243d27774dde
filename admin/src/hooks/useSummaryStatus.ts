import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';

import type { SummaryStatusResponse } from '../../../contracts/summary';

/**
 * The stored summary of the article's draft and the fingerprint of the body it was
 * written against. Loads again when `version` changes (the Content Manager saved the
 * document). Null until loaded, for an article not saved yet, and when the request
 * fails: the stale warning is a hint, so a failure only means no warning.
 */
export const useSummaryStatus = (documentId: string | undefined, locale: string | undefined, version?: string) => {
  const { get } = useFetchClient();
  const [status, setStatus] = React.useState<SummaryStatusResponse['data'] | null>(null);

  React.useEffect(() => {
    setStatus(null);
    if (!documentId) return undefined;
    let current = true;
    get<SummaryStatusResponse>(`/newsroom/articles/${encodeURIComponent(documentId)}/summary-status`, { params: { locale } })
      .then(({ data }) => {
        if (current) setStatus(data.data);
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [get, documentId, locale, version]);

  return status;
};
