import * as React from 'react';
import { Button, Field, Flex, Modal, TextInput, Textarea } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import type { ContentTypeSettings } from '../../../../contracts/content-types';
import { useCreateNewsroomSeriesMutation } from '../../services/series';
import { getTranslation } from '../../utils/getTranslation';
import { RefusedChange } from './RefusedChange';
import { useNoticedAction } from '../../hooks/useNoticedAction';

/** The longest title the series type takes (its schema's maxLength). */
const TITLE_MAX = 255;

interface NewSeriesModalProps {
  open: boolean;
  contentType: ContentTypeSettings;
  locale?: string;
  onClose: () => void;
  /** The series was created: the page opens it. */
  onCreated: (documentId: string) => void;
}

/** "New series", the page's primary action: a draft series of the type and locale, its slug made from the title. */
export const NewSeriesModal = ({ open, contentType, locale, onClose, onCreated }: NewSeriesModalProps) => {
  const { formatMessage } = useIntl();
  const { refused, clearRefused, run } = useNoticedAction();
  const [title, setTitle] = React.useState('');
  const [description, setDescription] = React.useState('');
  const [create, { isLoading: isCreating }] = useCreateNewsroomSeriesMutation();
  const heading = formatMessage({ id: getTranslation('series.create.title'), defaultMessage: 'New series' });

  const close = () => {
    setTitle('');
    setDescription('');
    clearRefused();
    onClose();
  };

  const createSeries = async (event: React.FormEvent) => {
    event.preventDefault();
    await run(
      async () => {
        const created = await create({ type: contentType.uid, locale, title: title.trim(), description: description.trim() }).unwrap();
        close();
        onCreated(created.documentId);
      },
      { success: formatMessage({ id: getTranslation('series.created'), defaultMessage: 'Series created as a draft' }) }
    );
  };

  return (
    <Modal.Root open={open} onOpenChange={(isOpen: boolean) => (isOpen ? undefined : close())}>
      <Modal.Content>
        <form onSubmit={(event) => void createSeries(event)}>
          <Modal.Header closeLabel={formatMessage({ id: getTranslation('reading-order.error.close'), defaultMessage: 'Close' })}>
            <Modal.Title>{heading}</Modal.Title>
          </Modal.Header>
          <Modal.Body>
            <Flex direction="column" alignItems="stretch" gap={4}>
              {refused ? <RefusedChange error={refused} known={[]} onClose={clearRefused} /> : null}
              <Field.Root name="newsroom-series-new-title" required>
                <Field.Label>{formatMessage({ id: getTranslation('series.create.name'), defaultMessage: 'Title' })}</Field.Label>
                <TextInput
                  value={title}
                  maxLength={TITLE_MAX}
                  onChange={(event: React.ChangeEvent<HTMLInputElement>) => setTitle(event.target.value)}
                />
              </Field.Root>
              <Field.Root name="newsroom-series-new-description">
                <Field.Label>
                  {formatMessage({ id: getTranslation('series.create.description'), defaultMessage: 'Description' })}
                </Field.Label>
                <Textarea
                  value={description}
                  onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => setDescription(event.target.value)}
                />
              </Field.Root>
            </Flex>
          </Modal.Body>
          <Modal.Footer>
            <Button variant="tertiary" onClick={close}>
              {formatMessage({ id: getTranslation('series.create.cancel'), defaultMessage: 'Cancel' })}
            </Button>
            <Button type="submit" disabled={!title.trim() || isCreating} loading={isCreating}>
              {formatMessage({ id: getTranslation('series.create.button'), defaultMessage: 'Create series' })}
            </Button>
          </Modal.Footer>
        </form>
      </Modal.Content>
    </Modal.Root>
  );
};
