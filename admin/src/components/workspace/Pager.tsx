import { Button, Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import type { OrdersPagination } from '../../../../contracts/orders';
import { getTranslation } from '../../utils/getTranslation';

/** Previous / next page of a list of the workspace, and where the editor is in it. */
export const Pager = ({ pagination, onPage, label }: { pagination: OrdersPagination; onPage: (page: number) => void; label: string }) => {
  const { formatMessage } = useIntl();
  const { page, pageCount, total } = pagination;
  return (
    <Flex gap={2} tag="nav" aria-label={label}>
      <Button variant="tertiary" size="S" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        {formatMessage({ id: getTranslation('workspace.page.previous'), defaultMessage: 'Previous page' })}
      </Button>
      <Typography variant="pi" textColor="neutral600">
        {formatMessage(
          { id: getTranslation('workspace.page.of'), defaultMessage: 'Page {page} of {pageCount} ({total} in all)' },
          { page, pageCount: Math.max(pageCount, 1), total }
        )}
      </Typography>
      <Button variant="tertiary" size="S" disabled={page >= pageCount} onClick={() => onPage(page + 1)}>
        {formatMessage({ id: getTranslation('workspace.page.next'), defaultMessage: 'Next page' })}
      </Button>
    </Flex>
  );
};

