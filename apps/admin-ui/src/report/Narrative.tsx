import { Box, Group, Text, Tooltip } from '@mantine/core';
import { useMemo, useRef } from 'react';
import type { RedactionSpan, ReportLink } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { narrativeSegments } from './segments';

/** One colour per redaction type and per kind of link (class names in admin.css). */
export function redactionClass(type: string): string {
  return `mark-redaction mark-redaction-${type.toLowerCase().replace(/[^a-z_]/g, '')}`;
}
export function linkClass(link: ReportLink): string {
  return `mark-link mark-link-${link.entityType} mark-link-${link.status}`;
}

export interface TextSelection {
  start: number;
  end: number;
  text: string;
}

/**
 * The redacted narrative, rendered as text (React escapes it; no HTML from the report is
 * ever interpreted). Each segment carries its offset in the redacted text, so a selection can
 * be turned into the offsets the redaction API expects.
 */
export function Narrative(props: { text: string; spans: RedactionSpan[]; links: ReportLink[]; onSelect(selection: TextSelection | null): void }) {
  const { t } = useI18n();
  const segments = useMemo(() => narrativeSegments(props.text, props.spans, props.links.filter((l) => l.status !== 'rejected')), [props.text, props.spans, props.links]);
  const box = useRef<HTMLDivElement>(null);

  function readSelection() {
    const sel = window.getSelection();
    if (!sel || sel.rangeCount === 0 || sel.isCollapsed || !box.current) return props.onSelect(null);
    const range = sel.getRangeAt(0);
    const start = offsetOf(range.startContainer, range.startOffset);
    const end = offsetOf(range.endContainer, range.endOffset);
    if (start === null || end === null || end <= start) return props.onSelect(null);
    props.onSelect({ start, end, text: props.text.slice(start, end) });
  }

  function offsetOf(node: Node, offset: number): number | null {
    if (!box.current?.contains(node)) return null;
    const el = (node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element))?.closest<HTMLElement>('[data-offset]');
    if (!el) return null;
    const base = Number(el.dataset.offset);
    // A node offset inside a text node counts characters; on an element it counts children.
    return node.nodeType === Node.TEXT_NODE ? base + offset : base + (offset > 0 ? (el.textContent?.length ?? 0) : 0);
  }

  return (
    <Box>
      <Group gap="xs" mb="xs" aria-hidden>
        <Text size="xs" span className="mark-redaction mark-redaction-person">
          {t('report.legend.redaction')}
        </Text>
        <Text size="xs" span className="mark-link mark-link-organization mark-link-suggested">
          {t('report.legend.link')}
        </Text>
      </Group>
      <div ref={box} className="narrative" data-testid="narrative" onMouseUp={readSelection} onKeyUp={readSelection}>
        {segments.map((s) => {
          if (s.kind === 'text')
            return (
              <span key={`t${s.start}`} data-offset={s.start}>
                {s.text}
              </span>
            );
          if (s.kind === 'redaction')
            return (
              <Tooltip
                key={`r${s.start}`}
                multiline
                w={300}
                events={{ hover: true, focus: true, touch: true }}
                label={t('report.span.tooltip', { type: s.span.type, origin: t(s.span.origin === 'staff' ? 'report.origin.staff' : 'report.origin.pipeline'), confidence: s.span.confidence.toFixed(2), placeholder: s.span.placeholder })}
              >
                <mark tabIndex={0} data-offset={s.start} data-span-index={s.index} data-span-type={s.span.type} className={redactionClass(s.span.type)}>
                  {s.text}
                </mark>
              </Tooltip>
            );
          return (
            <Tooltip
              key={`l${s.start}`}
              multiline
              w={340}
              events={{ hover: true, focus: true, touch: true }}
              label={t('report.link.tooltip', {
                entityType: t(s.link.entityType === 'organization' ? 'report.organization' : 'report.location'),
                name: s.link.name,
                kind: s.link.kind,
                status: t(s.link.status === 'confirmed' ? 'report.confirmed' : 'report.suggested'),
                confidence: s.link.confidence.toFixed(2),
                evidence: s.link.evidence,
              })}
            >
              <mark tabIndex={0} data-offset={s.start} data-link-key={s.link.key} className={linkClass(s.link)}>
                {s.text}
              </mark>
            </Tooltip>
          );
        })}
      </div>
    </Box>
  );
}
