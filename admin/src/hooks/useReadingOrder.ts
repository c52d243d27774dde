import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';

import type { GetReadingOrderResponse, Neighborhood } from '../../../contracts/reading-order';
import { isAbort, toRequestProblem, type RequestProblem } from '../utils/requestErrors';

/** How many articles the preview shows on each side of the edited one. */
export const PREVIEW_STEPS = 2;

/**
 * The edited article's place in the reading order: its neighbors and a few
 * articles either way. Loads again when `version` changes (the Content Manager
 * saved or published the document, which may have changed its links).
 */
export const useReadingOrder = (documentId: string, locale: string | undefined, version?: string) => {
  const { get } = useFetchClient();
  const [neighborhood, setNeighborhood] = React.useState<Neighborhood | null>(null);
  const [problem, setProblem] = React.useState<RequestProblem | null>(null);
  const [reloads, setReloads] = React.useState(0);

  React.useEffect(() => {
    let current = true;
    get<GetReadingOrderResponse>(`/newsroom/articles/${encodeURIComponent(documentId)}/reading-order`, {
      params: { locale, before: PREVIEW_STEPS, after: PREVIEW_STEPS },
    })
      .then(({ data }) => {
        if (!current) return;
        setNeighborhood(data.data);
        setProblem(null);
      })
      .catch((error) => {
        if (current && !isAbort(error)) setProblem(toRequestProblem(error));
      });
    return () => {
      current = false;
    };
  }, [get, documentId, locale, version, reloads]);

  const reload = React.useCallback(() => setReloads((count) => count + 1), []);

  return { neighborhood, problem, isLoading: !neighborhood && !problem, reload, setNeighborhood };
};
