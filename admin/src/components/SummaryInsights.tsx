import { Flex, Loader, Typography } from '@strapi/design-system';
import { useForm } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';

import { useSettings } from '../hooks/useSettings';
import { countWords, readingTimeMinutes } from '../utils/blocks';
import { getTranslation } from '../utils/getTranslation';
import { SummarySuggestion } from './SummarySuggestion';

/** The "Summary" panel's content: length, reading time, what readers get, and suggestions. */
export const SummaryInsights = ({ locale }: { locale?: string }) => {
  const { formatMessage } = useIntl();
  const { settings, failed } = useSettings();
  // Read from the form, not the stored document: the numbers follow the editor's typing.
  const summary = useForm('SummaryPanel', (state) => (state.values as { summary?: unknown }).summary);
  const body = useForm('SummaryPanel', (state) => (state.values as { body?: unknown }).body);
  const onChange = useForm('SummaryPanel', (state) => state.onChange);
  const disabled = useForm('SummaryPanel', (state) => state.disabled);

  if (failed) {
    return (
      <Typography variant="omega" textColor="neutral600">
        {formatMessage({ id: getTranslation('summary.settings-failed'), defaultMessage: 'Settings could not be loaded.' })}
      </Typography>
    );
  }
  if (!settings) {
    return (
      <Loader small>{formatMessage({ id: getTranslation('summary.loading'), defaultMessage: 'Loading…' })}</Loader>
    );
  }

  const text = typeof summary === 'string' ? summary : '';
  const { maxLength, auto } = settings.summary;
  const tooLong = text.length > maxLength;
  const words = countWords(body);
  const minutes = readingTimeMinutes(words, settings.reader.wordsPerMinute);

  const source =
    text.trim() !== ''
      ? { id: getTranslation('summary.source.editor'), defaultMessage: 'Readers get your summary.' }
      : auto && words > 0
        ? {
            id: getTranslation('summary.source.auto'),
            defaultMessage: 'The summary is empty: readers get an automatic summary of the body.',
          }
        : { id: getTranslation('summary.source.none'), defaultMessage: 'The summary is empty: readers get no summary.' };

  return (
    <Flex direction="column" alignItems="stretch" gap={3} width="100%">
      <Flex direction="column" alignItems="stretch" gap={1}>
        <Typography variant="sigma" textColor="neutral600" tag="h3">
          {formatMessage({ id: getTranslation('summary.length'), defaultMessage: 'Length' })}
        </Typography>
        <Typography variant="omega" textColor={tooLong ? 'danger600' : 'neutral800'} data-testid="newsroom-summary-count">
          {formatMessage(
            { id: getTranslation('summary.count'), defaultMessage: '{count} / {max} characters' },
            { count: text.length, max: maxLength }
          )}
        </Typography>
        {tooLong ? (
          <Typography variant="pi" textColor="danger600" role="status">
            {formatMessage(
              {
                id: getTranslation('summary.too-long'),
                defaultMessage: '{over, plural, one {# character} other {# characters}} over the limit.',
              },
              { over: text.length - maxLength }
            )}
          </Typography>
        ) : null}
      </Flex>

      <Flex direction="column" alignItems="stretch" gap={1}>
        <Typography variant="sigma" textColor="neutral600" tag="h3">
          {formatMessage({ id: getTranslation('summary.reading-time'), defaultMessage: 'Reading time' })}
        </Typography>
        <Typography variant="omega" data-testid="newsroom-reading-time">
          {words === 0
            ? formatMessage({ id: getTranslation('summary.reading-time.empty'), defaultMessage: 'No body text yet' })
            : formatMessage(
                {
                  id: getTranslation('summary.reading-time.value'),
                  defaultMessage:
                    '{minutes, plural, one {# minute} other {# minutes}} ({words, plural, one {# word} other {# words}})',
                },
                { minutes, words }
              )}
        </Typography>
      </Flex>

      <Typography variant="pi" textColor="neutral600" data-testid="newsroom-summary-source">
        {formatMessage(source)}
      </Typography>

      {settings.suggest.available && !disabled ? (
        <SummarySuggestion
          body={body}
          locale={locale}
          hasText={words > 0}
          onAccept={(suggestion) => onChange('summary', suggestion)}
        />
      ) : null}
    </Flex>
  );
};
