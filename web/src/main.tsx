import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { IndustriesPage } from './IndustriesPage';
import './styles.css';

function App() {
  return (
    <>
      <header>
        <h1>禾创</h1>
        <p>嘉兴市公共数字图书馆 · 创客空间知识服务</p>
      </header>
      <main>
        <IndustriesPage />
      </main>
    </>
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
