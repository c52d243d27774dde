import * as React from 'react';
import { Alert, Box, Button, Flex, Link, Typography } from '@strapi/design-system';
import { useIntl, type MessageDescriptor } from 'react-intl';
import { NavLink } from 'react-router-dom';

import type { ContentTypeSettings } from '../../../../contracts/content-types';
import type { Problem, ProblemKind, RepairResponse } from '../../../../contracts/reading-order-check';
import { useLazyCheckNewsroomOrdersQuery, useRepairNewsroomOrdersMutation } from '../../services/check';
import { articleEditPath } from '../../utils/articles';
import { getTranslation } from '../../utils/getTranslation';
import { StatusBadge } from '../StatusBadge';

const KINDS: Record<ProblemKind, MessageDescriptor> = {
  'dangling-link': { id: getTranslation('workspace.check.kind.dangling-link'), defaultMessage: 'Link to an article that no longer exists' },
  'cross-locale-link': { id: getTranslation('workspace.check.kind.cross-locale-link'), defaultMessage: 'Link across locales' },
  'published-links-draft': {
    id: getTranslation('workspace.check.kind.published-links-draft'),
    defaultMessage: 'Published article linked to a draft',
  },
  'draft-links-published': {
    id: getTranslation('workspace.check.kind.draft-links-published'),
    defaultMessage: 'Draft linked to a published version',
  },
  'duplicate-link': { id: getTranslation('workspace.check.kind.duplicate-link'), defaultMessage: 'Duplicate link' },
  'asymmetric-link': { id: getTranslation('workspace.check.kind.asymmetric-link'), defaultMessage: 'One-sided link' },
  loop: { id: getTranslation('workspace.check.kind.loop'), defaultMessage: 'Loop' },
  'split-chain': { id: getTranslation('workspace.check.kind.split-chain'), defaultMessage: 'Chain cut while the type was not served' },
  'series-list-damaged': { id: getTranslation('workspace.check.kind.series-list-damaged'), defaultMessage: 'Damaged series list' },
  'series-missing-article': {
    id: getTranslation('workspace.check.kind.series-missing-article'),
    defaultMessage: 'Series names an article that does not exist',
  },
  'series-index-out-of-date': {
    id: getTranslation('workspace.check.kind.series-index-out-of-date'),
    defaultMessage: 'Series index out of date',
  },
};

const ProblemItem = ({ problem, contentType, fix }: { problem: Problem; contentType: ContentTypeSettings; fix?: string }) => {
  const { formatMessage } = useIntl();
  return (
    <Box tag="li" padding={3} hasRadius borderColor="neutral150" data-testid="newsroom-problem">
      <Flex direction="column" alignItems="stretch" gap={1}>
        <Typography fontWeight="bold">{formatMessage(KINDS[problem.kind])}</Typography>
        <Typography variant="pi">{problem.detail}</Typography>
        {problem.series ? (
          <Typography variant="pi" textColor="neutral600">
            {formatMessage(
              { id: getTranslation('workspace.check.series'), defaultMessage: 'In series {documentId} ({locale}, {status})' },
              { documentId: problem.series.documentId, locale: problem.series.locale, status: problem.series.status }
            )}
          </Typography>
        ) : null}
        <Flex gap={2} wrap="wrap">
          {problem.articles.map((article, index) =>
            article.documentId && article.status !== 'missing' ? (
              <Flex key={index} gap={1}>
                <Link tag={NavLink} to={articleEditPath(contentType, article.documentId, article.locale)}>
                  {article.documentId}
                </Link>
                <StatusBadge status={article.status} />
              </Flex>
            ) : (
              <Typography key={index} variant="pi" textColor="neutral600">
                {formatMessage({ id: getTranslation('workspace.check.missing'), defaultMessage: 'a row that no longer exists' })}
              </Typography>
            )
          )}
        </Flex>
        {fix ? (
          <Typography variant="pi" textColor="primary600">
            {formatMessage({ id: getTranslation('workspace.check.fix'), defaultMessage: 'Repair: {fix}' }, { fix })}
          </Typography>
        ) : null}
      </Flex>
    </Box>
  );
};

interface CheckRepairProps {
  contentType: ContentTypeSettings;
  locale?: string;
  canRepair: boolean;
}

