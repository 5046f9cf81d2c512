import { Button, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, data } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { notifyError } from '../lib/notify';

export function Messages({ reportId, canSend }: { reportId: string; canSend: boolean }) {
  const { t, formatDate } = useI18n();
  const queryClient = useQueryClient();
  const [body, setBody] = useState('');
  const messages = useQuery({ queryKey: ['report', reportId, 'messages'], queryFn: async () => data(await api.GET('/v1/reports/{id}/messages', { params: { path: { id: reportId } } })) });

  async function send() {
    try {
      await api.POST('/v1/reports/{id}/messages', { params: { path: { id: reportId } }, body: { body: body.trim() } });
      setBody('');
      await queryClient.invalidateQueries({ queryKey: ['report', reportId, 'messages'] });
    } catch (e) {
      notifyError(t('common.error'), e instanceof Error ? e.message : '', t('common.close'));
    }
  }

  return (
    <Stack gap="xs">
      <Text size="xs" c="dimmed">
        {t('report.messagesHelp')}
      </Text>
      {messages.data?.length === 0 && <Text size="sm">{t('report.noMessages')}</Text>}
      {messages.data?.map((m) => (
        <Paper key={m.id} withBorder p="xs" bg={m.from === 'moderator' ? 'blue.0' : undefined} ml={m.from === 'moderator' ? 'lg' : 0} mr={m.from === 'reporter' ? 'lg' : 0}>
          <Text size="xs" c="dimmed">
            {t(`report.message.from.${m.from}`)} · {formatDate(m.on)}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {m.body}
          </Text>
        </Paper>
      ))}
      {canSend && (
        <>
          <Textarea size="xs" label={t('report.sendMessage')} value={body} onChange={(e) => setBody(e.currentTarget.value)} autosize minRows={2} />
          <Button size="xs" variant="default" disabled={!body.trim()} onClick={() => void send()}>
            {t('report.sendMessage')}
          </Button>
        </>
      )}
    </Stack>
  );
}
