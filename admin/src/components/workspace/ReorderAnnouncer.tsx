import { VisuallyHidden } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import { getTranslation } from '../../utils/getTranslation';

/** The keyboard instructions the drag handles point at, and the live region that reads each step of a move. */
export const ReorderAnnouncer = ({ instructionsId, announcement }: { instructionsId: string; announcement: string }) => {
  const { formatMessage } = useIntl();
  return (
    <>
      <VisuallyHidden id={instructionsId}>
        {formatMessage({
          id: getTranslation('workspace.chain.a11y.instructions'),
          defaultMessage:
            'Press Space or Enter to pick up the article, the up and down arrows to move it, Space or Enter to drop it, Escape to cancel.',
        })}
      </VisuallyHidden>
      <VisuallyHidden aria-live="assertive" data-testid="newsroom-reorder-announcement">
        {announcement}
      </VisuallyHidden>
    </>
  );
};
