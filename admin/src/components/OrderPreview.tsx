import { Box, Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import type { Neighborhood, ReadingOrderItem } from '../../../contracts/reading-order';
import { getTranslation } from '../utils/getTranslation';

const Row = ({ item, current }: { item: ReadingOrderItem; current?: boolean }) => (
  <Box
    tag="li"
    paddingTop={1}
    paddingBottom={1}
    paddingLeft={2}
    paddingRight={2}
    hasRadius
    background={current ? 'primary100' : undefined}
    aria-current={current ? 'true' : undefined}
  >
    <Typography variant="pi" ellipsis fontWeight={current ? 'bold' : undefined} textColor={current ? 'primary700' : 'neutral800'}>
      {item.title}
    </Typography>
  </Box>
);

const More = ({ children }: { children: string }) => (
  <Box tag="li" paddingLeft={2}>
    <Typography variant="pi" textColor="neutral500">
      {children}
    </Typography>
  </Box>
);

/** A compact view of the reading order around the edited article, which is highlighted. */
export const OrderPreview = ({ neighborhood }: { neighborhood: Neighborhood }) => {
  const { formatMessage } = useIntl();
  const { before, after, article, hasMoreBefore, hasMoreAfter } = neighborhood;

  return (
    <Flex direction="column" alignItems="stretch" gap={1}>
      <Typography variant="sigma" textColor="neutral600" tag="h3" id="newsroom-order-preview">
        {formatMessage({ id: getTranslation('reading-order.preview'), defaultMessage: 'In reading order' })}
      </Typography>
      <Box tag="ol" aria-labelledby="newsroom-order-preview" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {hasMoreBefore ? (
          <More>{formatMessage({ id: getTranslation('reading-order.preview.more-before'), defaultMessage: '… earlier articles' })}</More>
        ) : null}
        {before.map((item) => (
          <Row key={item.documentId} item={item} />
        ))}
        <Row item={article} current />
        {after.map((item) => (
          <Row key={item.documentId} item={item} />
        ))}
        {hasMoreAfter ? (
          <More>{formatMessage({ id: getTranslation('reading-order.preview.more-after'), defaultMessage: '… later articles' })}</More>
        ) : null}
      </Box>
    </Flex>
  );
};
