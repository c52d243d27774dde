import * as React from 'react';
import { Flex, Typography } from '@strapi/design-system';
import { useForm } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';

import type { ContentTypeSettings } from '../../../contracts/content-types';
import type { SettingsResponse, SummaryStatusResponse } from '../../../contracts/summary';
import { useGetNewsroomSummaryStatusQuery } from '../services/summary';
import { bodyChangedSince, countWords, readingTimeMinutes } from '../utils/body';
import { getTranslation } from '../utils/getTranslation';
import { SummarySuggestion } from './SummarySuggestion';

/**
 * Whether the summary the form holds is the stored one and the body the form holds
 * has changed substantially since it was written. A summary the editor is changing
 * now is being written against this body.
 */
const isStale = (
  status: SummaryStatusResponse['data'] | undefined,
  summary: string,
  body: unknown,
  bodyShape: ContentTypeSettings['bodyShape']
): boolean => {
  if (!status?.summary || summary !== status.summary) return false;
  return bodyChangedSince(status.bodyFingerprint, body, bodyShape);
};

/** Reads one field of the Content Manager's form by its attribute name. */
const formValue =
  (name: string) =>
  (state: { values: object }): unknown =>
    (state.values as Record<string, unknown>)[name];

interface SummaryInsightsProps {
  settings: SettingsResponse['data'];
  /** The edited document's type: which form fields hold the title, summary and body, and the summary's limit. */
  contentType: ContentTypeSettings;
  /** Undefined while the document is being created. */
  documentId?: string;
  locale?: string;
}

/** The "Summary" panel's content: length, reading time, what readers get, a stale-summary warning, and suggestions. */
export const SummaryInsights = ({ settings, contentType, documentId, locale }: SummaryInsightsProps) => {
  const { formatMessage } = useIntl();
  const { fields, uid: type, summaryMaxLength: maxLength, bodyShape } = contentType;
  // Read from the form, not the stored document: the numbers follow the editor's typing.
  const summary = useForm('SummaryPanel', formValue(fields.summary));
  const body = useForm('SummaryPanel', formValue(fields.body));
  const title = useForm('SummaryPanel', formValue(fields.title));
  // Saving the document in the Content Manager reloads it (services/api.ts).
  const { currentData: status } = useGetNewsroomSummaryStatusQuery({ type, documentId: documentId ?? '', locale }, { skip: !documentId });
  const text = typeof summary === 'string' ? summary : '';
  const stale = React.useMemo(() => isStale(status, text, body, bodyShape), [status, text, body, bodyShape]);
  const words = React.useMemo(() => countWords(body, bodyShape), [body, bodyShape]);
  const onChange = useForm('SummaryPanel', (state) => state.onChange);
  const disabled = useForm('SummaryPanel', (state) => state.disabled);

  const { auto } = settings.summary;
  const tooLong = text.length > maxLength;
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
                  defaultMessage: '{minutes, plural, one {# minute} other {# minutes}} ({words, plural, one {# word} other {# words}})',
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
          type={type}
          body={body}
          title={typeof title === 'string' ? title : undefined}
          locale={locale}
          hasText={words > 0}
          onAccept={(suggestion) => onChange(fields.summary, suggestion)}
        />
      ) : null}
    </Flex>
  );
};
