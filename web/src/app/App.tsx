import { lazy, Suspense, useEffect, useRef } from 'react';
import { Loading } from '../components/Status';
import { Header } from './Header';
import { renderPage, sectionOf, titleOf } from './routes';
import { useLocation } from './router';

// Librarians only: kept out of the visitors' bundle.
const Workbench = lazy(() => import('../workbench/Workbench'));

function NotFound({ pathname }: { pathname: string }) {
  return (
    <section>
      <h2>页面不存在</h2>
      <p>没有找到 {pathname}。</p>
    </section>
  );
}

function Page({ pathname }: { pathname: string }) {
  const section = sectionOf(pathname);
  if (section && 'tabs' in section)
    return (
      <Suspense fallback={<Loading>正在加载馆员工作台…</Loading>}>
        <Workbench />
      </Suspense>
    );
  return (section && renderPage(section, pathname)) ?? <NotFound pathname={pathname} />;
}

export function App() {
  const { pathname } = useLocation();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  useEffect(() => {
    document.title = titleOf(pathname);
    // After a client-side navigation, screen readers and keyboards start at the new page.
    if (first.current) first.current = false;
    else main.current?.focus();
  }, [pathname]);
  return (
    <>
      <a className="skip" href="#main">
        跳到正文
      </a>
      <Header />
      <main id="main" ref={main} tabIndex={-1}>
        <Page pathname={pathname} />
      </main>
      <footer>嘉兴市公共数字图书馆 · 禾创创客空间知识服务</footer>
    </>
  );
}
