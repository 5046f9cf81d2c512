import { Badge, Button, Checkbox, Group, Menu, MultiSelect, Paper, Select, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { api, data, type Report, type ReportStatus } from '../api/client';
import { useAuth } from '../auth/auth';
import { useI18n } from '../i18n/i18n';
import { typingTarget } from '../lib/keys';
import { ListTable, PageTitle } from '../lib/ListTable';
import { REPORT_STATUSES, useIncidentTypes } from '../lib/queries';
import { StatusBadge } from '../report/StatusBadge';
import { DEFAULT_FILTERS, loadSavedFilters, storeSavedFilters, toQuery, type QueueFilters, type SavedFilter } from './filters';
import { useQueueState } from './queue-state';
import { notifyOk, notifyError } from '../lib/notify';

const BULK_TARGETS = ['in_review', 'awaiting_review', 'verified', 'rejected'] as const;

export function QueuePage() {
  const { t, incidentType, formatDate } = useI18n();
  const { session, can } = useAuth();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const types = useIncidentTypes();
  const { filters, setFilters, active, setActive, setOrder } = useQueueState();
  const [draft, setDraft] = useState<QueueFilters>(filters);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const username = session?.user.username ?? '';
  const [saved, setSaved] = useState<SavedFilter[]>(() => loadSavedFilters(username));
  const [saveName, setSaveName] = useState('');
  const rowRefs = useRef(new Map<string, HTMLTableRowElement>());

  const query = useInfiniteQuery({
    queryKey: ['reports', filters],
    queryFn: async ({ pageParam }) => data(await api.GET('/v1/reports', { params: { query: { ...toQuery(filters), ...(pageParam ? { after: pageParam } : {}) } } })),
    initialPageParam: '',
    getNextPageParam: (last) => last.next ?? undefined,
  });
  const reports = useMemo(() => query.data?.pages.flatMap((p) => p.items) ?? [], [query.data]);
  const activeIndex = Math.max(0, reports.findIndex((r) => r.id === active));
  useEffect(() => setOrder(reports.map((r) => r.id)), [reports, setOrder]);

  // j / k / Enter / x, unless the person is typing in a field.
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      const target = event.target as HTMLElement | null;
      if (typingTarget(event)) return;
      if (!reports.length) return;
      let next: number | null = null;
      if (event.key === 'j') next = Math.min(reports.length - 1, activeIndex + (active ? 1 : 0));
      else if (event.key === 'k') next = Math.max(0, activeIndex - 1);
      else if (event.key === 'Enter' && (!target || target === document.body || target.closest('tr[data-report-row]'))) {
        event.preventDefault();
        navigate(`/reports/${reports[activeIndex].id}`);
        return;
      } else if (event.key === 'x') {
        toggle(reports[activeIndex].id);
        return;
      }
      if (next !== null) {
        event.preventDefault();
        const id = reports[next].id;
        setActive(id);
        const row = rowRefs.current.get(id);
        row?.scrollIntoView({ block: 'nearest' });
        row?.focus();
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  function toggle(id: string) {
    setSelected((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }

  function apply(event?: FormEvent) {
    event?.preventDefault();
    setFilters(draft);
    setSelected(new Set());
  }

  async function bulk(run: (id: string) => Promise<unknown>) {
    const ids = [...selected];
    const results = await Promise.allSettled(ids.map(run));
    const failed = results.filter((r) => r.status === 'rejected').length;
    const message = t('queue.bulkDone', { ok: ids.length - failed, failed });
    if (failed) notifyError(t('common.error'), message, t('common.close'));
    else notifyOk(message);
    setSelected(new Set());
    await queryClient.invalidateQueries({ queryKey: ['reports'] });
    await queryClient.invalidateQueries({ queryKey: ['dashboard'] });
  }

  function saveCurrent() {
    if (!saveName.trim()) return;
    const { q: _q, ...rest } = draft;
    void _q;
    const next = [...saved.filter((s) => s.name !== saveName.trim()), { name: saveName.trim(), filters: rest }];
    setSaved(next);
    storeSavedFilters(username, next);
    setSaveName('');
  }

  const set = <K extends keyof QueueFilters>(key: K, value: QueueFilters[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const statusOptions = REPORT_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }));
  const allSelected = reports.length > 0 && reports.every((r) => selected.has(r.id));

  return (
    <Stack gap="sm">
      <PageTitle>{t('queue.title')}</PageTitle>
      <Paper withBorder p="sm" component="form" onSubmit={apply} aria-label={t('queue.filters')}>
        <SimpleGrid cols={{ base: 2, md: 5 }} spacing="xs" verticalSpacing="xs">
          <MultiSelect label={t('queue.status')} data={statusOptions} value={draft.status} onChange={(v) => set('status', v as ReportStatus[])} size="xs" clearable />
          <Select label={t('queue.incidentType')} data={types.map((ty) => ({ value: ty.id, label: incidentType(ty.id, ty.label) }))} value={draft.incidentType || null} onChange={(v) => set('incidentType', v ?? '')} size="xs" clearable searchable />
          <TextInput label={t('queue.country')} value={draft.country} onChange={(e) => set('country', e.currentTarget.value)} maxLength={2} size="xs" />
          <TextInput label={t('queue.entity')} value={draft.entity} onChange={(e) => set('entity', e.currentTarget.value)} size="xs" />
          <TextInput label={t('queue.tag')} value={draft.tag} onChange={(e) => set('tag', e.currentTarget.value)} size="xs" />
          <TextInput type="date" label={t('queue.from')} value={draft.from} onChange={(e) => set('from', e.currentTarget.value)} size="xs" />
          <TextInput type="date" label={t('queue.to')} value={draft.to} onChange={(e) => set('to', e.currentTarget.value)} size="xs" />
          <Select
            label={t('queue.assignee')}
            data={[
              { value: '', label: t('queue.assignee.any') },
              { value: 'me', label: t('queue.assignee.me') },
              { value: 'none', label: t('queue.assignee.none') },
            ]}
            value={draft.assignee}
            onChange={(v) => set('assignee', v ?? '')}
            size="xs"
            allowDeselect={false}
          />
          <Select
            label={t('queue.sort')}
            data={[
              { value: 'newest', label: t('queue.sort.newest') },
              { value: 'oldest', label: t('queue.sort.oldest') },
            ]}
            value={draft.sort}
            onChange={(v) => set('sort', (v ?? 'newest') as QueueFilters['sort'])}
            size="xs"
            allowDeselect={false}
          />
          <TextInput label={t('queue.q')} value={draft.q} onChange={(e) => set('q', e.currentTarget.value)} size="xs" />
        </SimpleGrid>
        <Group mt="xs" gap="xs" justify="space-between">
          <Group gap="xs">
            <Button type="submit" size="xs">
              {t('queue.apply')}
            </Button>
            <Button
              size="xs"
              variant="default"
              onClick={() => {
                setDraft(DEFAULT_FILTERS);
                setFilters(DEFAULT_FILTERS);
              }}
            >
              {t('queue.reset')}
            </Button>
            {saved.length > 0 && (
              <Menu>
                <Menu.Target>
                  <Button size="xs" variant="default">
                    {t('queue.saved')} ({saved.length})
                  </Button>
                </Menu.Target>
                <Menu.Dropdown>
                  {saved.map((s) => (
                    <Menu.Item
                      key={s.name}
                      onClick={() => {
                        const next = { ...DEFAULT_FILTERS, ...s.filters, q: '' };
                        setDraft(next);
                        setFilters(next);
                      }}
                    >
                      {s.name}
                    </Menu.Item>
                  ))}
                </Menu.Dropdown>
              </Menu>
            )}
          </Group>
          <Group gap="xs">
            <TextInput size="xs" aria-label={t('queue.saveName')} placeholder={t('queue.saveAs')} value={saveName} onChange={(e) => setSaveName(e.currentTarget.value)} title={t('queue.savedHint')} />
            <Button size="xs" variant="default" onClick={saveCurrent} disabled={!saveName.trim()}>
              {t('common.save')}
            </Button>
          </Group>
        </Group>
      </Paper>

      <Group justify="space-between" gap="xs">
        <Text size="sm" c="dimmed">
          {t('queue.shortcuts')}
        </Text>
        {can('reports:triage') && (
          <Group gap="xs">
            <Text size="sm">{t('queue.selected', { count: selected.size })}</Text>
            <Menu>
              <Menu.Target>
                <Button size="xs" variant="default" disabled={!selected.size || !can('reports:decide')}>
                  {t('queue.bulkStatus')}
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                {BULK_TARGETS.map((s) => (
                  <Menu.Item key={s} onClick={() => void bulk(async (id) => data(await api.POST('/v1/reports/{id}/decision', { params: { path: { id } }, body: { decision: s } })))}>
                    {t(`status.${s}`)}
                  </Menu.Item>
                ))}
              </Menu.Dropdown>
            </Menu>
            <Button size="xs" variant="default" disabled={!selected.size} onClick={() => void bulk(async (id) => data(await api.POST('/v1/reports/{id}/assign', { params: { path: { id } }, body: { assigneeId: session?.user.id ?? null } })))}>
              {t('queue.bulkAssignMe')}
            </Button>
            <Button size="xs" variant="default" disabled={!selected.size} onClick={() => void bulk(async (id) => data(await api.POST('/v1/reports/{id}/assign', { params: { path: { id } }, body: { assigneeId: null } })))}>
              {t('queue.bulkUnassign')}
            </Button>
          </Group>
        )}
      </Group>

      <ListTable
        label={t('queue.title')}
        highlightOnHover
        stickyHeader
        error={query.error}
        headers={[
          <Checkbox key="all" aria-label={t('queue.selectAll')} checked={allSelected} onChange={() => setSelected(allSelected ? new Set() : new Set(reports.map((r) => r.id)))} />,
          t('queue.col.received'),
          t('queue.col.status'),
          t('queue.col.country'),
          t('queue.col.excerpt'),
          t('queue.col.links'),
          t('queue.col.assignee'),
        ]}
        more={{ has: query.hasNextPage, loading: query.isFetchingNextPage, load: () => void query.fetchNextPage() }}
      >
          {reports.map((r, i) => (
            <QueueRow
              key={r.id}
              report={r}
              active={i === activeIndex && active !== null}
              selected={selected.has(r.id)}
              onToggle={() => toggle(r.id)}
              onOpen={() => navigate(`/reports/${r.id}`)}
              rowRef={(el) => {
                if (el) rowRefs.current.set(r.id, el);
                else rowRefs.current.delete(r.id);
              }}
              meId={session?.user.id}
              formatDate={formatDate}
            />
          ))}
      </ListTable>
      {!query.isPending && reports.length === 0 && <Text>{t('queue.empty')}</Text>}
      {query.isPending && <Text>{t('common.loading')}</Text>}
    </Stack>
  );
}

function QueueRow(props: { report: Report; active: boolean; selected: boolean; onToggle(): void; onOpen(): void; rowRef(el: HTMLTableRowElement | null): void; meId?: string; formatDate(d: string): string }) {
  const { t } = useI18n();
  const { report: r } = props;
  const excerpt = (r.redactedNarrative ?? '').slice(0, 140);
  return (
    <Table.Tr
      ref={props.rowRef}
      data-report-row
      data-active={props.active || undefined}
      aria-selected={props.active}
      tabIndex={-1}
      className={props.active ? 'queue-row-active' : undefined}
      onDoubleClick={props.onOpen}
    >
      <Table.Td>
        <Checkbox aria-label={`${t('queue.col.select')} ${r.createdOn}`} checked={props.selected} onChange={props.onToggle} />
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        <Text size="sm" component="a" href={`/admin/reports/${r.id}`} onClick={(e) => { e.preventDefault(); props.onOpen(); }} c="blue.9" td="underline">
          {props.formatDate(r.createdOn)}
        </Text>
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        <StatusBadge status={r.status} />
      </Table.Td>
      <Table.Td>{r.country ?? '—'}</Table.Td>
      <Table.Td>
        <Text size="sm" lineClamp={2}>
          {excerpt}
        </Text>
      </Table.Td>
      <Table.Td>
        <Group gap={4}>
          {r.links.filter((l) => l.status !== 'rejected').slice(0, 3).map((l) => (
            <Badge key={l.id} size="xs" variant="outline" color="gray.8" tt="none">
              {l.name}
            </Badge>
          ))}
        </Group>
      </Table.Td>
      <Table.Td>{r.assigneeId ? (r.assigneeId === props.meId ? t('queue.assignee.me') : '✓') : '—'}</Table.Td>
    </Table.Tr>
  );
}
