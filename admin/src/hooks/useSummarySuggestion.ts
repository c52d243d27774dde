import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';

import type { SuggestSummaryRequest, SuggestSummaryResponse } from '../../../contracts/summary';
import { isAbort, toRequestProblem, type RequestProblem } from '../utils/requestErrors';

/** Asks the server for an extractive summary of the body the editor is writing (not the stored one). */
export const useSummarySuggestion = () => {
  const { post } = useFetchClient();
  const [suggestion, setSuggestion] = React.useState<SuggestSummaryResponse['data'] | null>(null);
  const [problem, setProblem] = React.useState<RequestProblem | null>(null);
  const [isLoading, setLoading] = React.useState(false);

  const suggest = React.useCallback(
    async (body: unknown, locale: string | undefined, title: string | undefined) => {
      setLoading(true);
      setProblem(null);
      setSuggestion(null);
      try {
        // An empty title tells the engine nothing; leave it out rather than send ''.
        const request: SuggestSummaryRequest = {
          body: body ?? [],
          locale,
          title: title?.trim() ? title : undefined,
        };
        const { data } = await post<SuggestSummaryResponse>('/newsroom/summary/suggest', request);
        setSuggestion(data.data);
      } catch (error) {
        if (!isAbort(error)) setProblem(toRequestProblem(error));
      } finally {
        setLoading(false);
      }
    },
    [post]
  );

  const dismiss = React.useCallback(() => {
    setSuggestion(null);
    setProblem(null);
  }, []);

  return { suggestion, problem, isLoading, suggest, dismiss };
};
