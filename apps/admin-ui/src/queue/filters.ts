import type { ListReportsQuery, ReportStatus } from '../api/client';

export interface QueueFilters {
  status: ReportStatus[];
  incidentType: string;
  country: string;
  entity: string;
  from: string;
  to: string;
  assignee: string;
  tag: string;
  q: string;
  sort: 'newest' | 'oldest';
}

export const DEFAULT_FILTERS: QueueFilters = { status: ['awaiting_review', 'in_review'], incidentType: '', country: '', entity: '', from: '', to: '', assignee: '', tag: '', q: '', sort: 'newest' };

/** The API query for a set of filters (empty fields left out). */
export function toQuery(f: QueueFilters): ListReportsQuery {
  const q: ListReportsQuery = { sort: f.sort, limit: 25 };
  if (f.status.length) q.status = [...f.status];
  for (const key of ['incidentType', 'country', 'entity', 'from', 'to', 'assignee', 'tag', 'q'] as const) {
    const v = f[key].trim();
    if (v) (q as Record<string, unknown>)[key] = key === 'country' ? v.toUpperCase() : v;
  }
  return q;
}

export interface SavedFilter {
  name: string;
  filters: Omit<QueueFilters, 'q'>;
}

/**
 * Saved filters stay in this browser, per username. The free-text search is never saved: it
 * may quote a report, and report text must not reach browser storage.
 */
const key = (username: string) => `tnr-admin-saved-filters:${username}`;

export function loadSavedFilters(username: string): SavedFilter[] {
  try {
    const parsed = JSON.parse(window.localStorage.getItem(key(username)) ?? '[]') as unknown;
    return Array.isArray(parsed) ? (parsed as SavedFilter[]).filter((s) => typeof s?.name === 'string' && typeof s.filters === 'object') : [];
  } catch {
    return [];
  }
}

export function storeSavedFilters(username: string, saved: SavedFilter[]): void {
  try {
    const safe = saved.map(({ name, filters }) => {
      const { q: _dropped, ...rest } = filters as QueueFilters;
      void _dropped;
      return { name, filters: rest };
    });
    window.localStorage.setItem(key(username), JSON.stringify(safe));
  } catch {
    // Storage disabled: saved filters last for this page.
  }
}
