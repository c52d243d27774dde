import * as React from 'react';
import { Box, Button, Flex, Typography } from '@strapi/design-system';
import { Sparkle } from '@strapi/icons';
import { useIntl } from 'react-intl';

import { useSuggestNewsroomSummaryMutation } from '../services/summary';
import { getTranslation } from '../utils/getTranslation';
import { toRequestProblem } from '../utils/requestErrors';
import { PanelNote } from './PanelNote';
import { SuggestedKeyPoints } from './SuggestedKeyPoints';

interface SummarySuggestionProps {
  /** The edited document's content type: the server reads the body with its body shape. */
  type: string;
  /** The body as the form holds it now. */
  body: unknown;
  /** The title as the form holds it now: the suggestion favours sentences about it. */
  title?: string;
  locale?: string;
  hasText: boolean;
  /** Writes the accepted text into the form's summary field. */
  onAccept: (summary: string) => void;
}

/** "Suggest summary": asks the server for a summary of the current body and lets the editor use it. */
export const SummarySuggestion = ({ type, body, title, locale, hasText, onAccept }: SummarySuggestionProps) => {
  const { formatMessage, formatList } = useIntl();
  const [suggest, { data: suggestion, error, isLoading, reset: dismiss }] = useSuggestNewsroomSummaryMutation();
  const problem = error ? toRequestProblem(error) : null;
  const requestSuggestion = () =>
    // An empty title tells the engine nothing; leave it out rather than send ''.
    suggest({ type, request: { body, locale, title: title?.trim() ? title : undefined } });

  return (
    <Flex direction="column" alignItems="stretch" gap={2}>
      <Button
        variant="secondary"
        startIcon={<Sparkle />}
        loading={isLoading}
        disabled={!hasText}
        onClick={() => void requestSuggestion()}
        fullWidth
      >
        {formatMessage({
          id: getTranslation('summary.suggest'),
          defaultMessage: 'Suggest summary',
        })}
      </Button>
      {!hasText ? (
        <Typography variant="pi" textColor="neutral600">
          {formatMessage({
            id: getTranslation('summary.suggest.needs-body'),
            defaultMessage: 'Write the body first; the suggestion is taken from it.',
          })}
        </Typography>
      ) : null}

      {problem ? (
        <Typography variant="pi" textColor="danger600" role="alert">
          {problem.kind === 'invalid'
            ? formatMessage({
                id: getTranslation('summary.suggest.invalid'),
                defaultMessage: 'The body could not be read to suggest a summary.',
              })
            : formatMessage({
                id: getTranslation('summary.suggest.failed'),
                defaultMessage: 'No suggestion could be made. Please try again.',
              })}
        </Typography>
      ) : null}

      {suggestion ? (
        <Box
          padding={3}
          hasRadius
          background="neutral100"
          borderColor="neutral200"
          borderStyle="solid"
          borderWidth="1px"
          role="region"
          aria-label={formatMessage({
            id: getTranslation('summary.suggestion'),
            defaultMessage: 'Suggested summary',
          })}
        >
          <Flex direction="column" alignItems="stretch" gap={2}>
            <Typography variant="sigma" textColor="neutral600" tag="h3">
              {formatMessage({
                id: getTranslation('summary.suggestion'),
                defaultMessage: 'Suggested summary',
              })}
            </Typography>
            {suggestion.summary === '' ? (
              <PanelNote>
                {formatMessage({
                  id: getTranslation('summary.suggestion.empty'),
                  defaultMessage: 'The body has no sentence to build a summary from.',
                })}
              </PanelNote>
            ) : (
              <>
                {/* Each sentence marked with its place in the body, so the editor can find where it came from. */}
                <Typography variant="omega" tag="p" data-testid="newsroom-suggestion-text">
                  {suggestion.sentences.map((sentence, k) => (
                    <React.Fragment key={sentence.index}>
                      {k > 0 ? ' ' : null}
                      <mark
                        data-testid="newsroom-suggestion-sentence"
                        title={formatMessage(
                          {
                            id: getTranslation('summary.suggestion.position'),
                            defaultMessage: 'Sentence {position} of the body',
                          },
                          { position: sentence.index + 1 }
                        )}
                      >
                        {sentence.text}
                      </mark>
                      <sup>
                        <Typography variant="pi" textColor="primary600" fontWeight="bold">
                          {sentence.index + 1}
                        </Typography>
                      </sup>
                    </React.Fragment>
                  ))}
                </Typography>
                <Typography variant="pi" textColor="neutral600" data-testid="newsroom-suggestion-sources">
                  {formatMessage(
                    {
                      id: getTranslation('summary.suggestion.sources'),
                      defaultMessage: 'Built from {count, plural, one {sentence} other {sentences}} {positions} of the body (highlighted).',
                    },
                    {
                      count: suggestion.sentences.length,
                      positions: formatList(suggestion.sentences.map((sentence) => String(sentence.index + 1))),
                    }
                  )}
                </Typography>
              </>
            )}
            {suggestion.summary !== '' ? <SuggestedKeyPoints keyPoints={suggestion.keyPoints} length={suggestion.length} /> : null}
            <Flex gap={2} wrap="wrap">
              {suggestion.summary !== '' ? (
                <Button
                  size="S"
                  onClick={() => {
                    onAccept(suggestion.summary);
                    dismiss();
                  }}
                >
                  {formatMessage({
                    id: getTranslation('summary.suggestion.accept'),
                    defaultMessage: 'Use this summary',
                  })}
                </Button>
              ) : null}
              <Button size="S" variant="tertiary" onClick={dismiss}>
                {formatMessage({
                  id: getTranslation('summary.suggestion.dismiss'),
                  defaultMessage: 'Dismiss',
                })}
              </Button>
            </Flex>
          </Flex>
        </Box>
      ) : null}
    </Flex>
  );
};
