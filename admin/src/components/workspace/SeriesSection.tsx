import * as React from 'react';
import { Box, Button, Field, Flex, Loader, Table, Tbody, Td, TextInput, Textarea, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { useDebounce, useNotification, useRBAC } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';

import type { ContentTypeSettings } from '../../../../contracts/content-types';
import { SEARCH_DEBOUNCE_MS } from '../../hooks/useLinkCandidates';
import { PERMISSIONS } from '../../permissions';
import { useCreateNewsroomSeriesMutation, useListNewsroomSeriesQuery } from '../../services/series';
import { getTranslation } from '../../utils/getTranslation';
import { StatusBadge } from '../StatusBadge';
import { Pager } from './Pager';
import { RefusedChange } from './RefusedChange';
import { SeriesEditor } from './SeriesEditor';

/** Series a page of the list shows. */
const PAGE_SIZE = 10;

/** The longest title the series type takes (its schema's maxLength). */
const TITLE_MAX = 255;

/**
 * The series of the workspace's type and locale: listed and searched with the
 * Content Manager's permissions, created (draft, slug from the title), one open for
 * reordering and publishing.
 */
interface SeriesSectionProps {
  contentType: ContentTypeSettings;
  locale?: string;
  /** A series to open at first (a link from the series' edit view). */
  initialSeries?: string;
}

export const SeriesSection = ({ contentType, locale, initialSeries }: SeriesSectionProps) => {
  const { formatMessage } = useIntl();
  const { toggleNotification } = useNotification();
  const { allowedActions, isLoading: isLoadingPermissions } = useRBAC(PERMISSIONS.series);
  const can = (action: 'canRead' | 'canCreate' | 'canUpdate' | 'canPublish') => !isLoadingPermissions && Boolean(allowedActions[action]);

  const [page, setPage] = React.useState(1);
  const [search, setSearch] = React.useState('');
  const q = useDebounce(search.trim(), SEARCH_DEBOUNCE_MS);
  const [open, setOpen] = React.useState<string | null>(initialSeries ?? null);
  const editorRef = React.useRef<HTMLDivElement>(null);
  // Arriving with a series to open: the section is below the reading orders, so bring it into view.
  React.useEffect(() => {
    if (initialSeries) editorRef.current?.scrollIntoView({ block: 'start' });
  }, [initialSeries]);
  const { data, isFetching, isError } = useListNewsroomSeriesQuery(
    { type: contentType.uid, locale, page, pageSize: PAGE_SIZE, q },
    { skip: !can('canRead') }
  );

  const [title, setTitle] = React.useState('');
  const [description, setDescription] = React.useState('');
  const [refused, setRefused] = React.useState<unknown>(null);
  const [create, { isLoading: isCreating }] = useCreateNewsroomSeriesMutation();

  const createSeries = async (event: React.FormEvent) => {
    event.preventDefault();
    setRefused(null);
    try {
      const created = await create({ type: contentType.uid, locale, title: title.trim(), description: description.trim() }).unwrap();
      setTitle('');
      setDescription('');
      setOpen(created.documentId);
      toggleNotification({
        type: 'success',
        message: formatMessage({ id: getTranslation('series.created'), defaultMessage: 'Series created as a draft' }),
      });
    } catch (error) {
      setRefused(error);
    }
  };

  if (isLoadingPermissions) return null;
  if (!can('canRead')) {
    return (
      <Typography textColor="neutral600">
        {formatMessage({ id: getTranslation('series.section.forbidden'), defaultMessage: 'You are not allowed to see series.' })}
      </Typography>
    );
  }

  return (
    <Flex direction="column" alignItems="stretch" gap={4} tag="section" aria-labelledby="newsroom-series-title" data-testid="newsroom-series-section">
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
        <Box ref={editorRef} padding={4} hasRadius borderColor="neutral200">
          <SeriesEditor
            key={open}
            contentType={contentType}
            locale={locale}
            documentId={open}
            canEdit={can('canUpdate')}
            canPublish={can('canPublish')}
            onClose={() => setOpen(null)}
          />
        </Box>
      ) : null}

      <Box maxWidth="480px">
        <Field.Root name="newsroom-series-filter">
          <Field.Label>{formatMessage({ id: getTranslation('series.section.search'), defaultMessage: 'Search series by title' })}</Field.Label>
          <TextInput
            value={search}
            onChange={(event: React.ChangeEvent<HTMLInputElement>) => {
              setSearch(event.target.value);
              setPage(1);
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
        <Typography textColor="neutral600">
          {formatMessage({ id: getTranslation('series.section.empty'), defaultMessage: 'No series yet.' })}
        </Typography>
      ) : (
        <Table colCount={3} rowCount={data.results.length + 1} aria-busy={isFetching}>
          <Thead>
            <Tr>
              <Th>
                <Typography variant="sigma">{formatMessage({ id: getTranslation('series.section.column.title'), defaultMessage: 'Series' })}</Typography>
              </Th>
              <Th>
                <Typography variant="sigma">{formatMessage({ id: getTranslation('series.section.column.status'), defaultMessage: 'Status' })}</Typography>
              </Th>
              <Th>
                <Typography variant="sigma">{formatMessage({ id: getTranslation('series.section.column.actions'), defaultMessage: 'Actions' })}</Typography>
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
                  <Button
                    variant="secondary"
                    size="S"
                    onClick={() => setOpen(series.documentId)}
                    aria-label={formatMessage(
                      { id: getTranslation('series.section.open.label'), defaultMessage: 'Open the series “{title}”' },
                      { title: series.title }
                    )}
                  >
                    {formatMessage({ id: getTranslation('workspace.open'), defaultMessage: 'Open' })}
                  </Button>
                </Td>
              </Tr>
            ))}
          </Tbody>
        </Table>
      )}
      {data && data.pagination.pageCount > 1 ? (
        <Pager
          pagination={data.pagination}
          onPage={setPage}
          label={formatMessage({ id: getTranslation('series.section.pages'), defaultMessage: 'Pages of series' })}
        />
      ) : null}

      {can('canCreate') ? (
        <Flex tag="form" direction="column" alignItems="stretch" gap={2} onSubmit={(event: React.FormEvent) => void createSeries(event)} maxWidth="480px">
          <Typography variant="sigma" textColor="neutral600" tag="h3">
            {formatMessage({ id: getTranslation('series.create.title'), defaultMessage: 'New series' })}
          </Typography>
          {refused ? <RefusedChange error={refused} known={[]} onClose={() => setRefused(null)} /> : null}
          <Field.Root name="newsroom-series-new-title" required>
            <Field.Label>{formatMessage({ id: getTranslation('series.create.name'), defaultMessage: 'Title' })}</Field.Label>
            <TextInput value={title} maxLength={TITLE_MAX} onChange={(event: React.ChangeEvent<HTMLInputElement>) => setTitle(event.target.value)} />
          </Field.Root>
          <Field.Root name="newsroom-series-new-description">
            <Field.Label>{formatMessage({ id: getTranslation('series.create.description'), defaultMessage: 'Description' })}</Field.Label>
            <Textarea value={description} onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => setDescription(event.target.value)} />
          </Field.Root>
          <Flex>
            <Button type="submit" disabled={!title.trim() || isCreating} loading={isCreating}>
              {formatMessage({ id: getTranslation('series.create.button'), defaultMessage: 'Create series' })}
            </Button>
          </Flex>
        </Flex>
      ) : null}
    </Flex>
  );
};
