import { useParams } from 'react-router';
import { PublicHub } from './PublicHub';

/** /h/:idOrSlug, the address to share: open to anyone, signed in or not. Default export: its own chunk. */
export default function PublicHubPage() {
  const { idOrSlug = '' } = useParams();
  return <PublicHub idOrSlug={idOrSlug} />;
}
