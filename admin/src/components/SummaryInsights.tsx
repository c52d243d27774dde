import * as React from 'react';
import { Flex, Loader, Typography } from '@strapi/design-system';
import { useForm } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';

import { bodyChangedSubstantially, bodyFingerprint } from '../../../server/src/services/summary/fingerprint';
import type { SummaryStatusResponse } from '../../../contracts/summary';
import { useSettings } from '../hooks/useSettings';
import { useSummaryStatus } from '../hooks/useSummaryStatus';
import { countWords, readingTimeMinutes } from '../utils/blocks';
import { getTranslation } from '../utils/getTranslation';
import { SummarySuggestion } from './SummarySuggestion';

/**
 * Whether the summary the form holds is the stored one and the body the form holds
 * has changed substantially since it was written. A summary the editor is changing
 * now is being written against this body; a body the form holds mid-edit that
 * cannot be read gives no warning.
 */
const isStale = (status: SummaryStatusResponse['data'] | null, summary: string, body: unknown): boolean => {
  if (!status?.summary || summary !== status.summary) return false;
  try {
    return bodyChangedSubstantially(status.bodyFingerprint, bodyFingerprint(body ?? []));
  } catch {
    return false;
  }
};

interface SummaryInsightsProps {
  /** Undefined while the article is being created. */
  documentId?: string;
  locale?: string;
  /** Changes when the Content Manager saved the document: the stored summary is read again. */
  version?: string;
}

/** The "Summary" panel's content: length, reading time, what readers get, a stale-summary warning, and suggestions. */
export const SummaryInsights = ({ documentId, locale, version }: SummaryInsightsProps) => {
  const { formatMessage } = useIntl();
  const { settings, failed } = useSettings();
  // Read from the form, not the stored document: the numbers follow the editor's typing.
  const summary = useForm('SummaryPanel', (state) => (state.values as { summary?: unknown }).summary);
  const body = useForm('SummaryPanel', (state) => (state.values as { body?: unknown }).body);
  const title = useForm('SummaryPanel', (state) => (state.values as { title?: unknown }).title);
  const status = useSummaryStatus(documentId, locale, version);
  const text = typeof summary === 'string' ? summary : '';
  const stale = React.useMemo(() => isStale(status, text, body), [status, text, body]);
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

      {stale ? (
        <Typography variant="pi" textColor="warning600" role="status" data-testid="newsroom-summary-stale">
          {formatMessage({
            id: getTranslation('summary.stale'),
            defaultMessage: 'The body changed after this summary was written. Check that it still fits.',
          })}
        </Typography>
      ) : null}

      {settings.suggest.available && !disabled ? (
        <SummarySuggestion
          body={body}
          title={typeof title === 'string' ? title : undefined}
          locale={locale}
          hasText={words > 0}
          onAccept={(suggestion) => onChange('summary', suggestion)}
        />
      ) : null}
    </Flex>
  );
};
