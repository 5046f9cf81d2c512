import { BarChart } from '@mantine/charts';
import { Alert, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useI18n } from '../i18n/i18n';
import { PageTitle, PanelTitle } from '../lib/ListTable';
import { useDashboard } from '../lib/queries';
import { StatusBadge } from '../report/StatusBadge';
import { WorldMap } from './WorldMap';

export function DashboardPage() {
  const { t, incidentType, language } = useI18n();
  const dashboard = useDashboard();
  if (dashboard.isPending) return <Text>{t('common.loading')}</Text>;
  if (dashboard.isError) return <Alert color="red">{dashboard.error.message}</Alert>;
  const d = dashboard.data;
  const regionNames = new Intl.DisplayNames([language], { type: 'region' });
  const country = (code: string) => {
    try {
      return code === 'unknown' ? t('common.unknown') : (regionNames.of(code) ?? code);
    } catch {
      return code;
    }
  };
  const types = d.byIncidentType.filter((ty) => ty.count > 0).map((ty) => ({ type: incidentType(ty.id, ty.label), count: ty.count }));
  const months = d.byMonth.slice(-24).map((m) => ({ month: m.month, [t('dashboard.received')]: m.received, [t('dashboard.verified')]: m.verified }));
  const cities = d.byCity.map((c) => ({ key: c.key, label: language === 'zh-Hans' && c.nameZh ? c.nameZh : c.name, lat: c.lat, lon: c.lon, count: c.count }));

  return (
    <Stack gap="md">
      <PageTitle>{t('dashboard.title')}</PageTitle>
      <Paper withBorder p="sm">
        <PanelTitle title={t('dashboard.byStatus')} />
        <Group gap="lg">
          {d.byStatus.map((s) => (
            <Group key={s.status} gap={6} data-testid={`status-count-${s.status}`}>
              <StatusBadge status={s.status as Parameters<typeof StatusBadge>[0]['status']} />
              <Text fw={700}>{s.count}</Text>
            </Group>
          ))}
        </Group>
      </Paper>
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <Paper withBorder p="sm">
          <PanelTitle title={t('dashboard.overTime')} />
          <BarChart h={220} data={months} dataKey="month" series={[{ name: t('dashboard.received'), color: 'blue.8' }, { name: t('dashboard.verified'), color: 'green.8' }]} withLegend tickLine="y" />
        </Paper>
        <Paper withBorder p="sm">
          <PanelTitle title={t('dashboard.byType')} />
          {types.length === 0 ? (
            <Text size="sm">{t('dashboard.empty')}</Text>
          ) : (
            <BarChart h={Math.max(120, 36 * types.length + 40)} data={types} dataKey="type" orientation="vertical" yAxisProps={{ width: 190, interval: 0 }} series={[{ name: 'count', label: t('dashboard.count'), color: 'grape.8' }]} gridAxis="none" />
          )}
        </Paper>
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, lg: 3 }}>
        <Paper withBorder p="sm" style={{ gridColumn: 'span 2' }}>
          <PanelTitle title={t('dashboard.map')} help={t('dashboard.mapHelp')} />
          <WorldMap cities={cities} label={t('dashboard.map')} />
        </Paper>
        <Paper withBorder p="sm">
          <PanelTitle title={t('dashboard.byCountry')} />
          {d.byCountry.length === 0 && <Text size="sm">{t('dashboard.empty')}</Text>}
          <Table data-testid="by-country">
            <Table.Tbody>
              {d.byCountry.map((c) => (
                <Table.Tr key={c.country}>
                  <Table.Td>{country(c.country)}</Table.Td>
                  <Table.Td ta="right">{c.count}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Title order={3} size="h6" mt="md" mb={4}>
            {t('dashboard.map')}
          </Title>
          <Table data-testid="by-city">
            <Table.Tbody>
              {cities.map((c) => (
                <Table.Tr key={c.key}>
                  <Table.Td>{c.label}</Table.Td>
                  <Table.Td ta="right">{c.count}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      </SimpleGrid>
    </Stack>
  );
}
