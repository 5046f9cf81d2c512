import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import { DEFAULT_FILTERS, type QueueFilters } from './filters';

/** The queue's filters and cursor row, kept in memory across screens (never in the URL or storage). */
interface QueueState {
  filters: QueueFilters;
  setFilters(f: QueueFilters): void;
  active: string | null;
  setActive(id: string | null): void;
  /** The ids the queue shows, in order: the report view's j / k walk through them. */
  order: string[];
  setOrder(ids: string[]): void;
}

const Ctx = createContext<QueueState | null>(null);

export function QueueStateProvider({ children }: { children: ReactNode }) {
  const [filters, setFilters] = useState<QueueFilters>(DEFAULT_FILTERS);
  const [active, setActive] = useState<string | null>(null);
  const [order, setOrder] = useState<string[]>([]);
  const value = useMemo(() => ({ filters, setFilters, active, setActive, order, setOrder }), [filters, active, order]);
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useQueueState(): QueueState {
  const ctx = useContext(Ctx);
  if (!ctx) throw new Error('useQueueState outside QueueStateProvider');
  return ctx;
}
