import { Alert, Anchor, Badge, Button, Checkbox, Grid, Group, Paper, ScrollArea, Select, Stack, Tabs, TagsInput, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { api, data, type Report, type ReportDetail, type Schemas } from '../api/client';
import { useAuth } from '../auth/auth';
import { useI18n } from '../i18n/i18n';
import { typingTarget } from '../lib/keys';
import { PanelTitle } from '../lib/ListTable';
import { useQueueState } from '../queue/queue-state';
import { ConfirmDecision } from './ConfirmDecision';
import { useIncidentTypes } from '../lib/queries';
import { Messages } from './Messages';
import { Narrative, redactionClass, type TextSelection } from './Narrative';
import { RevealRawDialog } from './RevealRawDialog';
import { StatusBadge } from './StatusBadge';
import { BLUE, GREEN, GREY, RED } from '../lib/colours';
import { notifyOk, notifyError } from '../lib/notify';

type SpanType = Schemas['AddedSpanDto']['type'];
const SPAN_TYPES: readonly SpanType[] = ['PERSON', 'PHONE', 'EMAIL', 'MESSENGER_ID', 'SOCIAL_URL', 'NATIONAL_ID', 'PASSPORT', 'LICENSE_PLATE', 'ADDRESS', 'IP_ADDRESS', 'BANK_CARD', 'DATE_OF_BIRTH'];
const ACTIONS = ['in_review', 'awaiting_review', 'verified', 'rejected'] as const;
/** Moves the state machine (libs/domain) allows from each status; the server has the last word (409). */
const ALLOWED: Record<Report['status'], readonly string[]> = {
  submitted: [],
  processing: [],
  awaiting_review: ['in_review', 'verified', 'rejected', 'duplicate'],
  in_review: ['awaiting_review', 'verified', 'rejected', 'duplicate'],
  verified: ['in_review'],
  rejected: ['in_review'],
  duplicate: ['in_review'],
};

export function ReportPage() {
  const { id = '' } = useParams();
  const { t, formatDate } = useI18n();
  const { can } = useAuth();
  const queryClient = useQueryClient();
  const report = useQuery({ queryKey: ['report', id], queryFn: async () => data(await api.GET('/v1/reports/{id}', { params: { path: { id } } })) });

  /** Runs a change; the answer (the report as re-rendered by the server) replaces the cached one. */
  const change = useMutation({
    mutationFn: async (run: () => Promise<Report | null>) => run(),
    onSuccess: async (updated) => {
      if (updated) queryClient.setQueryData<ReportDetail>(['report', id], (prev) => (prev ? { ...prev, ...updated } : prev));
      else await queryClient.invalidateQueries({ queryKey: ['report', id] });
      await queryClient.invalidateQueries({ queryKey: ['reports'] });
      await queryClient.invalidateQueries({ queryKey: ['dashboard'] });
      notifyOk(t('common.saved'));
    },
    onError: (e) => notifyError(t('common.error'), e.message, t('common.close')),
  });
  const run = (fn: () => Promise<Report | null>) => change.mutate(fn);
  const path = { params: { path: { id } } };

  const [selection, setSelection] = useState<TextSelection | null>(null);
  const [spanType, setSpanType] = useState<SpanType>('PERSON');
  const [revealOpen, setRevealOpen] = useState(false);
  const [confirming, setConfirming] = useState<'verified' | 'rejected' | null>(null);
  const navigate = useNavigate();
  const { order, setActive } = useQueueState();

  // Decisions one or two keystrokes away: i starts review, v / r ask to verify / reject (Enter
  // confirms), j / k open the next / previous report of the queue, u goes back to it.
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (typingTarget(event) || !report.data) return;
      const status = report.data.status;
      const at = order.indexOf(id);
      const go = (next: string | undefined) => {
        if (!next) return;
        setActive(next);
        navigate(`/reports/${next}`);
      };
      if (event.key === 'i' && can('reports:decide') && ALLOWED[status].includes('in_review')) run(async () => data(await api.POST('/v1/reports/{id}/decision', { params: { path: { id } }, body: { decision: 'in_review' } })));
      else if (event.key === 'v' && can('reports:decide') && ALLOWED[status].includes('verified')) setConfirming('verified');
      else if (event.key === 'r' && can('reports:decide') && ALLOWED[status].includes('rejected')) setConfirming('rejected');
      else if (event.key === 'j') go(order[at + 1]);
      else if (event.key === 'k') go(at > 0 ? order[at - 1] : undefined);
      else if (event.key === 'u') navigate('/queue');
      else return;
      event.preventDefault();
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  if (report.isPending) return <Text>{t('common.loading')}</Text>;
  if (report.isError) return <Alert color="red">{report.error.message}</Alert>;
  const r = report.data;
  const triage = can('reports:triage');
  const decide = can('reports:decide');

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={2}>
          <Anchor component={Link} to="/queue" size="sm" c="blue.9">
            ← {t('report.back')}
          </Anchor>
          <Group gap="xs">
            <Title order={1} size="h3">
              {t('report.title', { date: formatDate(r.createdOn) })}
            </Title>
            <StatusBadge status={r.status} />
          </Group>
          <Text size="xs" c="dimmed">
            {t('report.shortcuts')}
          </Text>
        </Stack>
        {decide && (
          <Group gap="xs" aria-label={t('report.actions')} role="group">
            {ACTIONS.filter((a) => ALLOWED[r.status].includes(a)).map((a) => (
              <Button
                key={a}
                size="sm"
                color={a === 'verified' ? GREEN : a === 'rejected' ? RED : BLUE}
                variant={a === 'verified' || a === 'rejected' ? 'filled' : 'default'}
                loading={change.isPending}
                onClick={() => run(async () => data(await api.POST('/v1/reports/{id}/decision', { ...path, body: { decision: a } })))}
              >
                {t(`report.action.${a}`)}
              </Button>
            ))}
            {can('raw:read') && (
              <Button size="sm" variant="default" onClick={() => setRevealOpen(true)} disabled={!r.rawAvailable} title={r.rawAvailable ? undefined : t('report.rawGone')}>
                {t('report.revealRaw')}
              </Button>
            )}
          </Group>
        )}
      </Group>

      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Paper withBorder p="md">
            <PanelTitle size="h4" title={t('report.narrative')} help={t('report.narrativeHelp')} />
            {r.redactedNarrative === null ? (
              <Text>{t('report.noNarrative')}</Text>
            ) : (
              <Narrative text={r.redactedNarrative} spans={r.redactionSpans} links={r.links} onSelect={setSelection} />
            )}
            {triage && r.redactedNarrative !== null && (
              <Paper bg="gray.0" p="xs" mt="sm" aria-live="polite">
                {selection ? (
                  <Group gap="xs" align="flex-end">
                    <Text size="sm" style={{ flex: '1 1 200px' }} lineClamp={2}>
                      {t('report.selection', { text: selection.text })}
                    </Text>
                    <Select size="xs" w={170} label={t('report.redactType')} data={SPAN_TYPES.map((s) => ({ value: s, label: s }))} value={spanType} onChange={(v) => setSpanType((v ?? 'PERSON') as SpanType)} allowDeselect={false} />
                    <Button
                      size="xs"
                      onClick={() => {
                        const sel = selection;
                        setSelection(null);
                        window.getSelection()?.removeAllRanges();
                        run(async () => data(await api.POST('/v1/reports/{id}/redactions', { ...path, body: { add: [{ start: sel.start, end: sel.end, type: spanType }], remove: [] } })));
                      }}
                    >
                      {t('report.redactSelection')}
                    </Button>
                  </Group>
                ) : (
                  <Text size="sm">{t('report.selectHint')}</Text>
                )}
              </Paper>
            )}
          </Paper>
          <Paper withBorder p="md" mt="md">
            <PanelTitle size="h4" title={t('report.details')} />
            <Group gap="lg">
              <Detail label={t('report.country')} value={r.country} />
              <Detail label={t('report.city')} value={r.city} />
              <Detail label={t('report.month')} value={r.incidentMonth} />
              <Detail label={t('report.language')} value={r.language} />
            </Group>
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Paper withBorder p={0}>
            <Tabs defaultValue="review" keepMounted={false}>
              <Tabs.List grow>
                <Tabs.Tab value="review">{t('report.links')}</Tabs.Tab>
                <Tabs.Tab value="triage">{t('report.notes')}</Tabs.Tab>
                <Tabs.Tab value="messages">{t('report.messages')}</Tabs.Tab>
              </Tabs.List>
              <ScrollArea.Autosize mah="calc(100vh - 230px)" type="auto">
                <Tabs.Panel value="review" p="sm">
                  <ReviewPanel report={r} triage={triage} run={run} />
                </Tabs.Panel>
                <Tabs.Panel value="triage" p="sm">
                  <TriagePanel report={r} triage={triage} decide={decide} run={run} />
                </Tabs.Panel>
                <Tabs.Panel value="messages" p="sm">
                  <Messages reportId={r.id} canSend={decide} />
                </Tabs.Panel>
              </ScrollArea.Autosize>
            </Tabs>
          </Paper>
        </Grid.Col>
      </Grid>
      <RevealRawDialog reportId={r.id} opened={revealOpen} onClose={() => setRevealOpen(false)} />
      <ConfirmDecision
        decision={confirming}
        onCancel={() => setConfirming(null)}
        onConfirm={(decision) => {
          setConfirming(null);
          run(async () => data(await api.POST('/v1/reports/{id}/decision', { ...path, body: { decision } })));
        }}
      />
    </Stack>
  );
}

