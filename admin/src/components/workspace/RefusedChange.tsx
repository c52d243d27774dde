import { Alert, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import { getTranslation } from '../../utils/getTranslation';
import { linkProblemMessage, toRequestProblem } from '../../utils/requestErrors';

/** Strapi's error body as the admin's base query passes it on. */
interface ServerError {
  message?: unknown;
  details?: { articles?: unknown } | null;
}

const articlesOf = (error: ServerError): string[] => {
  const articles = error.details?.articles;
  return Array.isArray(articles) ? articles.filter((id): id is string => typeof id === 'string') : [];
};

/**
 * Why the server refused a change of a reading order or a series: the rule in the editor's words, the
 * server's own message, and the articles its details name (by title when known).
 */
export const RefusedChange = ({
  error,
  known,
  onClose,
}: {
  error: unknown;
  /** Articles the editor sees, to name those the error lists by title. */
  known: ReadonlyArray<{ documentId: string; title: string }>;
  onClose: () => void;
}) => {
  const { formatMessage } = useIntl();
  const serverError = (typeof error === 'object' && error !== null ? error : {}) as ServerError;
  const titles = new Map(known.map((article) => [article.documentId, article.title]));
  const named = articlesOf(serverError).map((id) => titles.get(id) ?? id);
  return (
    <Alert
      variant="danger"
      title={formatMessage({ id: getTranslation('workspace.chain.refused'), defaultMessage: 'Change refused' })}
      closeLabel={formatMessage({ id: getTranslation('reading-order.error.close'), defaultMessage: 'Close' })}
      onClose={onClose}
    >
      <Typography tag="span" display="block">
        {formatMessage(linkProblemMessage(toRequestProblem(error)))}{' '}
        {formatMessage({
          id: getTranslation('workspace.chain.restored'),
          defaultMessage: 'The list shows the saved order again.',
        })}
      </Typography>
      {typeof serverError.message === 'string' ? (
        <Typography tag="span" display="block" data-testid="newsroom-refused-message">
          {serverError.message}
        </Typography>
      ) : null}
      {named.length > 0 ? (
        <Typography tag="span" display="block">
          {formatMessage(
            { id: getTranslation('workspace.chain.refused.articles'), defaultMessage: 'Articles involved: {titles}' },
            { titles: named.join(', ') }
          )}
        </Typography>
      ) : null}
    </Alert>
  );
};
