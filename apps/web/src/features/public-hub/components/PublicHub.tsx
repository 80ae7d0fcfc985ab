import { ApiRequestError } from '../../../lib/api';
import { NotFound } from '../../../components/NotFound';
import { QueryView } from '../../../components/QueryView';
import { usePublicHub } from '../hooks/usePublicHub';
import { PublicHubView } from './PublicHubView';

/** The public page of the hub with this id or slug; the not-found page for a private or unknown one. */
export function PublicHub({ idOrSlug }: { idOrSlug: string }) {
  const page = usePublicHub(idOrSlug);
  if (page.error instanceof ApiRequestError && page.error.status === 404) return <NotFound />;
  return <QueryView query={page}>{(data) => <PublicHubView page={data} />}</QueryView>;
}
