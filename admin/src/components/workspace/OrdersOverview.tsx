import * as React from 'react';
import { Badge, Field, Flex, Loader, Table, Tbody, Td, TextInput, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import type { OrderArticle, OrdersOverviewResponse } from '../../../../contracts/orders';
import { SEARCH_DEBOUNCE_MS } from '../../hooks/useLinkCandidates';
import { getTranslation } from '../../utils/getTranslation';
import { StatusBadge } from '../StatusBadge';
import { EmptyList } from './EmptyList';
import { OpenButton } from './OpenButton';

interface OrdersOverviewProps {
  overview?: OrdersOverviewResponse;
  isFetching: boolean;
  failed: boolean;
  search: string;
  onSearch: (q: string) => void;
  onOpen: (documentId: string) => void;
}

/** Every reading order of the type and locale (its ends, length, published count) and the articles in none. */
export const OrdersOverview = ({ overview, isFetching, failed, search, onSearch, onOpen }: OrdersOverviewProps) => {
  const { formatMessage } = useIntl();
  const openButton = (article: OrderArticle) => (
    <OpenButton
      label={formatMessage(
        { id: getTranslation('workspace.open.label'), defaultMessage: 'Open the reading order of “{title}”' },
        { title: article.title }
      )}
      onOpen={() => onOpen(article.documentId)}
    />
  );
  // The request waits for a pause in typing: one search a word, not one a letter.
  const [text, setText] = React.useState(search);
  const searchRef = React.useRef(onSearch);
  searchRef.current = onSearch;
  React.useEffect(() => {
    const timer = setTimeout(() => searchRef.current(text.trim()), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text]);

  const chainsLabel = formatMessage({ id: getTranslation('workspace.chains.title'), defaultMessage: 'Reading orders' });
  const unlinkedLabel = formatMessage({ id: getTranslation('workspace.unlinked.title'), defaultMessage: 'Articles in no reading order' });

  return (
    <Flex
      direction="column"
      alignItems="stretch"
      gap={4}
      tag="section"
      aria-label={formatMessage({ id: getTranslation('workspace.overview'), defaultMessage: 'Overview' })}
    >
      <Field.Root name="newsroom-orders-search">
        <Field.Label>{formatMessage({ id: getTranslation('workspace.search'), defaultMessage: 'Search by title' })}</Field.Label>
        <TextInput value={text} onChange={(event: React.ChangeEvent<HTMLInputElement>) => setText(event.target.value)} />
      </Field.Root>

      {failed ? (
        <Typography textColor="danger600">
          {formatMessage({ id: getTranslation('workspace.overview.failed'), defaultMessage: 'The reading orders could not be loaded.' })}
        </Typography>
      ) : null}
      {!overview && !failed ? (
        <Loader small>
          {formatMessage({ id: getTranslation('workspace.overview.loading'), defaultMessage: 'Loading the reading orders…' })}
        </Loader>
      ) : null}

      {overview ? (
        <>
          <Typography variant="pi" textColor="neutral600" data-testid="newsroom-overview-totals">
            {formatMessage(
              {
                id: getTranslation('workspace.overview.totals'),
                defaultMessage:
                  '{articles} articles: {chains} reading orders, {unlinked} articles in none{busy, select, true { (updating…)} other {}}',
              },
              {
                articles: overview.meta.articles,
                chains: overview.meta.chains.total,
                unlinked: overview.meta.unlinked.total,
                busy: String(isFetching),
              }
            )}
          </Typography>
          {overview.meta.hidden > 0 ? (
            <Typography variant="pi" textColor="neutral600" data-testid="newsroom-overview-hidden">
              {formatMessage(
                {
                  id: getTranslation('workspace.overview.hidden'),
                  defaultMessage:
                    '{count, plural, one {# article} other {# articles}} your role may not read (a locale or “is creator” condition) are left out.',
                },
                { count: overview.meta.hidden }
              )}
            </Typography>
          ) : null}

          <Typography variant="delta" tag="h2">
            {chainsLabel}
          </Typography>
          {overview.data.chains.length === 0 ? (
            <EmptyList
              content={formatMessage({ id: getTranslation('workspace.chains.none'), defaultMessage: 'No reading order found.' })}
            />
          ) : (
            <Table colCount={5} rowCount={overview.data.chains.length + 1} aria-label={chainsLabel}>
              <Thead>
                <Tr>
                  <Th>
                    <Typography variant="sigma">
                      {formatMessage({ id: getTranslation('workspace.chains.first'), defaultMessage: 'First article' })}
                    </Typography>
                  </Th>
                  <Th>
                    <Typography variant="sigma">
                      {formatMessage({ id: getTranslation('workspace.chains.last'), defaultMessage: 'Last article' })}
                    </Typography>
                  </Th>
                  <Th>
                    <Typography variant="sigma">
                      {formatMessage({ id: getTranslation('workspace.chains.length'), defaultMessage: 'Articles' })}
                    </Typography>
                  </Th>
                  <Th>
                    <Typography variant="sigma">
                      {formatMessage({ id: getTranslation('workspace.chains.published'), defaultMessage: 'Published' })}
                    </Typography>
                  </Th>
                  <Th>
                    <Typography variant="sigma">
                      {formatMessage({ id: getTranslation('workspace.chains.actions'), defaultMessage: 'Actions' })}
                    </Typography>
                  </Th>
                </Tr>
              </Thead>
              <Tbody>
                {overview.data.chains.map((chain) => (
                  <Tr key={chain.first.documentId} data-testid="newsroom-chain-row">
                    <Td>
                      <Typography ellipsis>{chain.first.title}</Typography>
                    </Td>
                    <Td>
                      <Typography ellipsis>{chain.last.title}</Typography>
                    </Td>
                    <Td>
                      <Typography>
                        {chain.hidden > 0
                          ? formatMessage(
                              { id: getTranslation('workspace.chains.length.hidden'), defaultMessage: '{length} (+{hidden} hidden)' },
                              { length: chain.length, hidden: chain.hidden }
                            )
                          : chain.length}
                      </Typography>
                    </Td>
                    <Td>
                      <Flex gap={1}>
                        <Typography>{chain.published}</Typography>
                        {chain.staged ? (
                          <Badge>{formatMessage({ id: getTranslation('workspace.chains.staged'), defaultMessage: 'Staged' })}</Badge>
                        ) : null}
                        {chain.loop ? (
                          <Badge textColor="danger600" backgroundColor="danger100">
                            {formatMessage({ id: getTranslation('workspace.chains.loop'), defaultMessage: 'Loop' })}
                          </Badge>
                        ) : null}
                      </Flex>
                    </Td>
                    <Td>{openButton(chain.first)}</Td>
                  </Tr>
                ))}
              </Tbody>
            </Table>
          )}

          <Typography variant="delta" tag="h2">
            {unlinkedLabel}
          </Typography>
          {overview.data.unlinked.length === 0 ? (
            <EmptyList
              content={formatMessage({
                id: getTranslation('workspace.unlinked.none'),
                defaultMessage: 'Every article is in a reading order.',
              })}
            />
          ) : (
            <Flex
              tag="ul"
              direction="column"
              alignItems="stretch"
              gap={1}
              aria-label={unlinkedLabel}
              style={{ listStyle: 'none', padding: 0, margin: 0 }}
            >
              {overview.data.unlinked.map((article) => (
                <Flex tag="li" key={article.documentId} gap={2} justifyContent="space-between" data-testid="newsroom-unlinked-row">
                  <Typography ellipsis>{article.title}</Typography>
                  <Flex gap={2}>
                    <StatusBadge status={article.status} />
                    {openButton(article)}
                  </Flex>
                </Flex>
              ))}
            </Flex>
          )}
        </>
      ) : null}
    </Flex>
  );
};
