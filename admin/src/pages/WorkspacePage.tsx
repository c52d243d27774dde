import * as React from 'react';
import { Box, Field, Flex, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { Layouts, Page, useQueryParams, useRBAC } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';

import { BulkLink } from '../components/workspace/BulkLink';
import { ChainEditor } from '../components/workspace/ChainEditor';
import { CheckRepair } from '../components/workspace/CheckRepair';
import { OrdersOverview } from '../components/workspace/OrdersOverview';
import { SeriesSection } from '../components/workspace/SeriesSection';
import { PERMISSIONS } from '../permissions';
import { useGetNewsroomOrdersQuery } from '../services/orders';
import { useGetNewsroomLocalesQuery, useGetNewsroomSettingsQuery } from '../services/settings';
import { getTranslation } from '../utils/getTranslation';

/** Chains and unlinked articles a page of the overview shows. */
const PAGE_SIZE = 10;

/**
 * The "Reading order" page: every reading order of a configured type in one
 * locale, one open for editing, linking by publication date in bulk, and the check.
 */
export const WorkspacePage = () => {
  const { formatMessage } = useIntl();
  const title = formatMessage({ id: getTranslation('workspace.title'), defaultMessage: 'Reading order' });
  const { data: settings, isError: settingsFailed } = useGetNewsroomSettingsQuery();
  const { allowedActions, isLoading: isLoadingPermissions } = useRBAC(PERMISSIONS.update);
  const canEdit = !isLoadingPermissions && Boolean(allowedActions.canUpdate);

  // A link may name the type, locale and series to open (the series' own edit view links here).
  const [{ query }] = useQueryParams<{ type?: string; locale?: string; series?: string }>();
  const [type, setType] = React.useState<string | null>(typeof query.type === 'string' ? query.type : null);
  // Unless a link names one, the first type that has articles (a site that maps its own type may leave the built-in one empty).
  const contentType =
    settings?.contentTypes.find((candidate) => candidate.uid === type) ??
    settings?.contentTypes.find((candidate) => candidate.hasArticles) ??
    settings?.contentTypes[0];
  const { data: locales } = useGetNewsroomLocalesQuery(undefined, { skip: !contentType?.localized });
  const [chosenLocale, setLocale] = React.useState<string | null>(typeof query.locale === 'string' ? query.locale : null);
  const locale = contentType?.localized
    ? (chosenLocale ?? locales?.find((candidate) => candidate.isDefault)?.code ?? locales?.[0]?.code)
    : undefined;

  const [page, setPage] = React.useState(1);
  const [q, setQ] = React.useState('');
  const [open, setOpen] = React.useState<string | null>(null);
  // A new search starts again from its first page.
  const search = React.useCallback((next: string) => {
    setQ(next);
    setPage(1);
  }, []);

  const ready = Boolean(contentType) && (!contentType?.localized || Boolean(locale));
  const {
    data: overview,
    isFetching,
    isError: overviewFailed,
  } = useGetNewsroomOrdersQuery(
    { type: contentType?.uid ?? '', locale, page, pageSize: PAGE_SIZE, q },
    { skip: !ready }
  );

  // Another type or locale: another workspace.
  const choose = (next: { type?: string; locale?: string }) => {
    if (next.type !== undefined) setType(next.type);
    if (next.locale !== undefined) setLocale(next.locale);
    setOpen(null);
    setPage(1);
  };

  if (settingsFailed) return <Page.Error />;
  if (!settings || !contentType) return <Page.Loading />;

  return (
    <Page.Main>
      <Page.Title>{title}</Page.Title>
      <Layouts.Header
        title={title}
        subtitle={formatMessage({
          id: getTranslation('workspace.subtitle'),
          defaultMessage: 'Every reading order and series of a content type: reorder, link in bulk, check and repair.',
        })}
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={6}>
          <Box background="neutral0" padding={6} shadow="filterShadow" hasRadius>
            <Flex gap={4} wrap="wrap">
              <Box minWidth="280px">
                <Field.Root name="newsroom-type">
                  <Field.Label>
                    {formatMessage({ id: getTranslation('workspace.type'), defaultMessage: 'Content type' })}
                  </Field.Label>
                  <SingleSelect value={contentType.uid} onChange={(value: string | number) => choose({ type: String(value) })}>
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
                    <Field.Label>
                      {formatMessage({ id: getTranslation('workspace.locale'), defaultMessage: 'Locale' })}
                    </Field.Label>
                    <SingleSelect value={locale ?? ''} onChange={(value: string | number) => choose({ locale: String(value) })}>
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
          </Box>

          {ready ? (
            <>
              {open ? (
                <Box background="neutral0" padding={6} shadow="filterShadow" hasRadius>
                  <ChainEditor
                    key={`${contentType.uid}-${locale}`}
                    contentType={contentType}
                    locale={locale}
                    documentId={open}
                    chains={overview?.data.chains ?? []}
                    canEdit={canEdit}
                    onOpen={setOpen}
                    onClose={() => setOpen(null)}
                  />
                </Box>
              ) : null}

              <Box background="neutral0" padding={6} shadow="filterShadow" hasRadius>
                <OrdersOverview
                  overview={overview}
                  isFetching={isFetching}
                  failed={overviewFailed}
                  search={q}
                  onSearch={search}
                  onPage={setPage}
                  onOpen={setOpen}
                />
              </Box>

              <Box background="neutral0" padding={6} shadow="filterShadow" hasRadius>
                <SeriesSection
                  key={`${contentType.uid}-${locale}`}
                  contentType={contentType}
                  locale={locale}
                  initialSeries={contentType.uid === query.type && typeof query.series === 'string' ? query.series : undefined}
                />
              </Box>

              {canEdit ? (
                <Box background="neutral0" padding={6} shadow="filterShadow" hasRadius>
                  <BulkLink key={`${contentType.uid}-${locale}`} type={contentType.uid} locale={locale} />
                </Box>
              ) : null}

              <Box background="neutral0" padding={6} shadow="filterShadow" hasRadius>
                <CheckRepair key={`${contentType.uid}-${locale}`} contentType={contentType} locale={locale} canRepair={canEdit} />
              </Box>
            </>
          ) : (
            <Typography textColor="neutral600">
              {formatMessage({ id: getTranslation('workspace.no-locale'), defaultMessage: 'Loading the locales…' })}
            </Typography>
          )}
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};

export default WorkspacePage;
