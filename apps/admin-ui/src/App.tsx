import { Center, Loader } from '@mantine/core';
import { lazy, Suspense, useEffect } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import type { Permission } from './api/client';
import { AuditPage } from './admin/AuditPage';
import { NgoKeysPage } from './admin/NgoKeysPage';
import { UsersPage } from './admin/UsersPage';
import { useAuth } from './auth/auth';
import { LoginPage } from './auth/LoginPage';
import { GazetteerPage } from './gazetteer/GazetteerPage';
import { useI18n } from './i18n/i18n';
import { Shell } from './layout/Shell';
import { QueuePage } from './queue/QueuePage';
import { ReportPage } from './report/ReportPage';

// Charts and the world map are the largest part of the bundle: loaded when the dashboard opens.
const DashboardPage = lazy(() => import('./dashboard/DashboardPage').then((m) => ({ default: m.DashboardPage })));

export function App() {
  const { session, loading, can } = useAuth();
  const { t } = useI18n();

  // The title names the app only: never report text.
  useEffect(() => {
    document.title = t('app.title');
  }, [t]);

  if (loading)
    return (
      <Center mih="100vh">
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  if (!session) return <LoginPage />;

  const guard = (permission: Permission, element: React.ReactElement) => (can(permission) ? element : <Navigate to="/queue" replace />);
  return (
    <Shell>
      <Routes>
        <Route path="/" element={<Navigate to="/queue" replace />} />
        <Route path="/queue" element={<QueuePage />} />
        <Route path="/reports/:id" element={<ReportPage />} />
        <Route
          path="/dashboard"
          element={guard(
            'stats:read',
            <Suspense fallback={<Loader aria-label={t('common.loading')} />}>
              <DashboardPage />
            </Suspense>,
          )}
        />
        <Route path="/gazetteer" element={<GazetteerPage />} />
        <Route path="/users" element={guard('users:manage', <UsersPage />)} />
        <Route path="/ngo-keys" element={guard('ngo-keys:manage', <NgoKeysPage />)} />
        <Route path="/audit" element={guard('audit:read', <AuditPage />)} />
        <Route path="*" element={<Navigate to="/queue" replace />} />
      </Routes>
    </Shell>
  );
}
