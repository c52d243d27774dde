import { Button } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import { getTranslation } from '../../utils/getTranslation';

/** "Open" on a row of a list of the Reading order page; `label` names what it opens for assistive tech. */
export const OpenButton = ({ label, onOpen }: { label: string; onOpen: () => void }) => {
  const { formatMessage } = useIntl();
  return (
    <Button variant="secondary" size="S" onClick={onOpen} aria-label={label}>
      {formatMessage({ id: getTranslation('workspace.open'), defaultMessage: 'Open' })}
    </Button>
  );
};
