import { Alert, Button, Code, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { useInfiniteQuery, useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { api, data } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { InlineForm, ListTable, PageTitle } from '../lib/ListTable';

export function AuditPage() {
  const { t } = useI18n();
  const [draft, setDraft] = useState({ action: '', targetId: '' });
  const [filters, setFilters] = useState(draft);
  const events = useInfiniteQuery({
    queryKey: ['audit', filters],
    queryFn: async ({ pageParam }) =>
      data(await api.GET('/v1/audit', { params: { query: { limit: 50, ...(filters.action ? { action: filters.action } : {}), ...(filters.targetId ? { targetId: filters.targetId } : {}), ...(pageParam ? { before: pageParam } : {}) } } })),
    initialPageParam: '',
    getNextPageParam: (last) => last.next ?? undefined,
  });
  const verify = useMutation({ mutationFn: async () => data(await api.GET('/v1/audit/verify')) });
  const items = events.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <PageTitle>{t('audit.title')}</PageTitle>
        <Button size="xs" variant="default" onClick={() => verify.mutate()} loading={verify.isPending}>
          {t('audit.verify')}
        </Button>
      </Group>
      {verify.data && (
        <Alert color={verify.data.intact ? 'green' : 'red'} data-testid="audit-verify">
          {verify.data.intact ? t('audit.intact', { checked: verify.data.checked, head: verify.data.head.slice(0, 16) }) : t('audit.broken', { id: verify.data.brokenAt ?? '?' })}
        </Alert>
      )}
      <InlineForm onSubmit={() => setFilters({ action: draft.action.trim(), targetId: draft.targetId.trim() })}>
        <TextInput size="xs" label={t('audit.action')} placeholder="report." value={draft.action} onChange={(e) => { const action = e.currentTarget.value; setDraft((d) => ({ ...d, action })); }} />
        <TextInput size="xs" label={t('audit.target')} value={draft.targetId} onChange={(e) => { const targetId = e.currentTarget.value; setDraft((d) => ({ ...d, targetId })); }} />
        <Button size="xs" type="submit">
          {t('common.search')}
        </Button>
      </InlineForm>
      <ListTable
        headers={['#', t('audit.when'), t('audit.actionColumn'), t('audit.actor'), t('audit.target'), t('audit.details'), t('audit.hash')]}
        error={events.error}
        more={{ has: events.hasNextPage, loading: events.isFetchingNextPage, load: () => void events.fetchNextPage() }}
      >
          {items.map((e) => (
            <Table.Tr key={e.id}>
              <Table.Td>{e.id}</Table.Td>
              <Table.Td>
                <Text size="xs">{new Date(e.occurredAt).toLocaleString()}</Text>
              </Table.Td>
              <Table.Td>
                <Code>{e.action}</Code>
              </Table.Td>
              <Table.Td>
                <Text size="xs">{e.actorId?.slice(0, 8) ?? '—'}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="xs">{e.targetId ? `${e.targetType ?? ''} ${e.targetId.slice(0, 8)}` : '—'}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="xs" lineClamp={2} style={{ maxWidth: 320 }}>
                  {Object.keys(e.details).length ? JSON.stringify(e.details) : ''}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="xs" ff="monospace">
                  {e.hash.slice(0, 10)}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
      </ListTable>
    </Stack>
  );
}
