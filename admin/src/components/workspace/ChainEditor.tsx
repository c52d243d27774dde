import * as React from 'react';
import {
  Box,
  Button,
  Field,
  Flex,
  Loader,
  NumberInput,
  SingleSelect,
  SingleSelectOption,
  TextInput,
  Typography,
} from '@strapi/design-system';
import { useIntl } from 'react-intl';

import type { ContentTypeSettings } from '../../../../contracts/content-types';
import type { ApplyTo, OrderArticle, OrderSummary } from '../../../../contracts/orders';
import {
  useGetNewsroomOrderQuery,
  useGetNewsroomOrdersQuery,
  useLazyGetNewsroomOrderQuery,
  useReorderNewsroomOrderMutation,
} from '../../services/orders';
import { getTranslation } from '../../utils/getTranslation';
import { useSortableRows } from '../../hooks/useSortableRows';
import { insertAt, removeAt, upTo } from '../../utils/sequence';
import { ApplyChoice } from './ApplyChoice';
import { CandidateList } from './CandidateList';
import { RefusedChange } from './RefusedChange';
import { ReorderAnnouncer } from './ReorderAnnouncer';
import { SortableArticle } from './SortableArticle';
import { useNoticedAction } from '../../hooks/useNoticedAction';

interface ChainEditorProps {
  contentType: ContentTypeSettings;
  locale?: string;
  /** An article of the open chain. */
  documentId: string;
  /** The chains of the overview's page, offered to join. */
  chains: OrderSummary[];
  canEdit: boolean;
  /** After a save the chain is known by its first article (the opened one may have left it). */
  onOpen: (documentId: string) => void;
  onClose: () => void;
}

/** Unlinked articles offered for insertion per search. */
const CANDIDATES = 10;

