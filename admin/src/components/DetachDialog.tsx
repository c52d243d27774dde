import { Button, Dialog, Flex, Typography } from '@strapi/design-system';
import { WarningCircle } from '@strapi/icons';
import { useIntl } from 'react-intl';

import type { DetachedLink } from '../../../contracts/reading-order';
import { getTranslation } from '../utils/getTranslation';

interface DetachDialogProps {
  /** The article the editor picked. */
  target: { documentId: string; title: string };
  /** The links of `target` that linking it here would break (`reason: 'taken'`). */
  detached: DetachedLink[];
  isPending: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Asks before an article already in the reading order elsewhere is moved next to this one. */
export const DetachDialog = ({ target, detached, isPending, onConfirm, onCancel }: DetachDialogProps) => {
  const { formatMessage } = useIntl();

  return (
    <Dialog.Root open onOpenChange={(open) => !open && onCancel()}>
      <Dialog.Content>
        <Dialog.Header>
          {formatMessage({ id: getTranslation('reading-order.detach.title'), defaultMessage: 'Move this article?' })}
        </Dialog.Header>
        <Dialog.Body icon={<WarningCircle fill="warning600" />}>
          <Flex direction="column" alignItems="stretch" gap={2}>
            {detached.map((link) => {
              // The picked article is either the later (it follows someone) or the earlier one of the link.
              const follows = link.next.documentId === target.documentId;
              const other = follows ? link.previous : link.next;
              return (
                <Typography key={`${link.previous.documentId}-${link.next.documentId}`} tag="p" textAlign="center">
                  {follows
                    ? formatMessage(
                        {
                          id: getTranslation('reading-order.detach.follows'),
                          defaultMessage: '“{title}” currently follows “{other}”. Linking it here will detach it from “{other}”.',
                        },
                        { title: target.title, other: other.title }
                      )
                    : formatMessage(
                        {
                          id: getTranslation('reading-order.detach.followed-by'),
                          defaultMessage: '“{title}” is currently followed by “{other}”. Linking it here will detach it from “{other}”.',
                        },
                        { title: target.title, other: other.title }
                      )}
                </Typography>
              );
            })}
          </Flex>
        </Dialog.Body>
        <Dialog.Footer>
          <Dialog.Cancel>
            <Button fullWidth variant="tertiary" disabled={isPending}>
              {formatMessage({ id: getTranslation('reading-order.detach.cancel'), defaultMessage: 'Cancel' })}
            </Button>
          </Dialog.Cancel>
          <Button fullWidth variant="danger-light" loading={isPending} onClick={onConfirm}>
            {formatMessage({ id: getTranslation('reading-order.detach.confirm'), defaultMessage: 'Link anyway' })}
          </Button>
        </Dialog.Footer>
      </Dialog.Content>
    </Dialog.Root>
  );
};
