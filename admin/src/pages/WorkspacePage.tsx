import * as React from 'react';
import { Box, Button, Divider, Field, Flex, SingleSelect, SingleSelectOption, Tabs, Typography } from '@strapi/design-system';
import { Plus } from '@strapi/icons';
import { Layouts, Page, useRBAC } from '@strapi/strapi/admin';
import { useIntl, type MessageDescriptor } from 'react-intl';

import { BulkLink } from '../components/workspace/BulkLink';
import { CheckRepair } from '../components/workspace/CheckRepair';
import { NewSeriesModal } from '../components/workspace/NewSeriesModal';
import { OrdersTab } from '../components/workspace/OrdersTab';
import { SeriesSection } from '../components/workspace/SeriesSection';
import { WorkspaceCard } from '../components/workspace/WorkspaceCard';
import { useWorkspaceQuery, WORKSPACE_TABS, type WorkspaceTab } from '../hooks/useWorkspaceQuery';
import { PERMISSIONS } from '../permissions';
import { useGetNewsroomLocalesQuery, useGetNewsroomSettingsQuery } from '../services/settings';
import { getTranslation } from '../utils/getTranslation';

const TAB_LABELS: Record<WorkspaceTab, MessageDescriptor> = {
  orders: { id: getTranslation('workspace.tab.orders'), defaultMessage: 'Reading orders' },
  series: { id: getTranslation('workspace.tab.series'), defaultMessage: 'Series' },
  tools: { id: getTranslation('workspace.tab.tools'), defaultMessage: 'Tools' },
};

/**
 * The "Reading order" page: the type and locale, then a tab each for the reading
 * orders (one open for editing), the series, and the tools (linking by publication
 * date in bulk, check and repair). What is chosen and open lives in the address.
 */
