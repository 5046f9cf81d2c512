import { Alert, Button, Group, Table, Text, Title } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { useI18n } from '../i18n/i18n';

/**
 * The list screens' table: an error line, the header row, the rows, and "load more" for
 * keyset-paginated lists. Wide tables scroll sideways instead of squeezing their columns.
 */
export function ListTable(props: {
  headers: ReactNode[];
  error?: Error | null;
  children: ReactNode;
  more?: { has: boolean; loading: boolean; load(): void };
  minWidth?: number;
  label?: string;
  highlightOnHover?: boolean;
  stickyHeader?: boolean;
}) {
  const { t } = useI18n();
  const table = (
    <Table striped highlightOnHover={props.highlightOnHover} stickyHeader={props.stickyHeader} aria-label={props.label}>
      <Table.Thead>
        <Table.Tr>
          {props.headers.map((h, i) => (
            <Table.Th key={i}>{h}</Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>{props.children}</Table.Tbody>
    </Table>
  );
  return (
    <>
      {props.error && <Alert color="red">{props.error.message}</Alert>}
      {props.minWidth ? <Table.ScrollContainer minWidth={props.minWidth}>{table}</Table.ScrollContainer> : table}
      {props.more?.has && (
        <Button variant="default" onClick={props.more.load} loading={props.more.loading}>
          {t('common.loadMore')}
        </Button>
      )}
    </>
  );
}

/** A panel's heading with its explanation underneath. */
export function PanelTitle({ title, help, size = 'h5' }: { title: string; help?: string; size?: 'h4' | 'h5' }) {
  return (
    <>
      <Title order={2} size={size} mb={help ? 4 : 'xs'}>
        {title}
      </Title>
      {help && (
        <Text size="xs" c="dimmed" mb="xs">
          {help}
        </Text>
      )}
    </>
  );
}

/** A screen's h1. */
export function PageTitle({ children }: { children: ReactNode }) {
  return (
    <Title order={1} size="h2">
      {children}
    </Title>
  );
}

/** A row of fields and a submit button (filters, "create" forms). */
export function InlineForm({ onSubmit, children }: { onSubmit(): void; children: ReactNode }) {
  return (
    <Group
      component="form"
      gap="xs"
      align="flex-end"
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      {children}
    </Group>
  );
}
