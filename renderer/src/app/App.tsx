/** The app frame: start screen when no audit is open, else the sidebar and the current screen. */
import { useEffect, useMemo } from 'react';
import { ErrorAlert } from '../components/Alert.js';
import { useThemeAttribute } from '../components/ThemeSwitcher.js';
import { DashboardScreen } from '../screens/dashboard/DashboardScreen.js';
import { FindingScreen } from '../screens/finding/FindingScreen.js';
import { HistoryScreen } from '../screens/history/HistoryScreen.js';
import { PracticeScreen } from '../screens/practice/PracticeScreen.js';
import { ReportScreen } from '../screens/report/ReportScreen.js';
import { ReviewScreen } from '../screens/review/ReviewScreen.js';
import { RunScreen } from '../screens/run/RunScreen.js';
import { SetupScreen } from '../screens/setup/SetupScreen.js';
import { StartScreen } from '../screens/start/StartScreen.js';
import { parseRoute, useHash, type Route } from './router.js';
import { Sidebar } from './Sidebar.js';
import { useWorkspace } from './workspace-context.js';

export function App() {
  useThemeAttribute();
  const hash = useHash();
  const parsed = useMemo(() => parseRoute(hash), [hash]);
  const { info, error, reload } = useWorkspace();
  useFocusOnNavigate(hash);

  if (info === undefined) {
    return (
      <main className="main" id="main" aria-busy={!error}>
        <div className="page page-narrow">
          {error ? (
            <ErrorAlert
              error={error}
              action={
                <div>
                  <button type="button" className="btn btn-sm" onClick={() => void reload()}>
                    Try again
                  </button>
                </div>
              }
            />
          ) : (
            <p className="muted">Opening Promise Auditor…</p>
          )}
        </div>
      </main>
    );
  }
  if (info === null || parsed.name === 'start') {
    return (
      <>
        <a className="skip-link" href="#main" onClick={skipToMain}>
          Skip to content
        </a>
        <StartScreen />
      </>
    );
  }
  const route: Route = parsed.name !== 'home' ? parsed : info.runs.length ? { name: 'findings' } : { name: 'setup', tab: 'site' };
  return (
    <div className="app">
      <a className="skip-link" href="#main" onClick={skipToMain}>
        Skip to content
      </a>
      <Sidebar route={route} info={info} />
      <main className="main" id="main" tabIndex={-1}>
        {error ? (
          <div className="page connection-alert">
            <ErrorAlert error={error} action={<div><button type="button" className="btn btn-sm" onClick={() => void reload()}>Try again</button></div>} />
          </div>
        ) : null}
        <Screen route={route} />
      </main>
    </div>
  );
}

function Screen({ route }: { route: Route }) {
  switch (route.name) {
    case 'setup':
      return <SetupScreen tab={route.tab} />;
    case 'run':
      return <RunScreen />;
    case 'review':
      return <ReviewScreen query={route.query} />;
    case 'finding':
      return <FindingScreen id={route.id} />;
    case 'practice':
      return <PracticeScreen />;
    case 'history':
      return <HistoryScreen />;
    case 'report':
      return <ReportScreen />;
    default:
      return <DashboardScreen />;
  }
}

/** The skip link targets #main without touching the route in the fragment. */
function skipToMain(e: React.MouseEvent) {
  e.preventDefault();
  document.getElementById('main')?.focus();
}

/** After a route change, focus moves to the new screen's title so screen readers announce it. */
function useFocusOnNavigate(hash: string): void {
  useEffect(() => {
    const id = window.requestAnimationFrame(() => {
      const title = document.querySelector<HTMLElement>('[data-page-title]');
      if (title && !title.contains(document.activeElement)) {
        const active = document.activeElement;
        // Keep focus where the screen itself put it (a search box, the grid).
        if (!active || active === document.body || active.closest('.sidebar') || active.closest('a')) title.focus({ preventScroll: true });
      }
      if (title?.textContent) document.title = `${title.textContent} · Promise Auditor`;
    });
    return () => window.cancelAnimationFrame(id);
  }, [hash]);
}