export const WorkspacePage = () => {
  const { formatMessage } = useIntl();
  const title = formatMessage({ id: getTranslation('workspace.title'), defaultMessage: 'Reading order' });
  const { data: settings, isError: settingsFailed } = useGetNewsroomSettingsQuery();
  const { allowedActions, isLoading: isLoadingPermissions } = useRBAC(PERMISSIONS.update);
  const canEdit = !isLoadingPermissions && Boolean(allowedActions.canUpdate);
  const { allowedActions: seriesActions, isLoading: isLoadingSeriesPermissions } = useRBAC(PERMISSIONS.series);
  const canCreateSeries = !isLoadingSeriesPermissions && Boolean(seriesActions.canCreate);
  const [creating, setCreating] = React.useState(false);

  const workspace = useWorkspaceQuery();
  // Unless a link names one, the first type that has articles (a site that maps its own type may leave the built-in one empty).
  const contentType =
    settings?.contentTypes.find((candidate) => candidate.uid === workspace.type) ??
    settings?.contentTypes.find((candidate) => candidate.hasArticles) ??
    settings?.contentTypes[0];
  const { data: locales } = useGetNewsroomLocalesQuery(undefined, { skip: !contentType?.localized });
  const locale = contentType?.localized
    ? (workspace.locale ?? locales?.find((candidate) => candidate.isDefault)?.code ?? locales?.[0]?.code)
    : undefined;
  const ready = Boolean(contentType) && (!contentType?.localized || Boolean(locale));

  if (settingsFailed) return <Page.Error />;
  if (!settings || !contentType) return <Page.Loading />;

  // Another type or locale is another workspace: every tab starts afresh.
  const workspaceKey = `${contentType.uid}-${locale}`;

  return (
    <Page.Main>
      <Page.Title>{title}</Page.Title>
      <Layouts.Header
        title={title}
        subtitle={formatMessage({
          id: getTranslation('workspace.subtitle'),
          defaultMessage: 'Every reading order and series of a content type: reorder, link in bulk, check and repair.',
        })}
        primaryAction={
          canCreateSeries ? (
            <Button startIcon={<Plus />} disabled={!ready} onClick={() => setCreating(true)}>
              {formatMessage({ id: getTranslation('series.create.title'), defaultMessage: 'New series' })}
            </Button>
          ) : null
        }
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={6}>
          <WorkspaceCard>
            <Flex gap={4} wrap="wrap">
              <Box minWidth="280px">
                <Field.Root name="newsroom-type">
                  <Field.Label>{formatMessage({ id: getTranslation('workspace.type'), defaultMessage: 'Content type' })}</Field.Label>
                  <SingleSelect value={contentType.uid} onChange={(value: string | number) => workspace.choose({ type: String(value) })}>
                    {settings.contentTypes.map((candidate) => (
                      <SingleSelectOption key={candidate.uid} value={candidate.uid}>
                        {candidate.displayName}
                      </SingleSelectOption>
                    ))}
                  </SingleSelect>
                </Field.Root>
              </Box>
              {contentType.localized ? (
                <Box minWidth="200px">
                  <Field.Root name="newsroom-locale">
                    <Field.Label>{formatMessage({ id: getTranslation('workspace.locale'), defaultMessage: 'Locale' })}</Field.Label>
                    <SingleSelect value={locale ?? ''} onChange={(value: string | number) => workspace.choose({ locale: String(value) })}>
                      {(locales ?? []).map((candidate) => (
                        <SingleSelectOption key={candidate.code} value={candidate.code}>
                          {candidate.name}
                        </SingleSelectOption>
                      ))}
                    </SingleSelect>
                  </Field.Root>
                </Box>
              ) : null}
            </Flex>
          </WorkspaceCard>

          {ready ? (
            <Tabs.Root
              variant="simple"
              value={workspace.tab}
              onValueChange={(value: string) => {
                const tab = WORKSPACE_TABS.find((known) => known === value);
                if (tab) workspace.showTab(tab);
              }}
            >
              <Box paddingBottom={6}>
                <Tabs.List
                  aria-label={formatMessage({ id: getTranslation('workspace.tabs'), defaultMessage: 'Parts of the Reading order page' })}
                >
                  {WORKSPACE_TABS.map((tab) => (
                    <Tabs.Trigger key={tab} value={tab}>
                      {formatMessage(TAB_LABELS[tab])}
                    </Tabs.Trigger>
                  ))}
                </Tabs.List>
                <Divider />
              </Box>
              <Tabs.Content value="orders">
                <OrdersTab key={workspaceKey} contentType={contentType} locale={locale} canEdit={canEdit} />
              </Tabs.Content>
              <Tabs.Content value="series">
                <SeriesSection key={workspaceKey} contentType={contentType} locale={locale} />
              </Tabs.Content>
              {/* Kept mounted while hidden (Radix leaves hiding a forced tab to us): a running bulk job goes on reporting its progress, and its end reloads the orders. */}
              <Tabs.Content value="tools" forceMount hidden={workspace.tab !== 'tools'}>
                <Flex key={workspaceKey} direction="column" alignItems="stretch" gap={6}>
                  {canEdit ? (
                    <WorkspaceCard>
                      <BulkLink type={contentType.uid} locale={locale} />
                    </WorkspaceCard>
                  ) : null}
                  <WorkspaceCard>
                    <CheckRepair contentType={contentType} locale={locale} canRepair={canEdit} />
                  </WorkspaceCard>
                </Flex>
              </Tabs.Content>
            </Tabs.Root>
          ) : (
            <Typography textColor="neutral600">
              {formatMessage({ id: getTranslation('workspace.no-locale'), defaultMessage: 'Loading the locales…' })}
            </Typography>
          )}
        </Flex>
      </Layouts.Content>
      {ready ? (
        <NewSeriesModal
          open={creating}
          contentType={contentType}
          locale={locale}
          onClose={() => setCreating(false)}
          onCreated={workspace.openSeries}
        />
      ) : null}
    </Page.Main>
  );
};

export default WorkspacePage;
