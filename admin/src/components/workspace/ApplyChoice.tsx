import { Field, Flex, Radio, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import type { ApplyTo } from '../../../../contracts/orders';
import { getTranslation } from '../../utils/getTranslation';

/** Which readers a change of the open chain reaches: said plainly before anything is saved. */
export const ApplyChoice = ({ value, onChange }: { value: ApplyTo; onChange: (value: ApplyTo) => void }) => {
  const { formatMessage } = useIntl();
  const label = formatMessage({ id: getTranslation('workspace.apply.label'), defaultMessage: 'Save changes to' });
  return (
    <Field.Root name="newsroom-apply">
      <Flex direction="column" alignItems="stretch" gap={2}>
        <Typography variant="sigma" textColor="neutral600" id="newsroom-apply-label">
          {label}
        </Typography>
        <Radio.Group
          aria-labelledby="newsroom-apply-label"
          value={value}
          onValueChange={(next: string) => onChange(next === 'published' ? 'published' : 'draft')}
        >
          <Radio.Item value="published">
            {formatMessage({
              id: getTranslation('workspace.apply.published'),
              defaultMessage: 'Apply to the published order now (readers see it at once; nothing is republished or marked Modified)',
            })}
          </Radio.Item>
          <Radio.Item value="draft">
            {formatMessage({
              id: getTranslation('workspace.apply.draft'),
              defaultMessage: 'Stage with the drafts (readers see it when the articles are published)',
            })}
          </Radio.Item>
        </Radio.Group>
      </Flex>
    </Field.Root>
  );
};
