import * as React from 'react';
import { Combobox, ComboboxOption, Field, Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import { useSeriesSearch } from '../../hooks/useSeriesSearch';
import type { SeriesListItem } from '../../services/series';
import { getTranslation } from '../../utils/getTranslation';
import { StatusBadge } from '../StatusBadge';

interface SeriesPickerProps {
  /** The edited article's type: a series holds articles of one type. */
  type: string;
  locale?: string;
  /** Series the article is in already, never offered. */
  exclude: string[];
  disabled?: boolean;
  onPick: (series: SeriesListItem) => void;
}

/** "Add to a series": the series of the article's type and locale, searched by title on the server as the editor types; scrolling to the end loads more. */
export const SeriesPicker = ({ type, locale, exclude, disabled, onPick }: SeriesPickerProps) => {
  const { formatMessage } = useIntl();
  const [text, setText] = React.useState('');
  const [isOpen, setOpen] = React.useState(false);
  const { series: found, isLoading, failed, hasMore, loadMore } = useSeriesSearch({ type, locale, query: text, enabled: isOpen });
  const offered = found.filter((series) => !exclude.includes(series.documentId));

  return (
    <Field.Root
      name="newsroom-add-to-series"
      error={
        failed
          ? formatMessage({ id: getTranslation('series.picker.failed'), defaultMessage: 'Series could not be loaded. Please try again.' })
          : undefined
      }
    >
      <Field.Label>{formatMessage({ id: getTranslation('series.add'), defaultMessage: 'Add to a series' })}</Field.Label>
      <Combobox
        autocomplete={{ type: 'list', filter: 'contains' }}
        placeholder={formatMessage({ id: getTranslation('series.picker.placeholder'), defaultMessage: 'Search series by title' })}
        disabled={disabled}
        textValue={text}
        onTextValueChange={setText}
        onInputChange={(event) => setText(event.currentTarget.value)}
        onOpenChange={setOpen}
        onClear={() => setText('')}
        clearLabel={formatMessage({ id: getTranslation('reading-order.picker.clear'), defaultMessage: 'Clear the search' })}
        loading={isLoading}
        hasMoreItems={hasMore}
        onLoadMore={loadMore}
        loadingMessage={formatMessage({ id: getTranslation('series.picker.loading'), defaultMessage: 'Loading series…' })}
        noOptionsMessage={() => formatMessage({ id: getTranslation('series.picker.no-results'), defaultMessage: 'No series found' })}
        onChange={(documentId) => {
          const series = offered.find((item) => item.documentId === documentId);
          if (series) onPick(series);
        }}
      >
        {offered.map((series) => (
          <ComboboxOption key={series.documentId} value={series.documentId} textValue={series.title}>
            <Flex gap={2} justifyContent="space-between">
              <Typography ellipsis>{series.title}</Typography>
              <StatusBadge status={series.status} />
            </Flex>
          </ComboboxOption>
        ))}
      </Combobox>
      <Field.Hint />
      <Field.Error />
    </Field.Root>
  );
};