/** Finds damaged links and series lists of the type and locale; repairs them after a dry run shows what the repair changes. */
export const CheckRepair = ({ contentType, locale, canRepair }: CheckRepairProps) => {
  const { formatMessage } = useIntl();
  const type = contentType.uid;
  const [runCheck, { data: checked, isFetching: isChecking, isError: checkFailed }] = useLazyCheckNewsroomOrdersQuery();
  const [repair, { isLoading: isRepairing }] = useRepairNewsroomOrdersMutation();
  const [plan, setPlan] = React.useState<RepairResponse['data'] | null>(null);
  const [repaired, setRepaired] = React.useState<RepairResponse['data'] | null>(null);
  const [failure, setFailure] = React.useState(false);

  const check = () => {
    setPlan(null);
    setRepaired(null);
    void runCheck({ type, locale });
  };

  const dryRun = async () => {
    setFailure(false);
    try {
      setPlan(await repair({ type, locale, dryRun: true }).unwrap());
    } catch {
      setFailure(true);
    }
  };

  const confirm = async () => {
    setFailure(false);
    try {
      const result = await repair({ type, locale, dryRun: false }).unwrap();
      setPlan(null);
      setRepaired(result);
      // The repair reloads the check (services/check.ts); ask for it here too when no check ran yet.
      void runCheck({ type, locale });
    } catch {
      setFailure(true);
    }
  };

  const problems = checked?.problems;

  /** Problems left out of a list: they name an article or a series the editor may not read. */
  const hiddenNote = (count: number) =>
    count > 0 ? (
      <Typography variant="pi" textColor="neutral600" data-testid="newsroom-check-hidden">
        {formatMessage(
          {
            id: getTranslation('workspace.check.hidden'),
            defaultMessage:
              '{count, plural, one {# more problem involves} other {# more problems involve}} articles or series your role may not read: not shown here.',
          },
          { count }
        )}
      </Typography>
    ) : null;

  return (
    <Flex direction="column" alignItems="stretch" gap={4} tag="section" aria-labelledby="newsroom-check-title">
      <Typography variant="delta" tag="h2" id="newsroom-check-title">
        {formatMessage({ id: getTranslation('workspace.check.title'), defaultMessage: 'Check and repair' })}
      </Typography>
      <Flex gap={2}>
        <Button variant="secondary" loading={isChecking} onClick={check}>
          {formatMessage({ id: getTranslation('workspace.check.run'), defaultMessage: 'Run the check' })}
        </Button>
        {canRepair && problems && problems.length > 0 && !plan ? (
          <Button variant="secondary" loading={isRepairing} onClick={() => void dryRun()}>
            {formatMessage({ id: getTranslation('workspace.check.dry-run'), defaultMessage: 'Preview the repair' })}
          </Button>
        ) : null}
        {plan && plan.counts.problems > 0 ? (
          <Button variant="danger" loading={isRepairing} onClick={() => void confirm()}>
            {formatMessage({ id: getTranslation('workspace.check.repair'), defaultMessage: 'Repair' })}
          </Button>
        ) : null}
      </Flex>

      {checkFailed || failure ? (
        <Alert
          variant="danger"
          closeLabel={formatMessage({ id: getTranslation('reading-order.error.close'), defaultMessage: 'Close' })}
          onClose={() => setFailure(false)}
        >
          {formatMessage({
            id: getTranslation('workspace.check.failed'),
            defaultMessage: 'The check or the repair could not run. Please try again.',
          })}
        </Alert>
      ) : null}

      {repaired ? (
        <Typography data-testid="newsroom-repair-report">
          {formatMessage(
            {
              id: getTranslation('workspace.check.repaired'),
              defaultMessage:
                'Repaired {problems, plural, one {# problem} other {# problems}}; {links, plural, one {# link row} other {# link rows}} removed, {lists, plural, one {# series list} other {# series lists}} rewritten.',
            },
            { problems: repaired.counts.problems, links: repaired.counts.linksRemoved, lists: repaired.counts.seriesListsRewritten }
          )}
        </Typography>
      ) : null}

      {plan ? (
        <Flex direction="column" alignItems="stretch" gap={2} data-testid="newsroom-repair-plan">
          <Typography>
            {formatMessage(
              {
                id: getTranslation('workspace.check.plan'),
                defaultMessage:
                  'The repair fixes {problems, plural, one {# problem} other {# problems}} by removing {links, plural, one {# link row} other {# link rows}} and rewriting {lists, plural, one {# series list} other {# series lists}}:',
              },
              { problems: plan.counts.problems, links: plan.counts.linksRemoved, lists: plan.counts.seriesListsRewritten }
            )}
          </Typography>
          <Flex tag="ul" direction="column" alignItems="stretch" gap={2} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {plan.problems.map((problem, index) => (
              <ProblemItem key={index} problem={problem} contentType={contentType} fix={problem.fix} />
            ))}
          </Flex>
          {hiddenNote(plan.hidden)}
        </Flex>
      ) : null}

      {checked && problems && !plan ? (
        problems.length === 0 ? (
          <Flex direction="column" alignItems="stretch" gap={2}>
            <Typography data-testid="newsroom-check-result">
              {checked.hidden === 0
                ? formatMessage({ id: getTranslation('workspace.check.clean'), defaultMessage: 'No problem found.' })
                : formatMessage({
                    id: getTranslation('workspace.check.clean-shown'),
                    defaultMessage: 'No problem found among the articles you may read.',
                  })}
            </Typography>
            {hiddenNote(checked.hidden)}
          </Flex>
        ) : (
          <Flex direction="column" alignItems="stretch" gap={2}>
            <Typography data-testid="newsroom-check-result">
              {formatMessage(
                {
                  id: getTranslation('workspace.check.found'),
                  defaultMessage: '{count, plural, one {# problem found} other {# problems found}}',
                },
                { count: problems.length }
              )}
            </Typography>
            <Flex tag="ul" direction="column" alignItems="stretch" gap={2} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {problems.map((problem, index) => (
                <ProblemItem key={index} problem={problem} contentType={contentType} />
              ))}
            </Flex>
            {hiddenNote(checked.hidden)}
          </Flex>
        )
      ) : null}
    </Flex>
  );
};
