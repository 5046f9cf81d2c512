import { Alert, Badge, Button, Code, Group, Select, Stack, Table, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api, data, type Schemas } from '../api/client';
import { useAuth } from '../auth/auth';
import { useI18n } from '../i18n/i18n';
import { InlineForm, ListTable, PageTitle } from '../lib/ListTable';
import { useAction } from '../lib/use-action';
import { RED } from '../lib/colours';

type Role = Schemas['StaffUserDto']['role'];
const ROLES: Role[] = ['admin', 'moderator', 'analyst'];

export function UsersPage() {
  const { t, formatDate } = useI18n();
  const { session } = useAuth();
  const users = useQuery({ queryKey: ['users'], queryFn: async () => data(await api.GET('/v1/users')) });
  const [username, setUsername] = useState('');
  const [role, setRole] = useState<Role>('moderator');
  const [created, setCreated] = useState<{ username: string; password: string } | null>(null);

  const act = useAction(['users']);

  function create() {
    void act(async () => {
      const u = data(await api.POST('/v1/users', { body: { username: username.trim(), role } }));
      setCreated({ username: u.username, password: u.password });
      setUsername('');
    });
  }

  const update = (id: string, body: Schemas['UpdateUserRequestDto']) => act(async () => data(await api.PATCH('/v1/users/{id}', { params: { path: { id } }, body })));

  return (
    <Stack gap="sm">
      <PageTitle>{t('users.title')}</PageTitle>
      <InlineForm onSubmit={create}>
        <TextInput size="xs" required label={t('users.username')} value={username} onChange={(e) => setUsername(e.currentTarget.value)} />
        <Select size="xs" label={t('users.role')} value={role} onChange={(v) => setRole((v ?? 'moderator') as Role)} data={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))} allowDeselect={false} />
        <Button size="xs" type="submit">
          {t('users.create')}
        </Button>
      </InlineForm>
      {created && (
        <Alert color="yellow" withCloseButton closeButtonLabel={t('common.close')} onClose={() => setCreated(null)}>
          {t('users.password', { name: created.username, password: '' })}
          <Code>{created.password}</Code>
        </Alert>
      )}
      <ListTable headers={[t('users.username'), t('users.role'), t('users.totp'), t('users.created'), t('common.actions')]} error={users.error}>
          {users.data?.map((u) => (
            <Table.Tr key={u.id}>
              <Table.Td>
                {u.username}{' '}
                {u.disabled && (
                  <Badge size="xs" color={RED} tt="none">
                    {t('users.disabled')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                <Select size="xs" w={140} aria-label={`${t('users.role')} ${u.username}`} value={u.role} disabled={u.id === session?.user.id} onChange={(v) => v && v !== u.role && void update(u.id, { role: v as Role })} data={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))} allowDeselect={false} />
              </Table.Td>
              <Table.Td>{u.totpEnrolled ? t('common.yes') : t('common.no')}</Table.Td>
              <Table.Td>{formatDate(u.createdAt)}</Table.Td>
              <Table.Td>
                <Group gap={4}>
                  <Button size="compact-xs" variant="default" disabled={u.id === session?.user.id} onClick={() => void update(u.id, { disabled: !u.disabled })}>
                    {u.disabled ? t('users.enable') : t('users.disable')}
                  </Button>
                  <Button size="compact-xs" variant="default" disabled={!u.totpEnrolled} onClick={() => void update(u.id, { resetTotp: true })}>
                    {t('users.resetTotp')}
                  </Button>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
      </ListTable>
    </Stack>
  );
}
