import { Alert, Badge, Button, Checkbox, Code, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api, data, type Schemas } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { InlineForm, ListTable, PageTitle } from '../lib/ListTable';
import { useAction } from '../lib/use-action';
import { RED } from '../lib/colours';

type Scope = Schemas['CreateNgoKeyRequestDto']['scopes'][number];
const SCOPES: Scope[] = ['statistics:read', 'metadata:read'];

export function NgoKeysPage() {
  const { t, formatDate } = useI18n();
  const keys = useQuery({ queryKey: ['ngo-keys'], queryFn: async () => data(await api.GET('/v1/ngo-keys')) });
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<Scope[]>(['statistics:read']);
  const [expiresOn, setExpiresOn] = useState('');
  const [shown, setShown] = useState<string | null>(null);

  const act = useAction(['ngo-keys'], { confirm: false });

  function create() {
    void act(async () => {
      const k = data(await api.POST('/v1/ngo-keys', { body: { name: name.trim(), scopes, ...(expiresOn ? { expiresOn } : {}) } }));
      setShown(k.key);
      setName('');
    });
  }

  return (
    <Stack gap="sm">
      <PageTitle>{t('keys.title')}</PageTitle>
      <InlineForm onSubmit={create}>
        <TextInput size="xs" required label={t('keys.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} />
        <Checkbox.Group label={t('keys.scopes')} value={scopes} onChange={(v) => setScopes(v as Scope[])}>
          <Group gap="xs" mt={4}>
            {SCOPES.map((s) => (
              <Checkbox key={s} size="xs" value={s} label={s} />
            ))}
          </Group>
        </Checkbox.Group>
        <TextInput size="xs" type="date" label={t('keys.expires')} value={expiresOn} onChange={(e) => setExpiresOn(e.currentTarget.value)} />
        <Button size="xs" type="submit" disabled={!scopes.length}>
          {t('keys.create')}
        </Button>
      </InlineForm>
      {shown && (
        <Alert color="yellow" withCloseButton closeButtonLabel={t('common.close')} onClose={() => setShown(null)}>
          <Text size="sm">{t('keys.shownOnce')}</Text>
          <Code block>{shown}</Code>
        </Alert>
      )}
      <ListTable headers={[t('keys.name'), t('keys.prefix'), t('keys.scopes'), t('keys.expires'), t('keys.lastUsed'), t('common.actions')]} error={keys.error}>
          {keys.data?.map((k) => (
            <Table.Tr key={k.id}>
              <Table.Td>{k.name}</Table.Td>
              <Table.Td>
                <Code>{k.prefix}…</Code>
              </Table.Td>
              <Table.Td>{k.scopes.join(', ')}</Table.Td>
              <Table.Td>{k.expiresOn ? formatDate(k.expiresOn) : '—'}</Table.Td>
              <Table.Td>{k.lastUsedOn ? formatDate(k.lastUsedOn) : '—'}</Table.Td>
              <Table.Td>
                {k.revoked ? (
                  <Badge color={RED} tt="none">
                    {t('keys.revoked')}
                  </Badge>
                ) : (
                  <Button size="compact-xs" variant="default" onClick={() => void act(async () => data(await api.POST('/v1/ngo-keys/{id}/revoke', { params: { path: { id: k.id } } })))}>
                    {t('keys.revoke')}
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
      </ListTable>
    </Stack>
  );
}
