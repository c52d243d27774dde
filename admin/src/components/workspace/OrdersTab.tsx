import * as React from 'react';
import { Flex } from '@strapi/design-system';

import type { ContentTypeSettings } from '../../../../contracts/content-types';
import { useWorkspaceQuery } from '../../hooks/useWorkspaceQuery';
import { useGetNewsroomOrdersQuery } from '../../services/orders';
import { ChainEditor } from './ChainEditor';
import { ListPagination } from './ListPagination';
import { OrdersOverview } from './OrdersOverview';
import { WorkspaceCard } from './WorkspaceCard';

interface OrdersTabProps {
  contentType: ContentTypeSettings;
  locale?: string;
  canEdit: boolean;
}

/** The Orders tab: every reading order of the type and locale a page at a time, and the one open for editing above them. */
export const OrdersTab = ({ contentType, locale, canEdit }: OrdersTabProps) => {
  const { page, pageSize, order, openOrder, firstPage } = useWorkspaceQuery();
  const [q, setQ] = React.useState('');
  const { data: overview, isFetching, isError } = useGetNewsroomOrdersQuery({ type: contentType.uid, locale, page, pageSize, q });

  const search = (next: string) => {
    if (next === q) return;
    setQ(next);
    firstPage();
  };

  return (
    <Flex direction="column" alignItems="stretch" gap={6}>
      {order ? (
        <WorkspaceCard>
          <ChainEditor
            contentType={contentType}
            locale={locale}
            documentId={order}
            chains={overview?.data.chains ?? []}
            canEdit={canEdit}
            onOpen={(documentId) => openOrder(documentId, true)}
            onClose={() => openOrder(undefined)}
          />
        </WorkspaceCard>
      ) : null}

      <WorkspaceCard>
        <OrdersOverview overview={overview} isFetching={isFetching} failed={isError} search={q} onSearch={search} onOpen={openOrder} />
        {overview ? (
          // One page number pages both lists: the pages go as far as the longer one.
          <ListPagination
            pageCount={Math.max(overview.meta.chains.pageCount, overview.meta.unlinked.pageCount)}
            total={Math.max(overview.meta.chains.total, overview.meta.unlinked.total)}
          />
        ) : null}
      </WorkspaceCard>
    </Flex>
  );
};
