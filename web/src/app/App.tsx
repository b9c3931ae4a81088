import { lazy, Suspense, useEffect, useRef, type ReactNode } from 'react';
import { Loading } from '../components/Status';
import { IndustriesPage } from '../pages/industry/IndustriesPage';
import { LoginPage } from '../pages/account/LoginPage';
import { EntityPage } from '../pages/entity/EntityPage';
import { MatchingPage } from '../pages/policy/MatchingPage';
import { NewsItemPage } from '../pages/news/NewsItemPage';
import { NewsListPage } from '../pages/news/NewsListPage';
import { PolicyDetailPage } from '../pages/policy/PolicyDetailPage';
import { PolicyListPage } from '../pages/policy/PolicyListPage';
import { SearchPage } from '../pages/explore/SearchPage';
import { DocumentPage } from '../pages/document/DocumentPage';
import { DocumentSearchPage } from '../pages/document/DocumentSearchPage';
import { TopicPage } from '../pages/topic/TopicPage';
import { TopicsPage } from '../pages/topic/TopicsPage';
import { Header } from './Header';
import { matchPath, useLocation } from './router';

// Librarians only: kept out of the visitors' bundle.
const Workbench = lazy(() => import('../workbench/Workbench'));

type Route = [pattern: string, render: (params: Record<string, string>) => ReactNode];

const ROUTES: Route[] = [
  ['/', () => <IndustriesPage />],
  ['/policies', () => <PolicyListPage />],
  ['/policies/:id', ({ id }) => <PolicyDetailPage id={id!} />],
  ['/match', () => <MatchingPage />],
  ['/topics', () => <TopicsPage />],
  ['/topics/:id', ({ id }) => <TopicPage id={id!} />],
  ['/documents', () => <DocumentSearchPage />],
  ['/documents/:id', ({ id }) => <DocumentPage id={id!} />],
  ['/news', () => <NewsListPage />],
  ['/news/:id', ({ id }) => <NewsItemPage id={id!} />],
  ['/search', () => <SearchPage />],
  ['/people/:id', ({ id }) => <EntityPage kind="Person" id={id!} />],
  ['/organizations/:id', ({ id }) => <EntityPage kind="Organization" id={id!} />],
  ['/projects/:id', ({ id }) => <EntityPage kind="Project" id={id!} />],
  ['/login', () => <LoginPage />],
];

function route(pathname: string): ReactNode {
  if (pathname === '/workbench' || pathname.startsWith('/workbench/')) {
    return (
      <Suspense fallback={<Loading>正在加载馆员工作台…</Loading>}>
        <Workbench />
      </Suspense>
    );
  }
  for (const [pattern, render] of ROUTES) {
    const params = matchPath(pattern, pathname);
    if (params) return render(params);
  }
  return (
    <section>
      <h2>页面不存在</h2>
      <p>没有找到 {pathname}。</p>
    </section>
  );
}

const SECTIONS: [prefix: string, name: string][] = [
  ['/policies', '政策'],
  ['/match', '政策匹配'],
  ['/topics', '专题库'],
  ['/documents', '文献'],
  ['/news', '资讯'],
  ['/search', '搜索'],
  ['/people', '人物'],
  ['/organizations', '机构'],
  ['/projects', '项目'],
  ['/login', '登录'],
  ['/workbench', '馆员工作台'],
];

const sectionName = (pathname: string) =>
  SECTIONS.find(([prefix]) => pathname === prefix || pathname.startsWith(`${prefix}/`))?.[1] ?? '嘉兴产业知识服务';

export function App() {
  const { pathname } = useLocation();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  useEffect(() => {
    document.title = `${sectionName(pathname)} · 禾创`;
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
        {route(pathname)}
      </main>
      <footer>嘉兴市公共数字图书馆 · 禾创创客空间知识服务</footer>
    </>
  );
}
