import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { Api } from '../../electron/api/contract';
import { App } from './App';
import { createAppStore } from './store';
import { StoreContext } from './StoreContext';
import './styles.css';

const api = (window as { api?: Api }).api;
const store = createAppStore(api);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <StoreContext.Provider value={store}>
        <App />
      </StoreContext.Provider>
    </StrictMode>,
  );
}
void store.getState().load();
