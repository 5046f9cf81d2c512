import { useQuery } from '@tanstack/react-query';
import { api, data } from '../api/client';
import { useAuth } from '../auth/auth';

export const REPORT_STATUSES = ['submitted', 'processing', 'awaiting_review', 'in_review', 'verified', 'rejected', 'duplicate'] as const;

/** The dashboard counts; also the list of incident types with their labels. */
export function useDashboard() {
  const { can } = useAuth();
  return useQuery({
    queryKey: ['dashboard'],
    queryFn: async () => data(await api.GET('/v1/dashboard')),
    enabled: can('stats:read'),
    staleTime: 30_000,
  });
}

export function useIncidentTypes(): Array<{ id: string; parentId: string | null; label: string }> {
  return useDashboard().data?.byIncidentType ?? [];
}
