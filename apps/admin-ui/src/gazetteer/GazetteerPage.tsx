import { Alert, Badge, Button, Drawer, Group, NumberInput, Select, Stack, Table, Tabs, TagsInput, Text, TextInput, Title } from '@mantine/core';
import { useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, data, type Schemas } from '../api/client';
import { useAuth } from '../auth/auth';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { InlineForm, ListTable, PageTitle } from '../lib/ListTable';
import { RED } from '../lib/colours';
import { notifyOk } from '../lib/notify';

type EntityType = 'organizations' | 'locations';
type Entity = Schemas['GazetteerEntityDto'];

/** Text fields per type; the relation fields name other gazetteer keys. */
const FIELDS: Record<EntityType, Array<{ name: string; label: MessageKey; relation?: boolean }>> = {
  organizations: [
    { name: 'nameEn', label: 'gazetteer.nameEn' },
    { name: 'kind', label: 'gazetteer.kind' },
    { name: 'countryCode', label: 'gazetteer.country' },
    { name: 'city', label: 'gazetteer.city' },
    { name: 'address', label: 'gazetteer.address' },
    { name: 'status', label: 'gazetteer.status' },
    { name: 'parentKey', label: 'gazetteer.parentKey', relation: true },
    { name: 'hostKey', label: 'gazetteer.hostKey', relation: true },
    { name: 'locationKey', label: 'gazetteer.locationKey', relation: true },
    { name: 'source', label: 'gazetteer.source' },
    { name: 'note', label: 'gazetteer.note' },
  ],
  locations: [
    { name: 'nameEn', label: 'gazetteer.nameEn' },
    { name: 'kind', label: 'gazetteer.kind' },
    { name: 'countryCode', label: 'gazetteer.country' },
    { name: 'relatedOrgKey', label: 'gazetteer.relatedOrgKey', relation: true },
    { name: 'source', label: 'gazetteer.source' },
    { name: 'note', label: 'gazetteer.note' },
  ],
};

/** The kinds staff filter by most (the API takes any kind name). */
const KINDS: Record<EntityType, string[]> = {
  organizations: ['overseas_police_service_station', 'public_security_bureau', 'overseas_chinese_service_center_ufwd', 'hometown_association', 'business_association', 'police_programme', 'ministry_bureau'],
  locations: ['city', 'country', 'region', 'address'],
};

export function GazetteerPage() {
  const { t } = useI18n();
  const [type, setType] = useState<EntityType>('organizations');
  return (
    <Stack gap="sm">
      <PageTitle>{t('gazetteer.title')}</PageTitle>
      <Tabs value={type} onChange={(v) => setType((v ?? 'organizations') as EntityType)}>
        <Tabs.List>
          <Tabs.Tab value="organizations">{t('gazetteer.organizations')}</Tabs.Tab>
          <Tabs.Tab value="locations">{t('gazetteer.locations')}</Tabs.Tab>
        </Tabs.List>
      </Tabs>
      <GazetteerList key={type} type={type} />
    </Stack>
  );
}

