import { Box, Button, Flex, Typography } from '@strapi/design-system';
import { Sparkle } from '@strapi/icons';
import { useIntl } from 'react-intl';

import { useSummarySuggestion } from '../hooks/useSummarySuggestion';
import { getTranslation } from '../utils/getTranslation';

interface SummarySuggestionProps {
  /** The body as the form holds it now (blocks). */
  body: unknown;
  locale?: string;
  hasText: boolean;
  /** Writes the accepted text into the form's summary field. */
  onAccept: (summary: string) => void;
}

/** "Suggest summary": asks the server for a summary of the current body and lets the editor use it. */
export const SummarySuggestion = ({ body, locale, hasText, onAccept }: SummarySuggestionProps) => {
  const { formatMessage } = useIntl();
  const { suggestion, problem, isLoading, suggest, dismiss } = useSummarySuggestion();

  return (
    <Flex direction="column" alignItems="stretch" gap={2}>
      <Button
        variant="secondary"
        startIcon={<Sparkle />}
        loading={isLoading}
        disabled={!hasText}
        onClick={() => void suggest(body, locale)}
        fullWidth
      >
        {formatMessage({ id: getTranslation('summary.suggest'), defaultMessage: 'Suggest summary' })}
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

      {suggestion !== null ? (
        <Box
          padding={3}
          hasRadius
          background="neutral100"
          borderColor="neutral200"
          borderStyle="solid"
          borderWidth="1px"
          role="region"
          aria-label={formatMessage({ id: getTranslation('summary.suggestion'), defaultMessage: 'Suggested summary' })}
        >
          <Flex direction="column" alignItems="stretch" gap={2}>
            <Typography variant="sigma" textColor="neutral600" tag="h3">
              {formatMessage({ id: getTranslation('summary.suggestion'), defaultMessage: 'Suggested summary' })}
            </Typography>
            {suggestion === '' ? (
              <Typography variant="omega" textColor="neutral600">
                {formatMessage({
                  id: getTranslation('summary.suggestion.empty'),
                  defaultMessage: 'The body has no sentence to build a summary from.',
                })}
              </Typography>
            ) : (
              <Typography variant="omega" tag="p">
                {suggestion}
              </Typography>
            )}
            <Flex gap={2} wrap="wrap">
              {suggestion !== '' ? (
                <Button
                  size="S"
                  onClick={() => {
                    onAccept(suggestion);
                    dismiss();
                  }}
                >
                  {formatMessage({ id: getTranslation('summary.suggestion.accept'), defaultMessage: 'Use this summary' })}
                </Button>
              ) : null}
              <Button size="S" variant="tertiary" onClick={dismiss}>
                {formatMessage({ id: getTranslation('summary.suggestion.dismiss'), defaultMessage: 'Dismiss' })}
              </Button>
            </Flex>
          </Flex>
        </Box>
      ) : null}
    </Flex>
  );
};
