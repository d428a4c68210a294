/** The renderer's entry: pick the transport, build the typed client, render the app. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApiClient } from '../../shared/contract/client.js';
import { ApiProvider } from './api/api-context.js';
import { selectTransport } from './api/select-transport.js';
import { App } from './app/App.js';
import { WorkspaceProvider } from './app/workspace-context.js';
import { Alert } from './components/Alert.js';
import { ToastProvider } from './components/Toasts.js';
import './styles/tokens.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/components.css';
import './styles/screens/start.css';
import './styles/screens/set-up.css';
import './styles/screens/run.css';
import './styles/screens/dashboard.css';
import './styles/screens/review-grid.css';
import './styles/screens/finding-detail.css';
import './styles/screens/history.css';
import './styles/screens/report.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
const root = createRoot(container);
const choice = selectTransport();

if ('problem' in choice) {
  root.render(
    <main className="main">
      <div className="page page-narrow">
        <Alert tone="error" title="Promise Auditor cannot connect">
          <p>{choice.problem}</p>
        </Alert>
      </div>
    </main>,
  );
} else {
  root.render(
    <StrictMode>
      <ApiProvider client={createApiClient(choice.transport)} desktop={choice.desktop}>
        <ToastProvider>
          <WorkspaceProvider>
            <App />
          </WorkspaceProvider>
        </ToastProvider>
      </ApiProvider>
    </StrictMode>,
  );
}
