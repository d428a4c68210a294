/** The audit's sections, the run under way and the theme, always in reach. */
import type { WorkspaceInfo } from '../../../shared/contract/types.js';
import { BrandMark, Icon, type IconName } from '../components/Icon.js';
import { ThemeSwitcher } from '../components/ThemeSwitcher.js';
import { STAGE_LABELS } from '../lib/labels.js';
import { formatElapsed } from '../lib/format.js';
import { href, type Route } from './router.js';
import { useRunning, useWorkspace } from './workspace-context.js';

interface NavItem {
  readonly path: string;
  readonly label: string;
  readonly icon: IconName;
  readonly matches: readonly Route['name'][];
}

const GROUPS: readonly { readonly title: string; readonly items: readonly NavItem[] }[] = [
  {
    title: 'Audit',
    items: [
      { path: 'setup', label: 'Set-up', icon: 'settings', matches: ['setup'] },
      { path: 'run', label: 'Run', icon: 'play', matches: ['run'] },
    ],
  },
  {
    title: 'Results',
    items: [
      { path: 'findings', label: 'Findings', icon: 'dashboard', matches: ['findings'] },
      { path: 'review', label: 'Review', icon: 'list', matches: ['review', 'finding'] },
      { path: 'report', label: 'Report', icon: 'report', matches: ['report'] },
    ],
  },
  {
    title: 'Data',
    items: [
      { path: 'practice', label: 'Practice', icon: 'clipboard', matches: ['practice'] },
      { path: 'history', label: 'History', icon: 'history', matches: ['history'] },
    ],
  },
];

export function Sidebar({ route, info }: { route: Route; info: WorkspaceInfo }) {
  const { progress } = useWorkspace();
  const running = useRunning();
  return (
    <nav className="sidebar" aria-label="Audit sections">
      <a className="brand" href={href('start')}>
        <BrandMark />
        Promise Auditor
      </a>
      <div className="workspace-card">
        <div className="workspace-card-label">{info.sample ? 'Sample audit' : 'Audit'}</div>
        <div className="workspace-card-name">{info.settings.company || info.name}</div>
        <div className="workspace-card-path" title={info.path}>
          {info.path}
        </div>
      </div>
      <div className="nav">
        {GROUPS.map((group) => (
          <div key={group.title} className="nav">
            <div className="nav-section" aria-hidden="true">
              {group.title}
            </div>
            {group.items.map((item) => (
              <a key={item.path} className="nav-link" href={href(item.path)} aria-current={item.matches.includes(route.name) ? 'page' : undefined}>
                <Icon name={item.icon} />
                {item.label}
                {item.path === 'run' && running ? <span className="spinner nav-count" aria-label="running" /> : null}
              </a>
            ))}
          </div>
        ))}
      </div>
      <div className="sidebar-footer">
        {running && progress && route.name !== 'run' ? (
          <a className="run-pill" href={href('run')}>
            <strong>Audit running</strong>
            <span>
              {STAGE_LABELS[progress.stage]} · {formatElapsed(progress.elapsedMs)}
            </span>
          </a>
        ) : null}
        <a className="nav-link" href={href('start')}>
          <Icon name="folder" />
          Switch audit
        </a>
        <ThemeSwitcher />
      </div>
    </nav>
  );
}
