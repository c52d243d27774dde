import { Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import type { SummaryLength } from '../../../contracts/summary';
import { getTranslation } from '../utils/getTranslation';

interface SuggestedKeyPointsProps {
  keyPoints: string[];
  /** The length the body's word count picks: readers asking for key points get this many by default. */
  length: SummaryLength;
}

/** Each length's name, spelled out so every message id stays findable in the source. */
const LENGTH_NAMES = {
  short: { id: getTranslation('summary.length.short'), defaultMessage: 'short' },
  medium: { id: getTranslation('summary.length.medium'), defaultMessage: 'medium' },
  long: { id: getTranslation('summary.length.long'), defaultMessage: 'long' },
} as const;

/** The automatic key points readers get when they ask for them and the article has none written: a preview under the suggested summary. */
export const SuggestedKeyPoints = ({ keyPoints, length }: SuggestedKeyPointsProps) => {
  const { formatMessage } = useIntl();
  const lengthName = formatMessage(LENGTH_NAMES[length]);
  return (
    <Flex direction="column" alignItems="stretch" gap={1} data-testid="newsroom-suggested-key-points">
      <Typography variant="sigma" textColor="neutral600" tag="h3">
        {formatMessage({ id: getTranslation('summary.key-points'), defaultMessage: 'Key points' })}
      </Typography>
      {keyPoints.length === 0 ? (
        <Typography variant="pi" textColor="neutral600">
          {formatMessage({
            id: getTranslation('summary.key-points.empty'),
            defaultMessage: 'The body has no whole sentence to make a key point of.',
          })}
        </Typography>
      ) : (
        <ul style={{ listStyle: 'disc', paddingInlineStart: '1.25rem' }}>
          {keyPoints.map((point) => (
            <li key={point}>
              <Typography variant="omega">{point}</Typography>
            </li>
          ))}
        </ul>
      )}
      <Typography variant="pi" textColor="neutral600">
        {formatMessage(
          {
            id: getTranslation('summary.key-points.note'),
            defaultMessage:
              'What readers get with format=keypoints ({length}, from the word count), unless the key points field is filled in.',
          },
          { length: lengthName }
        )}
      </Typography>
    </Flex>
  );
};
