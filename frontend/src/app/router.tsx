import { noop, type QueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { RouterProvider } from 'react-router/dom';

import { AppLayout } from '../components/layouts/app-layout';
import { Loading } from '../components/ui/loading';
import { paths } from '../config/paths';
import { boardQueryOptions } from '../features/board/api/get-board';
import { readFilters } from '../features/board/hooks/use-board-filters';
import { NotificationBell } from '../features/notifications/components/notification-bell';
import { RequireAuth, sessionQueryOptions } from '../lib/auth';

import { HomeRoute } from './routes/home';
import { NotFoundRoute } from './routes/not-found';
import { PublicRoute } from './routes/public';
import { SignInRoute } from './routes/sign-in';

/**
 * The pages a visitor lands on without signing in (home, the public portfolio, sign-in) come
 * with the app's first script, so they draw without waiting for a second one; every other page
 * loads its code when it is first visited (docs/benchmarks.md, 9). The signed-in pages
 * start reading the session, and the board its cards, while that code loads: the loaders only
 * start the queries, and the pages read them from the cache (docs/benchmarks.md, 5).
 */
export function createRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      element: <AppLayout bell={<NotificationBell />} />,
      hydrateFallbackElement: <Loading />,
      children: [
        { path: paths.home, element: <HomeRoute /> },
        { path: paths.public, element: <PublicRoute /> },
        {
          path: '/public/ideas/:reference',
          lazy: async () => ({ Component: (await import('./routes/public-idea')).PublicIdeaRoute }),
        },
        ...publicChallengeRoutes,
        {
          path: '/invitation/:token',
          lazy: async () => ({ Component: (await import('./routes/invitation')).InvitationRoute }),
        },
        { path: paths.signIn, element: <SignInRoute /> },
        {
          element: <RequireAuth />,
          loader: () => {
            queryClient.query(sessionQueryOptions).catch(noop);
            return null;
          },
          children: [
            {
              path: paths.board,
              loader: ({ request }) => {
                const filters = readFilters(new URL(request.url).searchParams);
                queryClient.query(boardQueryOptions(filters)).catch(noop);
                return null;
              },
              lazy: async () => ({ Component: (await import('./routes/board')).BoardRoute }),
            },
            {
              path: paths.myTasks,
              lazy: async () => ({ Component: (await import('./routes/my-tasks')).MyTasksRoute }),
            },
            {
              path: paths.myIdeas,
              lazy: async () => ({ Component: (await import('./routes/my-ideas')).MyIdeasRoute }),
            },
            {
              path: paths.newIdea,
              lazy: async () => ({ Component: (await import('./routes/new-idea')).NewIdeaRoute }),
            },
            {
              path: '/ideas/:id',
              lazy: async () => ({ Component: (await import('./routes/idea')).IdeaRoute }),
            },
            {
              path: paths.lessons,
              lazy: async () => ({ Component: (await import('./routes/lessons')).LessonsRoute }),
            },
            {
              path: paths.catalogue,
              lazy: async () => ({
                Component: (await import('./routes/catalogue')).CatalogueRoute,
              }),
            },
            {
              path: '/catalogue/:reference',
              lazy: async () => ({
                Component: (await import('./routes/catalogue-entry')).CatalogueEntryRoute,
              }),
            },
            {
              path: paths.challenges,
              lazy: async () => ({
                Component: (await import('./routes/challenges')).ChallengesRoute,
              }),
            },
            {
              path: paths.newChallenge,
              lazy: async () => ({
                Component: (await import('./routes/new-challenge')).NewChallengeRoute,
              }),
            },
            {
              path: '/challenges/:id',
              lazy: async () => ({
                Component: (await import('./routes/challenge')).ChallengeRoute,
              }),
            },
            {
              path: paths.dashboard,
              lazy: async () => ({
                Component: (await import('./routes/dashboard')).DashboardRoute,
              }),
            },
            {
              path: paths.myData,
              lazy: async () => ({ Component: (await import('./routes/my-data')).MyDataRoute }),
            },
            {
              path: '/ideas/:id/edit',
              lazy: async () => ({ Component: (await import('./routes/edit-idea')).EditIdeaRoute }),
            },
            {
              path: paths.admin,
              lazy: async () => ({
                Component: (await import('./routes/admin/layout')).AdminLayout,
              }),
              children: [
                { index: true, element: <Navigate to={paths.adminPeople} replace /> },
                {
                  path: paths.adminPeople,
                  lazy: async () => ({
                    Component: (await import('./routes/admin/people')).AdminPeopleRoute,
                  }),
                },
                {
                  path: paths.adminOrganisations,
                  lazy: async () => ({
                    Component: (await import('./routes/admin/organisations'))
                      .AdminOrganisationsRoute,
                  }),
                },
                {
                  path: paths.adminErasure,
                  lazy: async () => ({
                    Component: (await import('./routes/admin/erasure')).ErasureRoute,
                  }),
                },
                {
                  path: paths.adminProcesses,
                  lazy: async () => ({
                    Component: (await import('./routes/admin/processes')).AdminProcessesRoute,
                  }),
                },
                {
                  path: paths.adminLists,
                  lazy: async () => ({
                    Component: (await import('./routes/admin/lists')).AdminListsRoute,
                  }),
                },
                {
                  path: paths.adminFields,
                  lazy: async () => ({
                    Component: (await import('./routes/admin/fields')).AdminFieldsRoute,
                  }),
                },
                {
                  path: paths.adminWebhooks,
                  lazy: async () => ({
                    Component: (await import('./routes/admin/webhooks')).AdminWebhooksRoute,
                  }),
                },
                {
                  path: paths.adminFederation,
                  lazy: async () => ({
                    Component: (await import('./routes/admin/federation')).AdminFederationRoute,
                  }),
                },
              ],
            },
            {
              path: paths.notificationSettings,
              lazy: async () => ({
                Component: (await import('./routes/notification-settings'))
                  .NotificationSettingsRoute,
              }),
            },
            {
              path: paths.accessTokens,
              lazy: async () => ({
                Component: (await import('./routes/access-tokens')).AccessTokensRoute,
              }),
            },
          ],
        },
        { path: '*', element: <NotFoundRoute /> },
      ],
    },
  ];
}

/** The public challenges and the pages their mails link to: for everyone, without signing in. */
const publicChallengeRoutes: RouteObject[] = [
  {
    path: paths.publicChallenges,
    lazy: async () => ({
      Component: (await import('./routes/public-challenges')).PublicChallengesRoute,
    }),
  },
  {
    path: '/public/challenges/:id',
    lazy: async () => ({
      Component: (await import('./routes/public-challenge')).PublicChallengeRoute,
    }),
  },
  {
    path: '/public/confirm/:token',
    lazy: async () => ({
      Component: (await import('./routes/public-confirm')).PublicConfirmRoute,
    }),
  },
  {
    path: '/public/erase/:token',
    lazy: async () => ({ Component: (await import('./routes/public-erase')).PublicEraseRoute }),
  },
];

export function AppRouter({ queryClient }: { queryClient: QueryClient }) {
  const [router] = useState(() => createBrowserRouter(createRoutes(queryClient)));
  return <RouterProvider router={router} />;
}