function GazetteerList({ type }: { type: EntityType }) {
  const { t } = useI18n();
  const { can } = useAuth();
  const [q, setQ] = useState('');
  const [search, setSearch] = useState('');
  const [kind, setKind] = useState<string | null>(null);
  const [editing, setEditing] = useState<Entity | 'new' | null>(null);
  const list = useInfiniteQuery({
    queryKey: ['gazetteer', type, search, kind],
    queryFn: async ({ pageParam }) => data(await api.GET('/v1/gazetteer/{type}', { params: { path: { type }, query: { ...(search ? { q: search } : {}), ...(kind ? { kind } : {}), limit: 50, ...(pageParam ? { after: pageParam } : {}) } } })),
    initialPageParam: '',
    getNextPageParam: (last) => last.next ?? undefined,
  });
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const admin = can('gazetteer:manage');

  return (
    <Stack gap="xs">
      <InlineForm onSubmit={() => setSearch(q.trim())}>
        <TextInput size="xs" w={320} label={t('gazetteer.search')} value={q} onChange={(e) => setQ(e.currentTarget.value)} />
        <Select size="xs" w={260} label={t('gazetteer.kind')} clearable value={kind} onChange={setKind} data={KINDS[type]} />
        <Button size="xs" type="submit">
          {t('common.search')}
        </Button>
        {admin ? (
          <Button size="xs" variant="default" onClick={() => setEditing('new')}>
            {t('gazetteer.new')}
          </Button>
        ) : (
          <Text size="xs" c="dimmed">
            {t('gazetteer.readOnly')}
          </Text>
        )}
      </InlineForm>
      <ListTable
        headers={[t('gazetteer.key'), t('gazetteer.name'), t('gazetteer.kind'), t('gazetteer.country'), t('gazetteer.relations'), t('gazetteer.aliases'), t('common.actions')]}
        error={list.error}
        minWidth={900}
        highlightOnHover
        more={{ has: list.hasNextPage, loading: list.isFetchingNextPage, load: () => void list.fetchNextPage() }}
      >
          {items.map((e) => (
            <Table.Tr key={e.key}>
              <Table.Td>
                <Text size="xs" ff="monospace">
                  {e.key}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{String(e.fields.nameEn ?? '')}</Text>
                <Text size="xs">{((e.fields.namesZh as string[] | undefined) ?? []).join(' · ')}</Text>
              </Table.Td>
              <Table.Td>{String(e.fields.kind ?? '')}</Table.Td>
              <Table.Td>{String(e.fields.countryCode ?? '')}</Table.Td>
              <Table.Td>
                <Text size="xs">
                  {FIELDS[type]
                    .filter((f) => f.relation && e.fields[f.name])
                    .map((f) => `${t(f.label)}: ${String(e.fields[f.name])}`)
                    .join('; ')}
                </Text>
              </Table.Td>
              <Table.Td>
                <Group gap={4}>
                  {e.aliases.slice(0, 4).map((a) => (
                    <Badge key={a.id} size="xs" variant="outline" color="gray.8" tt="none">
                      {a.alias}
                    </Badge>
                  ))}
                  {e.aliases.length > 4 && <Text size="xs">+{e.aliases.length - 4}</Text>}
                </Group>
              </Table.Td>
              <Table.Td>
                <Button size="compact-xs" variant="default" onClick={() => setEditing(e)}>
                  {admin ? t('common.edit') : t('common.view')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
      </ListTable>
      <Drawer opened={editing !== null} onClose={() => setEditing(null)} position="right" size="md" title={editing === 'new' ? t('gazetteer.new') : editing?.key}>
        {editing !== null && <EntityEditor type={type} entity={editing === 'new' ? null : editing} readOnly={!admin} onDone={() => setEditing(null)} />}
      </Drawer>
    </Stack>
  );
}

function EntityEditor({ type, entity, readOnly, onDone }: { type: EntityType; entity: Entity | null; readOnly: boolean; onDone(): void }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [key, setKey] = useState(entity?.key ?? '');
  const [fields, setFields] = useState<Record<string, string>>(() => Object.fromEntries(FIELDS[type].map((f) => [f.name, entity?.fields[f.name] == null ? '' : String(entity.fields[f.name])])));
  const [namesZh, setNamesZh] = useState<string[]>((entity?.fields.namesZh as string[] | undefined) ?? []);
  const [lat, setLat] = useState<number | string>((entity?.fields.lat as number | null | undefined) ?? '');
  const [lon, setLon] = useState<number | string>((entity?.fields.lon as number | null | undefined) ?? '');
  const [aliases, setAliases] = useState(entity?.aliases ?? []);
  const [alias, setAlias] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function done(message: string) {
    await queryClient.invalidateQueries({ queryKey: ['gazetteer'] });
    notifyOk(message);
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const body: Record<string, unknown> = { namesZh };
    for (const [name, value] of Object.entries(fields)) if (value.trim()) body[name] = value.trim();
    try {
      if (type === 'organizations') {
        await api.PUT('/v1/gazetteer/organizations/{key}', { params: { path: { key } }, body: body as Schemas['OrganizationRequestDto'] });
      } else {
        if (lat !== '') body.lat = Number(lat);
        if (lon !== '') body.lon = Number(lon);
        await api.PUT('/v1/gazetteer/locations/{key}', { params: { path: { key } }, body: body as Schemas['LocationRequestDto'] });
      }
      await done(`${t('common.saved')} — ${t('gazetteer.relinkNote')}`);
      onDone();
    } catch (e) {
      setError(e instanceof Error ? e.message : t('common.error'));
    }
  }

  async function addAlias() {
    try {
      const updated = data(await api.POST('/v1/gazetteer/{type}/{key}/aliases', { params: { path: { type, key } }, body: { alias: alias.trim() } }));
      setAliases(updated.aliases);
      setAlias('');
      await done(t('common.saved'));
    } catch (e) {
      setError(e instanceof Error ? e.message : t('common.error'));
    }
  }

  async function removeAlias(aliasId: string) {
    try {
      const updated = data(await api.DELETE('/v1/gazetteer/{type}/{key}/aliases/{aliasId}', { params: { path: { type, key, aliasId } } }));
      setAliases(updated.aliases);
      await done(t('common.saved'));
    } catch (e) {
      setError(e instanceof Error ? e.message : t('common.error'));
    }
  }

  async function remove() {
    try {
      await api.DELETE('/v1/gazetteer/{type}/{key}', { params: { path: { type, key } } });
      await done(t('common.saved'));
      onDone();
    } catch (e) {
      setError(e instanceof Error ? e.message : t('common.error'));
    }
  }

  return (
    <Stack component="form" onSubmit={save} gap="xs">
      {error && <Alert color="red">{error}</Alert>}
      <Text size="xs" c="dimmed">
        {t('gazetteer.relinkNote')}
      </Text>
      {entity === null && <TextInput size="xs" required label={t('gazetteer.newKey')} value={key} onChange={(e) => setKey(e.currentTarget.value.toLowerCase())} pattern="[a-z0-9_]{1,100}" />}
      {FIELDS[type].map((f) => (
        <TextInput key={f.name} size="xs" label={t(f.label)} value={fields[f.name]} readOnly={readOnly} onChange={(e) => { const value = e.currentTarget.value; setFields((s) => ({ ...s, [f.name]: value })); }} />
      ))}
      <TagsInput size="xs" label={t('gazetteer.namesZh')} value={namesZh} onChange={setNamesZh} readOnly={readOnly} />
      {type === 'locations' && (
        <Group grow>
          <NumberInput size="xs" label={t('gazetteer.lat')} value={lat} onChange={setLat} min={-90} max={90} decimalScale={5} readOnly={readOnly} />
          <NumberInput size="xs" label={t('gazetteer.lon')} value={lon} onChange={setLon} min={-180} max={180} decimalScale={5} readOnly={readOnly} />
        </Group>
      )}
      {!readOnly && (
        <Group justify="space-between">
          <Button size="xs" type="submit">
            {t('common.save')}
          </Button>
          {entity?.origin === 'staff' && (
            <Button size="xs" color={RED} variant="outline" onClick={() => void remove()}>
              {t('common.delete')}
            </Button>
          )}
        </Group>
      )}
      {entity && (
        <Stack gap={4} mt="md">
          <Title order={3} size="h6">
            {t('gazetteer.aliases')}
          </Title>
          {aliases.map((a) => (
            <Group key={a.id} justify="space-between">
              <Text size="sm">
                {a.alias}{' '}
                <Text span size="xs" c="dimmed">
                  ({a.origin})
                </Text>
              </Text>
              {!readOnly && (
                <Button size="compact-xs" variant="default" onClick={() => void removeAlias(a.id)} aria-label={`${t('common.remove')} ${a.alias}`}>
                  {t('common.remove')}
                </Button>
              )}
            </Group>
          ))}
          {!readOnly && (
            <Group gap="xs" align="flex-end">
              <TextInput size="xs" style={{ flex: 1 }} label={t('gazetteer.addAlias')} value={alias} onChange={(e) => setAlias(e.currentTarget.value)} />
              <Button size="xs" variant="default" disabled={!alias.trim()} onClick={() => void addAlias()}>
                {t('common.add')}
              </Button>
            </Group>
          )}
        </Stack>
      )}
    </Stack>
  );
}