function Detail({ label, value }: { label: string; value: string | null }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{value ?? '—'}</Text>
    </Stack>
  );
}

type Run = (fn: () => Promise<Report | null>) => void;

/** Links to confirm or reject, incident types to confirm, and the redactions to undo. */
function ReviewPanel({ report: r, triage, run }: { report: ReportDetail; triage: boolean; run: Run }) {
  const { t, incidentType } = useI18n();
  const types = useIncidentTypes();
  const path = { params: { path: { id: r.id } } };
  const suggested = new Map(r.suggestedIncidentTypes.map((s) => [s.id, s]));
  const candidateIds = [...new Set([...r.suggestedIncidentTypes.map((s) => s.id), ...r.reportedIncidentTypes, ...(r.confirmedIncidentTypes ?? [])])];
  const [confirmed, setConfirmed] = useState<string[]>(r.confirmedIncidentTypes ?? r.suggestedIncidentTypes.map((s) => s.id).concat(r.reportedIncidentTypes));
  const [linkType, setLinkType] = useState<'organization' | 'location'>('organization');
  const [linkKey, setLinkKey] = useState('');
  useEffect(() => setConfirmed(r.confirmedIncidentTypes ?? [...new Set(r.suggestedIncidentTypes.map((s) => s.id).concat(r.reportedIncidentTypes))]), [r.confirmedIncidentTypes, r.suggestedIncidentTypes, r.reportedIncidentTypes]);
  const label = (id: string) => incidentType(id, types.find((ty) => ty.id === id)?.label);

  return (
    <Stack gap="md">
      <Stack gap="xs">
        {r.links.length === 0 && <Text size="sm">{t('common.none')}</Text>}
        {r.links.map((l) => (
          <Paper key={l.id} withBorder p="xs" data-testid={`link-${l.key}`}>
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <Stack gap={2}>
                <Text size="sm" fw={600}>
                  {l.name}
                </Text>
                <Text size="xs" c="dimmed">
                  {t(l.entityType === 'organization' ? 'report.organization' : 'report.location')} · {l.kind} · {l.key}
                </Text>
                <Text size="xs">“{l.evidence}” · {l.confidence.toFixed(2)}</Text>
              </Stack>
              <Stack gap={4} align="flex-end">
                <Badge size="sm" variant="filled" tt="none" color={l.status === 'confirmed' ? GREEN : l.status === 'rejected' ? RED : GREY} data-link-status={l.status}>
                  {t(l.status === 'confirmed' ? 'report.confirmed' : l.status === 'rejected' ? 'report.reject' : 'report.suggested')}
                </Badge>
                {triage && (
                  <Group gap={4} wrap="nowrap">
                    <Button size="compact-xs" color={GREEN} disabled={l.status === 'confirmed'} onClick={() => run(async () => data(await api.PATCH('/v1/reports/{id}/links/{linkId}', { params: { path: { id: r.id, linkId: l.id } }, body: { status: 'confirmed' } })))} aria-label={`${t('report.confirm')}: ${l.name}`}>
                      {t('report.confirm')}
                    </Button>
                    <Button size="compact-xs" variant="default" disabled={l.status === 'rejected'} onClick={() => run(async () => data(await api.PATCH('/v1/reports/{id}/links/{linkId}', { params: { path: { id: r.id, linkId: l.id } }, body: { status: 'rejected' } })))} aria-label={`${t('report.reject')}: ${l.name}`}>
                      {t('report.reject')}
                    </Button>
                  </Group>
                )}
              </Stack>
            </Group>
          </Paper>
        ))}
        {triage && (
          <Group gap="xs" align="flex-end">
            <Select size="xs" w={130} label={t('report.entityType')} value={linkType} onChange={(v) => setLinkType((v ?? 'organization') as typeof linkType)} allowDeselect={false} data={[{ value: 'organization', label: t('report.organization') }, { value: 'location', label: t('report.location') }]} />
            <TextInput size="xs" style={{ flex: 1 }} label={t('report.addLink')} placeholder="org_mps" value={linkKey} onChange={(e) => setLinkKey(e.currentTarget.value)} />
            <Button size="xs" variant="default" disabled={!linkKey.trim()} onClick={() => { const key = linkKey.trim(); setLinkKey(''); run(async () => data(await api.POST('/v1/reports/{id}/links', { ...path, body: { entityType: linkType, key } }))); }}>
              {t('common.add')}
            </Button>
          </Group>
        )}
      </Stack>

      <Stack gap={6}>
        <Title order={3} size="h5">
          {t('report.incidentTypes')}
        </Title>
        <Text size="xs" c="dimmed">
          {t('report.incidentTypesHelp')}
        </Text>
        {candidateIds.map((tid) => (
          <Checkbox
            key={tid}
            disabled={!triage}
            checked={confirmed.includes(tid)}
            onChange={(e) => setConfirmed((c) => (e.currentTarget.checked ? [...c, tid] : c.filter((x) => x !== tid)))}
            label={
              <span>
                {label(tid)}{' '}
                <Text span size="xs" c="dimmed">
                  ({[suggested.has(tid) ? `${t('report.suggested')}: ${suggested.get(tid)?.triggers.join(', ')}` : null, r.reportedIncidentTypes.includes(tid) ? t('report.reported') : null, r.confirmedIncidentTypes?.includes(tid) ? t('report.confirmed') : null].filter(Boolean).join(' · ')})
                </Text>
              </span>
            }
          />
        ))}
        {triage && (
          <Select
            size="xs"
            aria-label={t('report.incidentTypes')}
            placeholder={`+ ${t('report.incidentTypes')}`}
            searchable
            value={null}
            data={types.filter((ty) => !confirmed.includes(ty.id)).map((ty) => ({ value: ty.id, label: label(ty.id) }))}
            onChange={(v) => v && setConfirmed((c) => [...c, v])}
          />
        )}
        {triage && (
          <Button size="xs" variant="default" onClick={() => run(async () => data(await api.PUT('/v1/reports/{id}/incident-types', { ...path, body: { types: confirmed } })))}>
            {t('report.saveTypes')}
          </Button>
        )}
      </Stack>

      <Stack gap={6}>
        <Title order={3} size="h5">
          {t('report.redactions')}
        </Title>
        {r.redactionSpans.length === 0 && <Text size="sm">{t('common.none')}</Text>}
        {r.redactionSpans.map((s, index) => (
          <Group key={`${s.start}-${s.placeholder}`} justify="space-between" gap="xs" wrap="nowrap">
            <Text size="sm" span className={redactionClass(s.type)}>
              {s.placeholder}
            </Text>
            <Text size="xs" c="dimmed" style={{ flex: 1 }}>
              {s.type} · {t(s.origin === 'staff' ? 'report.origin.staff' : 'report.origin.pipeline')}
            </Text>
            {triage && (
              <Button size="compact-xs" variant="default" aria-label={t('report.undoSpan', { placeholder: s.placeholder })} onClick={() => run(async () => data(await api.POST('/v1/reports/{id}/redactions', { ...path, body: { add: [], remove: [index] } })))}>
                {t('report.undo')}
              </Button>
            )}
          </Group>
        ))}
      </Stack>
    </Stack>
  );
}

