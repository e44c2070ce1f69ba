// The renderer's entry point: picks the host's API and mounts the app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { getApi } from './api/getApi';
import './styles/tokens.css';
import './styles/base.css';
import './styles/frame.css';
import './styles/components.css';
import './styles/content.css';
import './styles/screens.css';
import './styles/authoring.css';
import './styles/lessons.css';
import './styles/print.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <App api={getApi()} />
  </StrictMode>,
);
