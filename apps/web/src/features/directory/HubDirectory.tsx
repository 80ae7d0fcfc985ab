import type { HubPublicSummaryDto, Page } from '@hubspoke/contracts';
import { useEffect, useState } from 'react';
import { getJson } from '../../lib/api';

type State =
  { status: 'loading' } | { status: 'failed'; message: string } | { status: 'loaded'; hubs: HubPublicSummaryDto[] };

/** The public hubs anyone may look at. */
export function HubDirectory() {
  const [state, setState] = useState<State>({ status: 'loading' });

  useEffect(() => {
    const abort = new AbortController();
    getJson<Page<HubPublicSummaryDto>>('/api/hubs/directory', abort.signal)
      .then((page) => setState({ status: 'loaded', hubs: page.items }))
      .catch((error: Error) => {
        if (!abort.signal.aborted) setState({ status: 'failed', message: error.message });
      });
    return () => abort.abort();
  }, []);

  if (state.status === 'loading') return <p className="muted">Loading public hubs…</p>;
  if (state.status === 'failed') {
    return (
      <p className="error" role="alert">
        Could not load the hub directory: {state.message}
      </p>
    );
  }
  if (state.hubs.length === 0) return <p className="muted">No public hubs yet.</p>;
  return (
    <ul className="hubs">
      {state.hubs.map((hub) => (
        <li key={hub.id} className="hub">
          <h3>{hub.name}</h3>
          <p>{hub.mission}</p>
          <p className="muted">
            SDG {hub.sdgs.join(', ')} · {hub.spokeCount} member organizations · {hub.goalCount} goals
          </p>
        </li>
      ))}
    </ul>
  );
}