/** Assignment, tags, duplicates and notes. */
function TriagePanel({ report: r, triage, decide, run }: { report: ReportDetail; triage: boolean; decide: boolean; run: Run }) {
  const { t } = useI18n();
  const { session } = useAuth();
  const queryClient = useQueryClient();
  const path = { params: { path: { id: r.id } } };
  const [tags, setTags] = useState<string[]>(r.tags);
  const [duplicateOf, setDuplicateOf] = useState(r.duplicateOf ?? '');
  const [note, setNote] = useState('');
  useEffect(() => setTags(r.tags), [r.tags]);

  return (
    <Stack gap="md">
      <Group gap="xs" align="center">
        <Text size="sm" fw={600}>
          {t('report.assignee')}:
        </Text>
        <Text size="sm">{r.assigneeId ? (r.assigneeId === session?.user.id ? session.user.username : r.assigneeId.slice(0, 8)) : '—'}</Text>
        {triage && (
          <>
            <Button size="compact-xs" variant="default" onClick={() => run(async () => data(await api.POST('/v1/reports/{id}/assign', { ...path, body: { assigneeId: session?.user.id ?? null } })))}>
              {t('report.assignMe')}
            </Button>
            <Button size="compact-xs" variant="default" disabled={!r.assigneeId} onClick={() => run(async () => data(await api.POST('/v1/reports/{id}/assign', { ...path, body: { assigneeId: null } })))}>
              {t('report.unassign')}
            </Button>
          </>
        )}
      </Group>
      <Stack gap={4}>
        <TagsInput size="xs" label={t('report.tags')} placeholder={t('report.tagsPlaceholder')} value={tags} onChange={setTags} disabled={!triage} maxTags={20} />
        {triage && (
          <Button size="xs" variant="default" onClick={() => run(async () => data(await api.PUT('/v1/reports/{id}/tags', { ...path, body: { tags } })))}>
            {t('common.save')}
          </Button>
        )}
      </Stack>
      <Stack gap={4}>
        {r.duplicateOf && (
          <Text size="sm">
            {t('report.duplicate')}:{' '}
            <Anchor component={Link} to={`/reports/${r.duplicateOf}`} c="blue.9">
              {r.duplicateOf}
            </Anchor>
          </Text>
        )}
        {decide && (
          <Group gap="xs" align="flex-end">
            <TextInput size="xs" style={{ flex: 1 }} label={t('report.duplicateId')} value={duplicateOf} onChange={(e) => setDuplicateOf(e.currentTarget.value.trim())} />
            <Button size="xs" variant="default" disabled={!/^[0-9a-f-]{36}$/.test(duplicateOf)} onClick={() => run(async () => data(await api.POST('/v1/reports/{id}/decision', { ...path, body: { decision: 'duplicate', duplicateOf } })))}>
              {t('report.markDuplicate')}
            </Button>
          </Group>
        )}
      </Stack>
      <Stack gap={4}>
        <Title order={3} size="h5">
          {t('report.notes')}
        </Title>
        {r.notes.length === 0 && <Text size="sm">{t('common.none')}</Text>}
        {r.notes.map((n) => (
          <Paper key={n.id} withBorder p="xs">
            <Text size="xs" c="dimmed">
              {new Date(n.createdAt).toLocaleString()}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {n.body}
            </Text>
          </Paper>
        ))}
        {triage && (
          <>
            <Textarea size="xs" label={t('report.addNote')} placeholder={t('report.notePlaceholder')} value={note} onChange={(e) => setNote(e.currentTarget.value)} autosize minRows={2} maxLength={5000} />
            <Button
              size="xs"
              variant="default"
              disabled={!note.trim()}
              onClick={() => {
                const body = note.trim();
                setNote('');
                run(async () => {
                  await api.POST('/v1/reports/{id}/notes', { ...path, body: { body } });
                  await queryClient.invalidateQueries({ queryKey: ['report', r.id] });
                  return null;
                });
              }}
            >
              {t('report.addNote')}
            </Button>
          </>
        )}
      </Stack>
    </Stack>
  );
}
