import type * as React from 'react';

/**
 * What the Content Manager passes to an edit-view side panel and expects back
 * (its `PanelComponent`), narrowed to what these panels read.
 */
export interface PanelProps {
  model: string;
  collectionType: string;
  activeTab: 'draft' | 'published' | null;
  /** Undefined while the article is being created. */
  documentId?: string;
  document?: { locale?: string | null; updatedAt?: string | null; [key: string]: unknown };
}

export type Panel = (props: PanelProps) => { title: string; content: React.ReactNode } | null;
