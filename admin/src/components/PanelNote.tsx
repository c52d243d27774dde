import type * as React from 'react';
import { Typography } from '@strapi/design-system';

/** A panel's one-line explanation in place of, or beside, its content: no document yet, no permission, nothing to show. */
export const PanelNote = ({ children }: { children: React.ReactNode }) => (
  <Typography variant="omega" textColor="neutral600">
    {children}
  </Typography>
);
