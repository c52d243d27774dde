import * as React from 'react';
import { configureStore } from '@reduxjs/toolkit';
import { DesignSystemProvider } from '@strapi/design-system';
import { configure, render, renderHook, type RenderOptions } from '@testing-library/react';
import { DndProvider } from 'react-dnd';
import { HTML5Backend } from 'react-dnd-html5-backend';
import { IntlProvider } from 'react-intl';
import { Provider } from 'react-redux';
import { MemoryRouter } from 'react-router-dom';

import { adminApi, sent } from './strapi-admin';

// The first render of the design system takes a while on a busy machine: wait longer than the default second.
configure({ asyncUtilTimeout: 5000 });

/** What the Strapi admin mounts around a plugin's page: its store, theme, messages, router and drag and drop. */
const providers = (url = '/') => {
  const store = configureStore({
    reducer: { [adminApi.reducerPath]: adminApi.reducer },
    middleware: (defaults) => defaults().concat(adminApi.middleware),
  });
  sent.length = 0;
  const Providers = ({ children }: { children: React.ReactNode }) => (
    <Provider store={store}>
      <DesignSystemProvider locale="en">
        <IntlProvider locale="en" defaultLocale="en" messages={{}}>
          <MemoryRouter initialEntries={[url]} future={{ v7_startTransition: true, v7_relativeSplatPath: true }}>
            <DndProvider backend={HTML5Backend}>{children}</DndProvider>
          </MemoryRouter>
        </IntlProvider>
      </DesignSystemProvider>
    </Provider>
  );
  return Providers;
};

/**
 * Renders a component as the admin would, at `url` (the page's address), with a fresh
 * store (no cached answer) and no request sent yet.
 */
export const renderInAdmin = (ui: React.ReactElement, { url, ...options }: Omit<RenderOptions, 'wrapper'> & { url?: string } = {}) =>
  render(ui, { wrapper: providers(url), ...options });

/** The same for a hook. */
export const renderHookInAdmin = <Result, Props>(hook: (props: Props) => Result, options: { initialProps?: Props; url?: string } = {}) =>
  renderHook(hook, { wrapper: providers(options.url), initialProps: options.initialProps });
