import { HubDirectory } from './features/directory/HubDirectory';

export function App() {
  return (
    <main>
      <header>
        <h1>Hubspoke</h1>
        <p className="muted">
          A real-time workspace for impact hubs: the secretariat, its member organizations and its board, working toward
          measurable goals.
        </p>
      </header>
      <section>
        <h2>Public hubs</h2>
        <HubDirectory />
      </section>
      <footer className="muted">
        <a href="/api/docs">API documentation</a>
      </footer>
    </main>
  );
}
