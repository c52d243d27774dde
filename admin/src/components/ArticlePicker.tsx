import * as React from 'react';
import { Combobox, ComboboxOption, Field, Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import type { LinkCandidate } from '../../../contracts/reading-order';
import { useLinkCandidates } from '../hooks/useLinkCandidates';
import { getTranslation } from '../utils/getTranslation';
import { StatusBadge } from './StatusBadge';

interface ArticlePickerProps {
  side: 'previous' | 'next';
  /** The edited article's content type: links never cross types. */
  type: string;
  /** The edited article, never offered. */
  exclude: string;
  locale?: string;
  disabled?: boolean;
  onPick: (candidate: LinkCandidate) => void;
}

/**
 * "Set previous" / "Set next": a combobox searching articles by title on the
 * server as the editor types; more results load when the list is scrolled to its end.
 */
export const ArticlePicker = ({ side, type, exclude, locale, disabled, onPick }: ArticlePickerProps) => {
  const { formatMessage } = useIntl();
  const [text, setText] = React.useState('');
  const [isOpen, setOpen] = React.useState(false);
  const { candidates, isLoading, failed, hasMore, loadMore } = useLinkCandidates({
    type,
    locale,
    exclude,
    query: text,
    enabled: isOpen,
  });

  const label =
    side === 'previous'
      ? formatMessage({ id: getTranslation('reading-order.set-previous'), defaultMessage: 'Set previous' })
      : formatMessage({ id: getTranslation('reading-order.set-next'), defaultMessage: 'Set next' });

  const linkedHint = (candidate: LinkCandidate) => {
    // Only the link this choice would take away matters: for "previous", the candidate's next; for "next", its previous.
    const taken = side === 'previous' ? candidate.next : candidate.previous;
    if (!taken) return null;
    return side === 'previous'
      ? formatMessage(
          { id: getTranslation('reading-order.candidate.followed-by'), defaultMessage: 'Followed by “{title}”' },
          { title: taken.title }
        )
      : formatMessage(
          { id: getTranslation('reading-order.candidate.follows'), defaultMessage: 'Follows “{title}”' },
          { title: taken.title }
        );
  };

  return (
    <Field.Root
      name={`newsroom-${side}`}
      error={
        failed
          ? formatMessage({
              id: getTranslation('reading-order.picker.failed'),
              defaultMessage: 'Articles could not be loaded. Please try again.',
            })
          : undefined
      }
    >
      <Field.Label>{label}</Field.Label>
      <Combobox
        autocomplete={{ type: 'list', filter: 'contains' }}
        placeholder={formatMessage({
          id: getTranslation('reading-order.picker.placeholder'),
          defaultMessage: 'Search by title',
        })}
        disabled={disabled}
        textValue={text}
        onTextValueChange={setText}
        onInputChange={(event) => setText(event.currentTarget.value)}
        onOpenChange={setOpen}
        onClear={() => setText('')}
        clearLabel={formatMessage({ id: getTranslation('reading-order.picker.clear'), defaultMessage: 'Clear the search' })}
        loading={isLoading}
        loadingMessage={formatMessage({
          id: getTranslation('reading-order.picker.loading'),
          defaultMessage: 'Loading articles…',
        })}
        noOptionsMessage={() =>
          formatMessage({ id: getTranslation('reading-order.picker.no-results'), defaultMessage: 'No article found' })
        }
        hasMoreItems={hasMore}
        onLoadMore={loadMore}
        onChange={(documentId) => {
          const candidate = candidates.find((item) => item.documentId === documentId);
          if (candidate) onPick(candidate);
        }}
      >
        {candidates.map((candidate) => {
          const hint = linkedHint(candidate);
          return (
            <ComboboxOption key={candidate.documentId} value={candidate.documentId} textValue={candidate.title}>
              <Flex direction="column" alignItems="stretch" gap={1}>
                <Flex gap={2} justifyContent="space-between">
                  <Typography ellipsis>{candidate.title}</Typography>
                  <StatusBadge status={candidate.status} />
                </Flex>
                {hint ? (
                  <Typography variant="pi" textColor="neutral600">
                    {hint}
                  </Typography>
                ) : null}
              </Flex>
            </ComboboxOption>
          );
        })}
      </Combobox>
      <Field.Error />
    </Field.Root>
  );
};
