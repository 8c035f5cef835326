import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// Sarabun, bundled: the same Thai look on every office PC, online or not.
import '@fontsource/sarabun/thai-400.css';
import '@fontsource/sarabun/thai-600.css';
import '@fontsource/sarabun/latin-400.css';
import '@fontsource/sarabun/latin-600.css';
import type { Api } from '../../core/contract';
import { App } from './App';
import { createAppStore } from './store';
import { ApiContext, StoreContext } from './StoreContext';
import './styles.css';
import './app-shell.css';
import './export-dialog.css';

const api = (window as { api?: Api }).api;
const store = createAppStore(api, window.localStorage, window.sessionStorage);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <ApiContext.Provider value={api ?? null}>
        <StoreContext.Provider value={store}>
          <App />
        </StoreContext.Provider>
      </ApiContext.Provider>
    </StrictMode>,
  );
}
void store.getState().load();
