import * as React from 'react';
import { Alert, Divider, Flex, Loader, Typography } from '@strapi/design-system';
import { useForm, useNotification, useRBAC } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';

import type { ContentTypeSettings } from '../../../contracts/content-types';
import type { DetachedLink, LinkCandidate } from '../../../contracts/reading-order';
import { PERMISSIONS } from '../permissions';
import { useGetNewsroomReadingOrderQuery, useUpdateNewsroomLinksMutation } from '../services/articles';
import { getTranslation } from '../utils/getTranslation';
import { linkProblemMessage, toRequestProblem, type RequestProblem } from '../utils/requestErrors';
import { ArticlePicker } from './ArticlePicker';
import { DetachDialog } from './DetachDialog';
import { NeighborLink } from './NeighborLink';
import { OrderPreview } from './OrderPreview';
import { PanelNote } from './PanelNote';

/** How many articles the preview shows on each side of the edited one. */
const PREVIEW_STEPS = 2;

/** One side of a link change: which neighbor, and the article to link (`null` unlinks). */
interface LinkChange {
  side: 'previous' | 'next';
  target: string | null;
}

interface ReadingOrderProps {
  contentType: ContentTypeSettings;
  documentId: string;
  locale?: string;
  /** The published tab shows the order but edits belong to the draft. */
  isPublishedTab: boolean;
}

interface PendingChange {
  change: LinkChange;
  target: LinkCandidate;
  detached: DetachedLink[];
}

/** The "Reading order" panel's content for a saved article. */
export const ReadingOrder = ({ contentType, documentId, locale, isPublishedTab }: ReadingOrderProps) => {
  const { formatMessage } = useIntl();
  const { toggleNotification } = useNotification();
  const type = contentType.uid;
  // Saving or publishing the document in the Content Manager reloads it (services/api.ts).
  const { currentData: neighborhood, error: loadError } = useGetNewsroomReadingOrderQuery({
    type,
    documentId,
    locale,
    before: PREVIEW_STEPS,
    after: PREVIEW_STEPS,
  });
  const { allowedActions, isLoading: isLoadingPermissions } = useRBAC(PERMISSIONS.update);
  const [updateLinks, { isLoading: isPending }] = useUpdateNewsroomLinksMutation();
  const formModified = useForm('ReadingOrder', (state) => state.modified, false);

  /** `dryRun` asks the server what the change would detach without changing anything. */
  const send = ({ side, target }: LinkChange, dryRun: boolean) =>
    updateLinks({
      type,
      documentId,
      locale,
      change: { [side]: target, dryRun },
      formerNeighbors: [neighborhood?.previous?.documentId, neighborhood?.next?.documentId].filter((neighbor): neighbor is string =>
        Boolean(neighbor)
      ),
      reloadDocument: !formModified,
    }).unwrap();

  const [problem, setProblem] = React.useState<RequestProblem | null>(null);
  const [pending, setPending] = React.useState<PendingChange | null>(null);
  // Remounting the pickers after each pick empties their search.
  const [pickerKey, setPickerKey] = React.useState(0);

  const canEdit = !isPublishedTab && !isLoadingPermissions && Boolean(allowedActions.canUpdate);

  const applyChange = async (change: LinkChange) => {
    try {
      await send(change, false);
      toggleNotification({
        type: 'success',
        message: formatMessage({
          id: getTranslation('reading-order.updated'),
          defaultMessage: 'Reading order updated',
        }),
      });
    } catch (error) {
      setProblem(toRequestProblem(error));
    } finally {
      setPending(null);
      setPickerKey((key) => key + 1);
    }
  };

  const pick = async (side: LinkChange['side'], target: LinkCandidate) => {
    const change = { side, target: target.documentId };
    setProblem(null);
    try {
      // Ask first: the server knows what this link would take away from other articles.
      const { detached } = await send(change, true);
      const taken = detached.filter((link) => link.reason === 'taken');
      if (taken.length > 0) {
        setPending({ change, target, detached: taken });
        return;
      }
    } catch (error) {
      setProblem(toRequestProblem(error));
      setPickerKey((key) => key + 1);
      return;
    }
    await applyChange(change);
  };

  const unlink = (side: LinkChange['side']) => {
    setProblem(null);
    void applyChange({ side, target: null });
  };

  if (!neighborhood && !loadError) {
    return (
      <Loader small>{formatMessage({ id: getTranslation('reading-order.loading'), defaultMessage: 'Loading the reading order…' })}</Loader>
    );
  }

  if (!neighborhood) {
    const loadProblem = toRequestProblem(loadError);
    const message =
      loadProblem.kind === 'forbidden'
        ? { id: getTranslation('reading-order.load.forbidden'), defaultMessage: 'You are not allowed to see the reading order.' }
        : loadProblem.kind === 'not-found'
          ? {
              id: getTranslation('reading-order.load.not-found'),
              defaultMessage: 'This article has no draft in this locale yet; save it to set its links.',
            }
          : { id: getTranslation('reading-order.load.failed'), defaultMessage: 'The reading order could not be loaded.' };
    return <PanelNote>{formatMessage(message)}</PanelNote>;
  }

  const sides = ['previous', 'next'] as const;

  return (
    <Flex direction="column" alignItems="stretch" gap={4} width="100%">
      {problem ? (
        <Alert
          variant="danger"
          closeLabel={formatMessage({ id: getTranslation('reading-order.error.close'), defaultMessage: 'Close' })}
          onClose={() => setProblem(null)}
        >
          {formatMessage(linkProblemMessage(problem))}
        </Alert>
      ) : null}

      {sides.map((side) => (
        <Flex key={side} direction="column" alignItems="stretch" gap={2}>
          <NeighborLink
            contentType={contentType}
            side={side}
            article={neighborhood[side]}
            hidden={neighborhood.hidden[side]}
            onRemove={canEdit ? () => unlink(side) : undefined}
            disabled={isPending}
          />
          {canEdit ? (
            <ArticlePicker
              key={`${side}-${pickerKey}`}
              side={side}
              type={type}
              exclude={documentId}
              locale={locale}
              disabled={isPending}
              onPick={(candidate) => void pick(side, candidate)}
            />
          ) : null}
        </Flex>
      ))}

      {!canEdit && !isLoadingPermissions ? (
        <Typography variant="pi" textColor="neutral600">
          {isPublishedTab
            ? formatMessage({
                id: getTranslation('reading-order.read-only.published'),
                defaultMessage: 'Links are edited on the draft.',
              })
            : formatMessage({
                id: getTranslation('reading-order.read-only.permission'),
                defaultMessage: 'You can see the reading order but not change it.',
              })}
        </Typography>
      ) : null}

      <Divider />
      <OrderPreview neighborhood={neighborhood} />

      {pending ? (
        <DetachDialog
          target={pending.target}
          detached={pending.detached}
          isPending={isPending}
          onConfirm={() => void applyChange(pending.change)}
          onCancel={() => {
            setPending(null);
            setPickerKey((key) => key + 1);
          }}
        />
      ) : null}
    </Flex>
  );
};
