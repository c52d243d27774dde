import type * as React from 'react';
import { Box } from '@strapi/design-system';

/** One part of the Reading order page on its card: the pickers, a list, an editor, a tool. */
export const WorkspaceCard = ({ children }: { children: React.ReactNode }) => (
  <Box background="neutral0" padding={6} shadow="filterShadow" hasRadius>
    {children}
  </Box>
);
