import { Status, Typography } from '@strapi/design-system';
import { useIntl, type MessageDescriptor } from 'react-intl';

import type { ArticleStatus } from '../../../contracts/reading-order';
import { getTranslation } from '../utils/getTranslation';

/** The same colours as the Content Manager's own status badges. */
const VARIANTS = { draft: 'secondary', published: 'success', modified: 'alternative' } as const;

const LABELS: Record<ArticleStatus, MessageDescriptor> = {
  draft: { id: getTranslation('status.draft'), defaultMessage: 'Draft' },
  published: { id: getTranslation('status.published'), defaultMessage: 'Published' },
  modified: { id: getTranslation('status.modified'), defaultMessage: 'Modified' },
};

export const StatusBadge = ({ status }: { status: ArticleStatus }) => {
  const { formatMessage } = useIntl();
  return (
    <Status variant={VARIANTS[status]} size="S" shrink={0}>
      <Typography tag="span" variant="pi" fontWeight="bold">
        {formatMessage(LABELS[status])}
      </Typography>
    </Status>
  );
};
