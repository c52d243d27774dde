import * as React from 'react';
import { Box, Field, Flex, Loader, Table, Tbody, Td, TextInput, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { useDebounce, useRBAC } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';

import type { ContentTypeSettings } from '../../../../contracts/content-types';
import { SEARCH_DEBOUNCE_MS } from '../../hooks/useLinkCandidates';
import { useWorkspaceQuery } from '../../hooks/useWorkspaceQuery';
import { PERMISSIONS } from '../../permissions';
import { useListNewsroomSeriesQuery } from '../../services/series';
import { getTranslation } from '../../utils/getTranslation';
import { StatusBadge } from '../StatusBadge';
import { EmptyList } from './EmptyList';
import { ListPagination } from './ListPagination';
import { OpenButton } from './OpenButton';
import { SeriesEditor } from './SeriesEditor';
import { WorkspaceCard } from './WorkspaceCard';

interface SeriesSectionProps {
  contentType: ContentTypeSettings;
  locale?: string;
}

/**
 * The Series tab: the series of the type and locale, listed and searched with the
 * Content Manager's permissions a page at a time, one open for reordering and
 * publishing (the page's header creates them).
 */
export const SeriesSection = ({ contentType, locale }: SeriesSectionProps) => {
  const { formatMessage } = useIntl();
  const { allowedActions, isLoading: isLoadingPermissions } = useRBAC(PERMISSIONS.series);
  const can = (action: 'canRead' | 'canUpdate' | 'canPublish') => !isLoadingPermissions && Boolean(allowedActions[action]);
  const { page, pageSize, series: open, openSeries, firstPage } = useWorkspaceQuery();

  const [search, setSearch] = React.useState('');
  const q = useDebounce(search.trim(), SEARCH_DEBOUNCE_MS);
  const { data, isFetching, isError } = useListNewsroomSeriesQuery(
    { type: contentType.uid, locale, page, pageSize, q },
    { skip: !can('canRead') }
  );

  if (isLoadingPermissions) return null;
  if (!can('canRead')) {
    return (
      <WorkspaceCard>
        <Typography textColor="neutral600">
          {formatMessage({ id: getTranslation('series.section.forbidden'), defaultMessage: 'You are not allowed to see series.' })}
        </Typography>
      </WorkspaceCard>
    );
  }

  return (
    <WorkspaceCard>
      <Flex
        direction="column"
        alignItems="stretch"
        gap={4}
        tag="section"
        aria-labelledby="newsroom-series-title"
        data-testid="newsroom-series-section"
      >
        <Typography variant="delta" tag="h2" id="newsroom-series-title">
          {formatMessage(
            { id: getTranslation('series.section.title'), defaultMessage: 'Series of {type}' },
            { type: contentType.displayName }
          )}
        </Typography>
        <Typography textColor="neutral600">
          {formatMessage({
            id: getTranslation('series.section.subtitle'),
            defaultMessage: 'An investigation in parts, a course, a running story: an order of its own, besides the reading order.',
          })}
        </Typography>

        {open ? (
          <Box padding={4} hasRadius borderColor="neutral200">
            <SeriesEditor
              key={open}
              contentType={contentType}
              locale={locale}
              documentId={open}
              canEdit={can('canUpdate')}
              canPublish={can('canPublish')}
              onClose={() => openSeries(undefined)}
            />
          </Box>
        ) : null}

        <Box maxWidth="480px">
          <Field.Root name="newsroom-series-filter">
            <Field.Label>
              {formatMessage({ id: getTranslation('series.section.search'), defaultMessage: 'Search series by title' })}
            </Field.Label>
            <TextInput
              value={search}
              onChange={(event: React.ChangeEvent<HTMLInputElement>) => {
                setSearch(event.target.value);
                firstPage();
              }}
            />
          </Field.Root>
        </Box>

        {isError ? (
          <Typography textColor="danger600">
            {formatMessage({ id: getTranslation('series.picker.failed'), defaultMessage: 'Series could not be loaded. Please try again.' })}
          </Typography>
        ) : !data ? (
          <Loader small>{formatMessage({ id: getTranslation('series.loading'), defaultMessage: 'Loading the series…' })}</Loader>
        ) : data.results.length === 0 ? (
          <EmptyList
            content={
              q
                ? formatMessage({ id: getTranslation('series.picker.no-results'), defaultMessage: 'No series found' })
                : formatMessage({ id: getTranslation('series.section.empty'), defaultMessage: 'No series yet.' })
            }
          />
        ) : (
          <Table colCount={3} rowCount={data.results.length + 1} aria-busy={isFetching}>
            <Thead>
              <Tr>
                <Th>
                  <Typography variant="sigma">
                    {formatMessage({ id: getTranslation('series.section.column.title'), defaultMessage: 'Series' })}
                  </Typography>
                </Th>
                <Th>
                  <Typography variant="sigma">
                    {formatMessage({ id: getTranslation('series.section.column.status'), defaultMessage: 'Status' })}
                  </Typography>
                </Th>
                <Th>
                  <Typography variant="sigma">
                    {formatMessage({ id: getTranslation('series.section.column.actions'), defaultMessage: 'Actions' })}
                  </Typography>
                </Th>
              </Tr>
            </Thead>
            <Tbody>
              {data.results.map((series) => (
                <Tr key={series.documentId}>
                  <Td>
                    <Typography ellipsis>{series.title}</Typography>
                  </Td>
                  <Td>
                    <Flex>
                      <StatusBadge status={series.status} />
                    </Flex>
                  </Td>
                  <Td>
                    <OpenButton
                      label={formatMessage(
                        { id: getTranslation('series.section.open.label'), defaultMessage: 'Open the series “{title}”' },
                        { title: series.title }
                      )}
                      onOpen={() => openSeries(series.documentId)}
                    />
                  </Td>
                </Tr>
              ))}
            </Tbody>
          </Table>
        )}
        {data ? <ListPagination pageCount={data.pagination.pageCount} total={data.pagination.total} /> : null}
      </Flex>
    </WorkspaceCard>
  );
};
