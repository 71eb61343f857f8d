import { useState } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { RouterProvider } from 'react-router/dom';

import { AppLayout } from '../components/layouts/app-layout';
import { paths } from '../config/paths';

import { BoardRoute } from './routes/board';
import { HomeRoute } from './routes/home';
import { NotFoundRoute } from './routes/not-found';

export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    children: [
      { path: paths.home, element: <HomeRoute /> },
      { path: paths.board, element: <BoardRoute /> },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];

export function AppRouter() {
  const [router] = useState(() => createBrowserRouter(routes));
  return <RouterProvider router={router} />;
}
