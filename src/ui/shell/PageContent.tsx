import { lazy, Suspense } from 'react';
import { PageLoader } from '../components/PageLoader';
import { DashboardPage } from '../dashboard/DashboardPage';
import { navigate, type Route } from './route';

// The dashboard is what opens first, so it ships in the main bundle; every other page
// is loaded when first visited, which keeps start-up quick.
const ActivitiesPage = lazy(() =>
  import('../activities/ActivitiesPage').then((m) => ({ default: m.ActivitiesPage })),
);
const ActivityEditor = lazy(() =>
  import('../activities/ActivityEditor').then((m) => ({ default: m.ActivityEditor })),
);
const CredentialPage = lazy(() =>
  import('../credentials/CredentialPage').then((m) => ({ default: m.CredentialPage })),
);
const CredentialsPage = lazy(() =>
  import('../credentials/CredentialsPage').then((m) => ({ default: m.CredentialsPage })),
);
const DraftQueuePage = lazy(() =>
  import('../drafts/DraftQueuePage').then((m) => ({ default: m.DraftQueuePage })),
);
const DraftReview = lazy(() => import('../drafts/DraftReview').then((m) => ({ default: m.DraftReview })));
const AuditsPage = lazy(() => import('../audits/AuditsPage').then((m) => ({ default: m.AuditsPage })));
const PlanPage = lazy(() => import('../plan/PlanPage').then((m) => ({ default: m.PlanPage })));
const TrashPage = lazy(() => import('../trash/TrashPage').then((m) => ({ default: m.TrashPage })));
const PacketPage = lazy(() => import('../packet/PacketPage').then((m) => ({ default: m.PacketPage })));
const RulePacksPage = lazy(() =>
  import('../rule-packs/RulePacksPage').then((m) => ({ default: m.RulePacksPage })),
);

/** Mounts the page a route names. */
export function PageContent({ route }: { route: Route }) {
  return <Suspense fallback={<PageLoader />}>{page(route)}</Suspense>;
}

function page(route: Route) {
  switch (route.page) {
    case 'dashboard':
      return <DashboardPage />;
    case 'activities':
      return <ActivitiesPage />;
    case 'activity':
      return (
        <ActivityEditor
          key={
            route.copyOf !== undefined
              ? `copy-${route.copyOf}`
              : route.fromPlanned !== undefined
                ? `planned-${route.fromPlanned}`
                : (route.id ?? 'new')
          }
          id={route.id}
          copyOf={route.copyOf}
          fromPlanned={route.fromPlanned}
          onDone={() => navigate({ page: route.fromPlanned !== undefined ? 'plan' : 'activities' })}
        />
      );
    case 'credentials':
      return <CredentialsPage />;
    case 'credential':
      return <CredentialPage id={route.id} />;
    case 'rule-packs':
      return <RulePacksPage />;
    case 'packet':
      return <PacketPage credentialId={route.credentialId} asOf={route.asOf} />;
    case 'audits':
      return <AuditsPage />;
    case 'plan':
      return <PlanPage />;
    case 'trash':
      return <TrashPage />;
    case 'drafts':
      return route.id === undefined ? <DraftQueuePage /> : <DraftReview key={route.id} id={route.id} />;
  }
}