/** The open chain: its articles in order, and every edit of it, each saved as the whole new sequence. */
export const ChainEditor = ({ contentType, locale, documentId, chains, canEdit, onOpen, onClose }: ChainEditorProps) => {
  const { formatMessage } = useIntl();
  const { refused, refuse, clearRefused, run } = useNoticedAction();
  const type = contentType.uid;
  const { data: saved, isFetching, isError } = useGetNewsroomOrderQuery({ type, locale, documentId });
  const [reorder, { isLoading: isSaving }] = useReorderNewsroomOrderMutation();
  const [loadChain] = useLazyGetNewsroomOrderQuery();

  const [apply, setApply] = React.useState<ApplyTo>('draft');
  const [search, setSearch] = React.useState('');
  const [position, setPosition] = React.useState<number | undefined>(undefined);
  const [joinWith, setJoinWith] = React.useState<string>('');
  const {
    items,
    itemsRef,
    show,
    reorder: rowReorder,
    announcement,
    instructionsId,
  } = useSortableRows({
    saved: saved?.articles,
    disabled: isSaving || isFetching,
    onSave: (next) => void save(next),
  });

  const { data: found } = useGetNewsroomOrdersQuery({ type, locale, page: 1, pageSize: CANDIDATES, q: search }, { skip: !canEdit });
  const members = new Set(items.map((article) => article.documentId));
  const candidates = (found?.data.unlinked ?? []).filter((article) => !members.has(article.documentId));
  const joinable = chains.filter((chain) => !members.has(chain.first.documentId));

  const save = async (next: OrderArticle[]) => {
    if (!saved) return;
    const order = next.map((article) => article.documentId);
    if (order.join() === saved.articles.map((article) => article.documentId).join()) {
      clearRefused();
      return;
    }
    // The route names an article that stays in the chain: the opened one may be the one removed.
    const done = await run(() => reorder({ type, locale, documentId: order[0], change: { order, apply } }).unwrap(), {
      success: formatMessage({ id: getTranslation('workspace.chain.saved'), defaultMessage: 'Reading order saved' }),
      onFailure: () => show(saved.articles),
    });
    if (done) onOpen(order[0]);
  };

  const editing = (article: OrderArticle) => ({
    ...rowReorder(article),
    onRemove: (index: number) => void save(removeAt(itemsRef.current, index)),
    onSplit: (index: number) => void save(upTo(itemsRef.current, index)),
  });

  // Until the saved chain is back, an edit would start from the one before the last save.
  const isBusy = isSaving || isFetching;
  // A reorder names every article of the chain: with some the editor may not read, it would take them out (refused).
  const hidden = saved?.hidden ?? 0;
  const editable = canEdit && hidden === 0;

  const insert = (article: OrderArticle) => {
    const at = Math.min(Math.max((position ?? items.length + 1) - 1, 0), items.length);
    void save(insertAt(items, article, at));
  };

  const join = async () => {
    clearRefused();
    let other: OrderArticle[];
    try {
      other = (await loadChain({ type, locale, documentId: joinWith }).unwrap()).articles;
    } catch (error) {
      refuse(error);
      return;
    }
    setJoinWith('');
    await save([...items, ...other]);
  };

  if (!saved) {
    return isError ? (
      <Typography textColor="danger600">
        {formatMessage({ id: getTranslation('workspace.chain.failed'), defaultMessage: 'This reading order could not be loaded.' })}
      </Typography>
    ) : (
      <Loader small>
        {formatMessage({ id: getTranslation('workspace.chain.loading'), defaultMessage: 'Loading the reading order…' })}
      </Loader>
    );
  }

  return (
    <Flex direction="column" alignItems="stretch" gap={4} tag="section" aria-labelledby="newsroom-chain-title">
      <Flex justifyContent="space-between" gap={2}>
        <Typography variant="delta" tag="h2" id="newsroom-chain-title">
          {formatMessage(
            { id: getTranslation('workspace.chain.title'), defaultMessage: 'Reading order of “{title}” ({count} articles)' },
            { title: items[0]?.title ?? '', count: items.length }
          )}
        </Typography>
        <Button variant="tertiary" onClick={onClose}>
          {formatMessage({ id: getTranslation('workspace.chain.close'), defaultMessage: 'Close' })}
        </Button>
      </Flex>

      {saved.loop ? (
        <Typography textColor="danger600">
          {formatMessage({
            id: getTranslation('workspace.chain.loop'),
            defaultMessage:
              'The links of these articles go round in a loop; saving an order here opens it. Check and repair can also fix it.',
          })}
        </Typography>
      ) : null}
      {saved.staged ? (
        <Typography textColor="neutral600">
          {formatMessage({
            id: getTranslation('workspace.chain.staged'),
            defaultMessage: 'Readers still see the published order; the order below goes live as the articles are published.',
          })}
        </Typography>
      ) : null}

      {hidden > 0 ? (
        <Typography textColor="neutral600" data-testid="newsroom-chain-hidden">
          {formatMessage(
            {
              id: getTranslation('workspace.chain.hidden'),
              defaultMessage:
                'This reading order also holds {count, plural, one {# article} other {# articles}} your role may not read, left out here: only an editor who may change them can reorder it.',
            },
            { count: hidden }
          )}
        </Typography>
      ) : null}

      {editable ? <ApplyChoice value={apply} onChange={setApply} /> : null}
      {refused ? <RefusedChange error={refused} known={[...items, ...candidates]} onClose={clearRefused} /> : null}

      <ReorderAnnouncer instructionsId={instructionsId} announcement={announcement} />

      <Flex
        tag="ol"
        direction="column"
        alignItems="stretch"
        gap={1}
        aria-labelledby="newsroom-chain-title"
        style={{ listStyle: 'none', padding: 0, margin: 0 }}
      >
        {items.map((article, index) => (
          <SortableArticle
            key={article.documentId}
            contentType={contentType}
            locale={locale}
            article={article}
            index={index}
            count={items.length}
            editing={editable ? editing(article) : undefined}
          />
        ))}
      </Flex>

      {editable ? (
        <Flex gap={6} alignItems="flex-start" wrap="wrap">
          <Flex direction="column" alignItems="stretch" gap={2} grow={1} minWidth="320px">
            <Typography variant="sigma" textColor="neutral600" tag="h3">
              {formatMessage({ id: getTranslation('workspace.insert.title'), defaultMessage: 'Insert an unlinked article' })}
            </Typography>
            <Flex gap={2} alignItems="flex-end">
              <Box grow={1}>
                <Field.Root name="newsroom-insert-search">
                  <Field.Label>
                    {formatMessage({ id: getTranslation('workspace.insert.search'), defaultMessage: 'Search unlinked articles' })}
                  </Field.Label>
                  <TextInput value={search} onChange={(event: React.ChangeEvent<HTMLInputElement>) => setSearch(event.target.value)} />
                </Field.Root>
              </Box>
              <Field.Root name="newsroom-insert-position">
                <Field.Label>
                  {formatMessage({ id: getTranslation('workspace.insert.position'), defaultMessage: 'At position' })}
                </Field.Label>
                <NumberInput
                  value={position ?? items.length + 1}
                  onValueChange={(value: number | undefined) => setPosition(value)}
                  step={1}
                />
              </Field.Root>
            </Flex>
            <CandidateList
              candidates={found ? candidates : undefined}
              disabled={isBusy}
              action={formatMessage({ id: getTranslation('workspace.insert.button'), defaultMessage: 'Insert' })}
              actionLabel={(title) =>
                formatMessage({ id: getTranslation('workspace.insert.button.label'), defaultMessage: 'Insert “{title}”' }, { title })
              }
              none={formatMessage({ id: getTranslation('workspace.insert.none'), defaultMessage: 'No unlinked article found.' })}
              onPick={insert}
            />
          </Flex>

          <Flex direction="column" alignItems="stretch" gap={2} minWidth="280px">
            <Typography variant="sigma" textColor="neutral600" tag="h3">
              {formatMessage({ id: getTranslation('workspace.join.title'), defaultMessage: 'Join another reading order at the end' })}
            </Typography>
            <Field.Root name="newsroom-join">
              <Field.Label>
                {formatMessage({ id: getTranslation('workspace.join.pick'), defaultMessage: 'Reading order to append' })}
              </Field.Label>
              <SingleSelect
                value={joinWith}
                onChange={(value: string | number) => setJoinWith(String(value))}
                placeholder={formatMessage({ id: getTranslation('workspace.join.placeholder'), defaultMessage: 'Choose a reading order' })}
              >
                {joinable.map((chain) => (
                  <SingleSelectOption key={chain.first.documentId} value={chain.first.documentId}>
                    {formatMessage(
                      { id: getTranslation('workspace.join.option'), defaultMessage: '{first} … {last} ({length})' },
                      { first: chain.first.title, last: chain.last.title, length: chain.length }
                    )}
                  </SingleSelectOption>
                ))}
              </SingleSelect>
            </Field.Root>
            <Button variant="secondary" disabled={!joinWith || isBusy} onClick={() => void join()}>
              {formatMessage({ id: getTranslation('workspace.join.button'), defaultMessage: 'Join at the end' })}
            </Button>
          </Flex>
        </Flex>
      ) : null}
    </Flex>
  );
};
