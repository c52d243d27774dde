import * as React from 'react';
import { Alert, Button, Flex, ProgressBar, Radio, Typography } from '@strapi/design-system';
import { useIntl, type MessageDescriptor } from 'react-intl';

import type { BulkJobState, BulkLinkChange, BulkScope } from '../../../../contracts/bulk';
import {
  BULK_JOB_ENDS,
  useCancelNewsroomBulkJobMutation,
  useGetNewsroomBulkJobQuery,
  useLinkNewsroomByDateMutation,
} from '../../services/bulk';
import { getTranslation } from '../../utils/getTranslation';

/** How often a running job's progress is asked for. */
const POLL_MS = 500;

const STATES: Record<BulkJobState, MessageDescriptor> = {
  queued: { id: getTranslation('workspace.bulk.state.queued'), defaultMessage: 'Waiting to start' },
  running: { id: getTranslation('workspace.bulk.state.running'), defaultMessage: 'Running' },
  done: { id: getTranslation('workspace.bulk.state.done'), defaultMessage: 'Done' },
  failed: { id: getTranslation('workspace.bulk.state.failed'), defaultMessage: 'Failed' },
  cancelled: { id: getTranslation('workspace.bulk.state.cancelled'), defaultMessage: 'Cancelled' },
};

interface BulkLinkProps {
  type: string;
  locale?: string;
}

