import { EmptyStateLayout } from '@strapi/design-system';
import { EmptyDocuments } from '@strapi/icons/symbols';

/** A list of the Reading order page with nothing in it, said the way the admin's own pages say it. */
export const EmptyList = ({ content }: { content: string }) => (
  <EmptyStateLayout content={content} icon={<EmptyDocuments width="10rem" height="auto" />} />
);
