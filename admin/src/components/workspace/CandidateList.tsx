import { Button, Flex, Typography } from '@strapi/design-system';

import type { ArticleStatus } from '../../../../contracts/reading-order';
import { StatusBadge } from '../StatusBadge';

interface Candidate {
  documentId: string;
  title: string;
  status: ArticleStatus;
}

interface CandidateListProps<Item extends Candidate> {
  /** Undefined until the first search answered: no "none found" before then. */
  candidates: Item[] | undefined;
  disabled: boolean;
  /** The button's text, and its accessible name for one article. */
  action: string;
  actionLabel: (title: string) => string;
  none: string;
  onPick: (candidate: Item) => void;
}

/** Articles found by a search of the workspace's editors, each with its status and one action (insert, add). */
export const CandidateList = <Item extends Candidate>({
  candidates,
  disabled,
  action,
  actionLabel,
  none,
  onPick,
}: CandidateListProps<Item>) => (
  <Flex tag="ul" direction="column" alignItems="stretch" gap={1} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
    {(candidates ?? []).map((article) => (
      <Flex tag="li" key={article.documentId} gap={2} justifyContent="space-between">
        <Typography ellipsis>{article.title}</Typography>
        <Flex gap={2}>
          <StatusBadge status={article.status} />
          <Button size="S" variant="secondary" disabled={disabled} onClick={() => onPick(article)} aria-label={actionLabel(article.title)}>
            {action}
          </Button>
        </Flex>
      </Flex>
    ))}
    {candidates && candidates.length === 0 ? (
      <Typography variant="pi" textColor="neutral600">
        {none}
      </Typography>
    ) : null}
  </Flex>
);
