import * as React from 'react';

import { useNotification } from '@strapi/strapi/admin';

interface NoticeOptions {
  /** The success notification's text. */
  success: string;
  /** What to do after a refusal besides showing it (e.g. show the saved list again). */
  onFailure?: () => void;
}

/**
 * An editor's save with Strapi's feedback: a success notification when it goes
 * through, the refusal kept for `RefusedChange` when it does not. Starting a save
 * clears the previous refusal. `run` answers `true` when the action succeeded;
 * `refuse` shows a refusal of a step that is not a save (loading what to save).
 */
export const useNoticedAction = () => {
  const { toggleNotification } = useNotification();
  const [refused, setRefused] = React.useState<unknown>(null);

  const run = React.useCallback(
    async (action: () => Promise<unknown>, { success, onFailure }: NoticeOptions): Promise<boolean> => {
      setRefused(null);
      try {
        await action();
      } catch (error) {
        setRefused(error);
        onFailure?.();
        return false;
      }
      toggleNotification({ type: 'success', message: success });
      return true;
    },
    [toggleNotification]
  );

  const clearRefused = React.useCallback(() => setRefused(null), []);

  return { refused, refuse: setRefused, clearRefused, run };
};
