import type { ComponentType } from 'react';
import { createBrowserRouter } from 'react-router';
import { Loading } from '../components/Loading';
import { NotFound } from '../components/NotFound';
import { InvitePage } from '../features/auth/components/InvitePage';
import { RegisterPage } from '../features/auth/components/RegisterPage';
import { SignInPage } from '../features/auth/components/SignInPage';
import { DirectoryPage } from '../features/hubs/components/DirectoryPage';
import { MyHubsPage } from '../features/hubs/components/MyHubsPage';
import { NotificationsPage } from '../features/notifications/components/NotificationsPage';
import { HomeRedirect } from './HomeRedirect';
import { Layout } from './Layout';
import { prefetchHub } from './prefetch';
import { RequireAuth } from './RequireAuth';
import { RequireVerifiedEmail } from './RequireVerifiedEmail';
import { RouteError } from './RouteError';

/** A route whose code is its own chunk; React Router loads the chunks of all matched routes in parallel. */
const lazy = (load: () => Promise<{ default: ComponentType }>) => async () => ({ Component: (await load()).default });

export const router = createBrowserRouter([
  {
    element: <Layout />,
    errorElement: <RouteError />,
    hydrateFallbackElement: <Loading />,
    children: [
      { index: true, element: <HomeRedirect /> },
      { path: 'signin', element: <SignInPage /> },
      { path: 'register', element: <RegisterPage /> },
      { path: 'invite/:token', element: <InvitePage /> },
      { path: 'verify-email', lazy: lazy(() => import('../features/auth/components/VerifyEmailPage')) },
      { path: 'reset-password', lazy: lazy(() => import('../features/auth/components/ResetPasswordPage')) },
      { path: 'directory', element: <DirectoryPage /> },
      { path: 'ratings', lazy: lazy(() => import('../features/ratings/components/RatingsPage')) },
      {
        path: 'ratings/indicators/:code',
        lazy: lazy(() => import('../features/ratings/components/MetricLeaguePage')),
      },
      {
        path: 'ratings/metrics/:metricId',
        lazy: lazy(() => import('../features/ratings/components/MetricLeaguePage')),
      },
      { path: 'metrics', lazy: lazy(() => import('../features/metrics/components/MetricsCatalogPage')) },
      { path: 'challenges', lazy: lazy(() => import('../features/challenges/components/ChallengesPage')) },
      {
        path: 'challenges/:challengeId',
        lazy: lazy(() => import('../features/challenges/components/ChallengeDetailPage')),
      },
      { path: 'h/:idOrSlug', lazy: lazy(() => import('../features/public-hub/components/PublicHubPage')) },
      // sigma and graphology load with this route only, never with the other pages
      { path: 'network', lazy: lazy(() => import('../features/network/components/NetworkPage')) },
      {
        path: 'consolidation',
        lazy: lazy(() => import('../features/consolidation/components/ConsolidationTargetsPage')),
      },
      {
        path: 'consolidation/:code',
        lazy: lazy(() => import('../features/consolidation/components/ConsolidationPage')),
      },
      // a member's workspace; anyone else sees the hub's public page (or the not-found page)
      {
        path: 'hubs/:hubId',
        loader: ({ params }) => prefetchHub(params.hubId, false),
        lazy: lazy(() => import('../features/workspace/components/HubLayout')),
        children: [
          {
            index: true,
            loader: ({ params }) => prefetchHub(params.hubId, true),
            lazy: lazy(() => import('../features/overview/components/OverviewPage')),
          },
          { path: 'tasks', lazy: lazy(() => import('../features/tasks/components/TasksPage')) },
          { path: 'goals', lazy: lazy(() => import('../features/goals/components/GoalsPage')) },
          { path: 'goals/:goalId', lazy: lazy(() => import('../features/goals/components/GoalDetailPage')) },
          { path: 'members', lazy: lazy(() => import('../features/members/components/MembersPage')) },
          { path: 'groups', lazy: lazy(() => import('../features/groups/components/GroupsPage')) },
          { path: 'activity', lazy: lazy(() => import('../features/activity/components/ActivityPage')) },
          { path: 'review', lazy: lazy(() => import('../features/review/components/ReviewPage')) },
          { path: 'metrics', lazy: lazy(() => import('../features/metrics/components/HubMetricsPage')) },
          { path: 'board', lazy: lazy(() => import('../features/board/components/BoardPage')) },
          {
            path: 'board/resolutions/:resolutionId',
            lazy: lazy(() => import('../features/board/components/ResolutionDetailPage')),
          },
          {
            path: 'board/reviews/:reviewId',
            lazy: lazy(() => import('../features/board/components/ReviewDetailPage')),
          },
        ],
      },
      {
        element: <RequireAuth />,
        children: [
          { path: 'account', lazy: lazy(() => import('../features/account/components/AccountPage')) },
          {
            element: <RequireVerifiedEmail />,
            children: [
              { path: 'hubs', element: <MyHubsPage /> },
              { path: 'hubs/new', lazy: lazy(() => import('../features/hubs/components/NewHubPage')) },
              {
                path: 'organizations',
                lazy: lazy(() => import('../features/organizations/components/OrganizationsPage')),
              },
              {
                path: 'organizations/:organizationId',
                lazy: lazy(() => import('../features/organizations/components/OrganizationPage')),
              },
              { path: 'notifications', element: <NotificationsPage /> },
              { path: 'me/work', lazy: lazy(() => import('../features/my-work/components/MyWorkPage')) },
              {
                path: 'challenges/new',
                lazy: lazy(() => import('../features/challenges/components/NewChallengePage')),
              },
              { path: 'network/import', lazy: lazy(() => import('../features/network/components/NetworkImportPage')) },
              { path: 'board', lazy: lazy(() => import('../features/board/components/BoardQueuePage')) },
            ],
          },
        ],
      },
      { path: '*', element: <NotFound /> },
    ],
  },
]);
