import { useQueryClient } from '@tanstack/react-query';
import { useI18n } from '../i18n/i18n';
import { notifyError, notifyOk } from './notify';

/** Runs a change, refreshes the list it touched, and says how it went. */
export function useAction(queryKey: readonly unknown[], { confirm = true } = {}) {
  const queryClient = useQueryClient();
  const { t } = useI18n();
  return async (fn: () => Promise<unknown>): Promise<void> => {
    try {
      await fn();
      await queryClient.invalidateQueries({ queryKey });
      if (confirm) notifyOk(t('common.saved'));
    } catch (e) {
      notifyError(t('common.error'), e instanceof Error ? e.message : '', t('common.close'));
    }
  };
}
