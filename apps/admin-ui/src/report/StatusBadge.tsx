import { Badge } from '@mantine/core';
import type { ReportStatus } from '../api/client';
import { useI18n } from '../i18n/i18n';

/** Dark enough for white text to pass WCAG AA contrast (≥ 4.5:1). */
const COLOURS: Record<ReportStatus, string> = {
  submitted: '#495057',
  processing: '#495057',
  awaiting_review: '#a13c00',
  in_review: '#1864ab',
  verified: '#237032',
  rejected: '#c92a2a',
  duplicate: '#862e9c',
};

export function StatusBadge({ status }: { status: ReportStatus }) {
  const { t } = useI18n();
  return (
    <Badge color={COLOURS[status]} variant="filled" tt="none" data-status={status} style={{ overflow: 'visible' }} styles={{ label: { overflow: 'visible' } }}>
      {t(`status.${status}`)}
    </Badge>
  );
}