/** "Link by publication date": a dry run, then a job with its progress, a cancel button and a final report. */
export const BulkLink = ({ type, locale }: BulkLinkProps) => {
  const { formatMessage } = useIntl();
  const [scope, setScope] = React.useState<BulkScope>('unlinked');
  const [preview, setPreview] = React.useState<{ changes: number; sample: BulkLinkChange[] } | null>(null);
  const [jobId, setJobId] = React.useState<string | null>(null);
  const [failure, setFailure] = React.useState<string | null>(null);
  const [linkByDate, { isLoading: isAsking }] = useLinkNewsroomByDateMutation();
  const [cancel, { isLoading: isCancelling }] = useCancelNewsroomBulkJobMutation();
  const [ended, setEnded] = React.useState(false);
  const { data: job } = useGetNewsroomBulkJobQuery(
    { jobId: jobId ?? '', type },
    // Polling stops once the job has ended (that answer itself reloads the overview: services/bulk.ts).
    { skip: !jobId, pollingInterval: ended ? 0 : POLL_MS }
  );
  const finished = job ? BULK_JOB_ENDS.includes(job.state) : false;
  React.useEffect(() => setEnded(finished), [finished]);

  const reset = () => {
    setPreview(null);
    setJobId(null);
    setFailure(null);
  };

  const messageOf = (error: unknown) =>
    typeof error === 'object' && error !== null && typeof (error as { message?: unknown }).message === 'string'
      ? (error as { message: string }).message
      : formatMessage({
          id: getTranslation('reading-order.error.unknown'),
          defaultMessage: 'The reading order could not be changed. Please try again.',
        });

  const dryRun = async () => {
    reset();
    try {
      const result = await linkByDate({ type, locale, scope, dryRun: true }).unwrap();
      if ('changes' in result) setPreview(result);
    } catch (error) {
      setFailure(messageOf(error));
    }
  };

  const start = async () => {
    setFailure(null);
    try {
      const result = await linkByDate({ type, locale, scope, dryRun: false }).unwrap();
      if ('jobId' in result) setJobId(result.jobId);
    } catch (error) {
      setFailure(messageOf(error));
    }
  };

  const running = Boolean(jobId) && !finished;
  const percent = job && job.total > 0 ? Math.round((job.done / job.total) * 100) : finished ? 100 : 0;

  return (
    <Flex direction="column" alignItems="stretch" gap={4} tag="section" aria-labelledby="newsroom-bulk-title">
      <Typography variant="delta" tag="h2" id="newsroom-bulk-title">
        {formatMessage({ id: getTranslation('workspace.bulk.title'), defaultMessage: 'Link by publication date' })}
      </Typography>
      <Radio.Group
        aria-label={formatMessage({ id: getTranslation('workspace.bulk.scope'), defaultMessage: 'Which articles' })}
        value={scope}
        onValueChange={(value: string) => {
          setScope(value === 'all' ? 'all' : 'unlinked');
          reset();
        }}
      >
        <Radio.Item value="unlinked" disabled={running}>
          {formatMessage({
            id: getTranslation('workspace.bulk.scope.unlinked'),
            defaultMessage: 'Only the published articles in no reading order, appended by publication date',
          })}
        </Radio.Item>
        <Radio.Item value="all" disabled={running}>
          {formatMessage({
            id: getTranslation('workspace.bulk.scope.all'),
            defaultMessage: 'Rebuild: one reading order of every published article, by publication date',
          })}
        </Radio.Item>
      </Radio.Group>
      <Flex gap={2}>
        <Button variant="secondary" loading={isAsking && !preview} disabled={running} onClick={() => void dryRun()}>
          {formatMessage({ id: getTranslation('workspace.bulk.dry-run'), defaultMessage: 'Preview the changes' })}
        </Button>
        {preview && !jobId ? (
          <Button disabled={preview.changes === 0 || isAsking} onClick={() => void start()}>
            {formatMessage({ id: getTranslation('workspace.bulk.start'), defaultMessage: 'Link them' })}
          </Button>
        ) : null}
        {running && jobId ? (
          <Button variant="danger-light" loading={isCancelling} onClick={() => void cancel(jobId)}>
            {formatMessage({ id: getTranslation('workspace.bulk.cancel'), defaultMessage: 'Cancel' })}
          </Button>
        ) : null}
      </Flex>

      {failure ? (
        <Alert
          variant="danger"
          closeLabel={formatMessage({ id: getTranslation('reading-order.error.close'), defaultMessage: 'Close' })}
          onClose={() => setFailure(null)}
        >
          {failure}
        </Alert>
      ) : null}

      {preview && !jobId ? (
        <Flex direction="column" alignItems="stretch" gap={2} data-testid="newsroom-bulk-preview">
          <Typography>
            {formatMessage(
              {
                id: getTranslation('workspace.bulk.changes'),
                defaultMessage: '{changes, plural, =0 {Nothing to change.} one {# link changes.} other {# links change.}}',
              },
              { changes: preview.changes }
            )}
          </Typography>
          {preview.sample.length > 0 ? (
            <Flex tag="ul" direction="column" alignItems="stretch" gap={1} style={{ paddingLeft: '1.5em' }}>
              {preview.sample.map((change) => (
                <li key={`${change.action}-${change.previous.documentId}-${change.next.documentId}`}>
                  <Typography variant="pi">
                    {formatMessage(
                      change.action === 'link'
                        ? { id: getTranslation('workspace.bulk.sample.link'), defaultMessage: 'Link “{previous}” → “{next}”' }
                        : { id: getTranslation('workspace.bulk.sample.unlink'), defaultMessage: 'Unlink “{previous}” → “{next}”' },
                      { previous: change.previous.title, next: change.next.title }
                    )}
                  </Typography>
                </li>
              ))}
            </Flex>
          ) : null}
        </Flex>
      ) : null}

      {jobId && job ? (
        <Flex direction="column" alignItems="stretch" gap={2} data-testid="newsroom-bulk-job">
          {/* The design system's ProgressBar draws `value` but does not pass it on to the progressbar role: say it for assistive tech. */}
          <ProgressBar
            value={percent}
            aria-valuenow={percent}
            aria-valuetext={`${percent}%`}
            aria-label={formatMessage({ id: getTranslation('workspace.bulk.progress'), defaultMessage: 'Progress of the linking job' })}
          />
          <Typography data-testid="newsroom-bulk-status">
            {formatMessage(
              { id: getTranslation('workspace.bulk.status'), defaultMessage: '{state}: {done} of {total} links' },
              { state: formatMessage(STATES[job.state]), done: job.done, total: job.total }
            )}
          </Typography>
          {finished && job.errors.length > 0 ? (
            <Flex tag="ul" direction="column" alignItems="stretch" gap={1} style={{ paddingLeft: '1.5em' }}>
              {job.errors.map((error, index) => (
                <li key={index}>
                  <Typography variant="pi" textColor="danger600">
                    {error.message}
                  </Typography>
                </li>
              ))}
            </Flex>
          ) : null}
          {finished && job.errors.length === 0 ? (
            <Typography variant="pi" textColor="neutral600">
              {formatMessage({ id: getTranslation('workspace.bulk.no-errors'), defaultMessage: 'No errors.' })}
            </Typography>
          ) : null}
        </Flex>
      ) : null}
    </Flex>
  );
};
