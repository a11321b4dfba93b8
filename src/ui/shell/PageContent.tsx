import { ActivitiesPage } from '../activities/ActivitiesPage';
import { ActivityEditor } from '../activities/ActivityEditor';
import { CredentialPage } from '../credentials/CredentialPage';
import { CredentialsPage } from '../credentials/CredentialsPage';
import { DashboardPage } from '../dashboard/DashboardPage';
import { PacketPage } from '../packet/PacketPage';
import { RulePacksPage } from '../rule-packs/RulePacksPage';
import { navigate, type Route } from './route';

/** Mounts the page a route names. */
export function PageContent({ route }: { route: Route }) {
  switch (route.page) {
    case 'dashboard':
      return <DashboardPage />;
    case 'activities':
      return <ActivitiesPage />;
    case 'activity':
      return <ActivityEditor id={route.id} onDone={() => navigate({ page: 'activities' })} />;
    case 'credentials':
      return <CredentialsPage />;
    case 'credential':
      return <CredentialPage id={route.id} />;
    case 'rule-packs':
      return <RulePacksPage />;
    case 'packet':
      return <PacketPage credentialId={route.credentialId} />;
  }
}
