import { useState } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { RouterProvider } from 'react-router/dom';

import { AppLayout } from '../components/layouts/app-layout';
import { Loading } from '../components/ui/loading';
import { paths } from '../config/paths';
import { RequireAuth } from '../lib/auth';

import { HomeRoute } from './routes/home';
import { NotFoundRoute } from './routes/not-found';

/** Every page but the home page loads its code when it is first visited. */
export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    hydrateFallbackElement: <Loading />,
    children: [
      { path: paths.home, element: <HomeRoute /> },
      {
        path: paths.public,
        lazy: async () => ({ Component: (await import('./routes/public')).PublicRoute }),
      },
      {
        path: '/public/ideas/:reference',
        lazy: async () => ({ Component: (await import('./routes/public-idea')).PublicIdeaRoute }),
      },
      {
        path: paths.signIn,
        lazy: async () => ({ Component: (await import('./routes/sign-in')).SignInRoute }),
      },
      {
        element: <RequireAuth />,
        children: [
          {
            path: paths.board,
            lazy: async () => ({ Component: (await import('./routes/board')).BoardRoute }),
          },
          {
            path: paths.myTasks,
            lazy: async () => ({ Component: (await import('./routes/my-tasks')).MyTasksRoute }),
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
            path: paths.dashboard,
            lazy: async () => ({ Component: (await import('./routes/dashboard')).DashboardRoute }),
          },
          {
            path: '/ideas/:id/edit',
            lazy: async () => ({ Component: (await import('./routes/edit-idea')).EditIdeaRoute }),
          },
        ],
      },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];

export function AppRouter() {
  const [router] = useState(() => createBrowserRouter(routes));
  return <RouterProvider router={router} />;
}
