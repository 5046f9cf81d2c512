import { Button, Group, Modal, Text } from '@mantine/core';
import { useI18n } from '../i18n/i18n';
import { GREEN, RED } from '../lib/colours';

/** The second keystroke of a keyboard decision: Enter confirms, Escape cancels. */
export function ConfirmDecision({ decision, onConfirm, onCancel }: { decision: 'verified' | 'rejected' | null; onConfirm(d: 'verified' | 'rejected'): void; onCancel(): void }) {
  const { t } = useI18n();
  return (
    // No opening animation: the confirm button takes the focus at once, so a quick Enter lands on it.
    <Modal opened={decision !== null} onClose={onCancel} title={decision ? t(`report.action.${decision}`) : ''} size="sm" transitionProps={{ duration: 0 }}>
      {decision && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            onConfirm(decision);
          }}
        >
          <Text size="sm" mb="md">
            {t('report.confirmDecision', { decision: t(`status.${decision}`) })}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color={decision === 'verified' ? GREEN : RED} data-autofocus>
              {t(`report.action.${decision}`)}
            </Button>
          </Group>
        </form>
      )}
    </Modal>
  );
}
