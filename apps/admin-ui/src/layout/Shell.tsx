import { AppShell, Button, Group, NavLink, ScrollArea, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { NavLink as RouterLink, useLocation } from 'react-router';
import type { Permission } from '../api/client';
import { useAuth } from '../auth/auth';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { BLUE } from '../lib/colours';
import { LanguageSwitch } from './LanguageSwitch';

const NAV: Array<{ to: string; label: MessageKey; permission: Permission }> = [
  { to: '/queue', label: 'nav.queue', permission: 'reports:read' },
  { to: '/dashboard', label: 'nav.dashboard', permission: 'stats:read' },
  { to: '/gazetteer', label: 'nav.gazetteer', permission: 'reports:read' },
  { to: '/users', label: 'nav.users', permission: 'users:manage' },
  { to: '/ngo-keys', label: 'nav.keys', permission: 'ngo-keys:manage' },
  { to: '/audit', label: 'nav.audit', permission: 'audit:read' },
];

export function Shell({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const { session, can, logout } = useAuth();
  const location = useLocation();
  return (
    <AppShell header={{ height: 52 }} navbar={{ width: 200, breakpoint: 0 }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Title order={2} size="h4" c="blue.9">
            {t('app.title')}
          </Title>
          <Group gap="sm" wrap="nowrap">
            {session && (
              <Text size="sm" visibleFrom="sm">
                {t('nav.signedInAs', { name: session.user.username, role: t(`role.${session.user.role}`) })}
              </Text>
            )}
            <LanguageSwitch />
            <Button size="xs" variant="default" onClick={() => void logout()}>
              {t('nav.logout')}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t('app.title')}>
        <ScrollArea>
          <Stack gap={2} component="nav">
            {NAV.filter((n) => can(n.permission)).map((n) => (
              <NavLink key={n.to} component={RouterLink} to={n.to} label={t(n.label)} variant="filled" color={BLUE} active={location.pathname.startsWith(n.to) || (n.to === '/queue' && location.pathname.startsWith('/reports'))} />
            ))}
          </Stack>
        </ScrollArea>
      </AppShell.Navbar>
      <AppShell.Main id="main">{children}</AppShell.Main>
    </AppShell>
  );
}
