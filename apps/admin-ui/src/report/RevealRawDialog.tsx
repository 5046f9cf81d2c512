import { Alert, Button, Group, Modal, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { api, data } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { RED } from '../lib/colours';

/**
 * The raw narrative, only on purpose: a reason is required and goes into the audit log. The
 * text lives in this component's state only and is dropped when the dialog closes.
 */
export function RevealRawDialog({ reportId, opened, onClose }: { reportId: string; opened: boolean; onClose(): void }) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const [raw, setRaw] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  function close() {
    setRaw(null);
    setReason('');
    setError(null);
    onClose();
  }

  async function reveal() {
    setBusy(true);
    setError(null);
    try {
      setRaw(data(await api.POST('/v1/reports/{id}/raw', { params: { path: { id: reportId } }, body: { reason: reason.trim() } })).narrative);
    } catch (e) {
      setError(e instanceof Error ? e.message : t('common.error'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal opened={opened} onClose={close} title={t('report.reveal.title')} size="lg">
      <Stack>
        {raw === null ? (
          <>
            <Text size="sm">{t('report.reveal.intro')}</Text>
            {error && <Alert color="red">{error}</Alert>}
            <Textarea label={t('report.reveal.reason')} required value={reason} onChange={(e) => setReason(e.currentTarget.value)} minRows={2} autosize data-autofocus />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('common.cancel')}
              </Button>
              <Button color={RED} onClick={() => void reveal()} disabled={reason.trim().length < 5} loading={busy}>
                {t('report.reveal.submit')}
              </Button>
            </Group>
          </>
        ) : (
          <>
            <Text size="sm" fw={600}>
              {t('report.reveal.shown')}
            </Text>
            <Paper withBorder p="sm" bg="yellow.0">
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="raw-narrative">
                {raw}
              </Text>
            </Paper>
            <Group justify="flex-end">
              <Button onClick={close}>{t('common.close')}</Button>
            </Group>
          </>
        )}
      </Stack>
    </Modal>
  );
}
