import { lazy, Suspense, type ReactNode } from 'react';
import { Loading } from '../components/Status';
import { isLibrarian, TILL_PATH, type Account } from './session';
import { DocumentPage } from '../pages/document/DocumentPage';
import { DocumentSearchPage } from '../pages/document/DocumentSearchPage';
import { EntityPage, type EntityKind } from '../pages/entity/EntityPage';
import { SearchPage } from '../pages/explore/SearchPage';
import { IndustriesPage } from '../pages/industry/IndustriesPage';
import { CountyLibrariesPage } from '../pages/library/CountyLibrariesPage';
import { IndustryLibraryPage } from '../pages/library/IndustryLibraryPage';
import { LoginPage } from '../pages/account/LoginPage';
import { RegisterPage } from '../pages/account/RegisterPage';
import { NewsItemPage } from '../pages/news/NewsItemPage';
import { NewsListPage } from '../pages/news/NewsListPage';
import { MatchingPage } from '../pages/policy/MatchingPage';
import { PolicyDetailPage } from '../pages/policy/PolicyDetailPage';
import { PolicyListPage } from '../pages/policy/PolicyListPage';
import { TopicPage } from '../pages/topic/TopicPage';
import { LearningListPage } from '../pages/learning/LearningListPage';
import { LearningPathPage } from '../pages/learning/LearningPathPage';
import { TopicsPage } from '../pages/topic/TopicsPage';
import { ReaderPurchasePage } from '../pages/purchase/ReaderPurchasePage';
import { TillPage } from '../pages/purchase/TillPage';
// Only the type: the panels themselves are in the workbench chunk, which hands them to `render`.
import type * as WorkbenchPanels from '../workbench/panels';
import { matchPath } from './router';

// The treasurer's dashboard brings ECharts: a chunk of its own, loaded when opened.
const BudgetDashboardPage = lazy(() => import('../pages/budget/BudgetDashboardPage'));

/**
 * The route table: every URL of the app, the page title of its section, the header's
 * navigation and the workbench's tabs. A route's pattern is `/policies/:id` style.
 */

type Params = Record<string, string>;

export interface PageRoute {
  path: string;
  /** The page title when it is not its section's. */
  title?: string;
  render: (params: Params) => ReactNode;
}

export interface WorkbenchRoute {
  path: string;
  /** null when the parameters name nothing (the next route is tried). */
  render: (params: Params, panels: typeof WorkbenchPanels) => ReactNode | null;
}

export interface WorkbenchTab {
  path: string;
  label: string;
  routes: WorkbenchRoute[];
}

interface SectionBase {
  /** The section's URLs: this path and those below it ('/' is only itself). */
  path: string;
  /** The page title: `${title} · 禾创`. */
  title: string;
  /** The label of its entry in the header's main navigation, if it has one. */
  nav?: string;
  /** The navigation entry is for librarians and admins only (the section checks access itself). */
  staffOnly?: boolean;
}
export interface PageSection extends SectionBase {
  pages: PageRoute[];
}
/** The librarians' workbench: loaded on demand as a chunk of its own (see App.tsx). */
export interface WorkbenchSection extends SectionBase {
  tabs: WorkbenchTab[];
}
export type Section = PageSection | WorkbenchSection;

const SITE_TITLE = '嘉兴产业知识服务';
const LOGIN_PATH = '/login';

const KINDS: readonly EntityKind[] = ['Person', 'Organization', 'Project'];
const asKind = (value: string | undefined) => KINDS.find((k) => k === value);

const entity =
  (kind: EntityKind): PageRoute['render'] =>
  ({ id }) => <EntityPage kind={kind} id={id!} />;

export const WORKBENCH: WorkbenchSection = {
  path: '/workbench',
  title: '馆员工作台',
  nav: '馆员工作台',
  staffOnly: true,
  tabs: [
    {
      path: '/workbench/topics',
      label: '专题审核',
      routes: [
        { path: '/workbench', render: (_, p) => <p.TopicReview /> },
        { path: '/workbench/topics', render: (_, p) => <p.TopicReview /> },
      ],
    },
    {
      path: '/workbench/entities',
      label: '知识图谱条目',
      routes: [
        { path: '/workbench/entities', render: (_, p) => <p.EntityList /> },
        {
          path: '/workbench/entities/new/:kind',
          render: ({ kind }, p) => {
            const known = asKind(kind);
            return known ? <p.EntityEditor key={`new-${known}`} kind={known} id={null} /> : null;
          },
        },
        {
          path: '/workbench/entities/:kind/:id',
          render: ({ kind, id }, p) => {
            const known = asKind(kind);
            return known ? <p.EntityEditor key={id} kind={known} id={id!} /> : null;
          },
        },
      ],
    },
    {
      path: '/workbench/conditions',
      label: '政策申报条件',
      routes: [
        { path: '/workbench/conditions', render: (_, p) => <p.ConditionsPolicyPicker /> },
        {
          path: '/workbench/conditions/:policyId',
          render: ({ policyId }, p) => <p.ConditionsEditor key={policyId} policyId={policyId!} />,
        },
      ],
    },
    {
      path: '/workbench/pending-links',
      label: '待确认关联',
      routes: [{ path: '/workbench/pending-links', render: (_, p) => <p.PendingLinks /> }],
    },
    {
      path: '/workbench/purchase',
      label: '你选书我买单',
      routes: [{ path: '/workbench/purchase', render: (_, p) => <p.PurchaseDesk /> }],
    },
    {
      path: '/workbench/learning',
      label: '学习路径',
      routes: [
        { path: '/workbench/learning', render: (_, p) => <p.LearningPathList /> },
        { path: '/workbench/learning/new', render: (_, p) => <p.LearningPathEditor key="new" id={null} /> },
        { path: '/workbench/learning/:id', render: ({ id }, p) => <p.LearningPathEditor key={id} id={id!} /> },
      ],
    },
    {
      path: '/workbench/sources',
      label: '采集源',
      routes: [{ path: '/workbench/sources', render: (_, p) => <p.CrawlSources /> }],
    },
  ],
};

const SECTIONS: Section[] = [
  {
    path: '/',
    title: SITE_TITLE,
    nav: '产业',
    pages: [
      { path: '/', render: () => <IndustriesPage /> },
      // An industry's library is under 产业 (its cards lead there); /industries itself is the county view.
      { path: '/industries/:code', title: '产业图书馆', render: ({ code }) => <IndustryLibraryPage key={code} code={code!} /> },
    ],
  },
  {
    path: '/industries',
    title: '区县产业图书馆',
    nav: '区县产业',
    pages: [{ path: '/industries', render: () => <CountyLibrariesPage /> }],
  },
  {
    path: '/policies',
    title: '政策',
    nav: '政策',
    pages: [
      { path: '/policies', render: () => <PolicyListPage /> },
      { path: '/policies/:id', render: ({ id }) => <PolicyDetailPage id={id!} /> },
    ],
  },
  { path: '/match', title: '政策匹配', nav: '政策匹配', pages: [{ path: '/match', render: () => <MatchingPage /> }] },
  {
    path: '/topics',
    title: '专题库',
    nav: '专题库',
    pages: [
      { path: '/topics', render: () => <TopicsPage /> },
      { path: '/topics/:id', render: ({ id }) => <TopicPage id={id!} /> },
    ],
  },
  {
    path: '/documents',
    title: '文献',
    pages: [
      { path: '/documents', render: () => <DocumentSearchPage /> },
      { path: '/documents/:id', render: ({ id }) => <DocumentPage id={id!} /> },
    ],
  },
  {
    path: '/news',
    title: '资讯',
    nav: '资讯',
    pages: [
      { path: '/news', render: () => <NewsListPage /> },
      { path: '/news/:id', render: ({ id }) => <NewsItemPage id={id!} /> },
    ],
  },
  {
    path: '/learning',
    title: '创业知识学习库',
    nav: '创业学习',
    pages: [
      { path: '/learning', render: () => <LearningListPage /> },
      { path: '/learning/:slug', render: ({ slug }) => <LearningPathPage key={slug} slug={slug!} /> },
    ],
  },
  { path: '/search', title: '搜索', nav: '搜索', pages: [{ path: '/search', render: () => <SearchPage /> }] },
  {
    path: '/purchase',
    title: '你选书我买单',
    nav: '你选书我买单',
    pages: [
      { path: '/purchase', render: () => <ReaderPurchasePage /> },
      { path: TILL_PATH, render: () => <TillPage /> },
    ],
  },
  { path: '/people', title: '人物', pages: [{ path: '/people/:id', render: entity('Person') }] },
  { path: '/organizations', title: '机构', pages: [{ path: '/organizations/:id', render: entity('Organization') }] },
  { path: '/projects', title: '项目', pages: [{ path: '/projects/:id', render: entity('Project') }] },
  {
    path: '/budget',
    title: '联盟经费',
    nav: '经费',
    staffOnly: true,
    pages: [
      {
        path: '/budget',
        render: () => (
          <Suspense fallback={<Loading>正在加载经费…</Loading>}>
            <BudgetDashboardPage />
          </Suspense>
        ),
      },
    ],
  },
  { path: LOGIN_PATH, title: '登录', pages: [{ path: LOGIN_PATH, render: () => <LoginPage /> }] },
  { path: '/register', title: '注册', pages: [{ path: '/register', render: () => <RegisterPage /> }] },
  WORKBENCH,
];

/** `pathname` is `path` or below it. */
export const under = (path: string, pathname: string) => pathname === path || pathname.startsWith(`${path}/`);

const routeOf = (pathname: string): { section: PageSection; route: PageRoute } | undefined => {
  for (const section of SECTIONS) {
    if (!('pages' in section)) continue;
    const route = section.pages.find((r) => matchPath(r.path, pathname));
    if (route) return { section, route };
  }
  return undefined;
};

/** The section of a URL: the one with a page of that pattern, else the one whose path it is below. */
export const sectionOf = (pathname: string): Section | undefined =>
  routeOf(pathname)?.section ?? SECTIONS.find((s) => (s.path === '/' ? pathname === '/' : under(s.path, pathname)));

export const titleOf = (pathname: string) => {
  const found = routeOf(pathname);
  return `${found?.route.title ?? found?.section.title ?? sectionOf(pathname)?.title ?? SITE_TITLE} · 禾创`;
};

export interface NavigationEntry {
  path: string;
  label: string;
  section: Section;
}

/**
 * The entries of the main navigation by the signed-in role: bookstore staff get their till only,
 * librarians and admins every section, anyone else the public ones.
 */
export function navigation(account: Account | null | undefined): NavigationEntry[] {
  if (account?.role === 'BOOKSTORE') return [{ path: TILL_PATH, label: '收银台', section: sectionOf(TILL_PATH)! }];
  const staff = isLibrarian(account);
  return SECTIONS.filter((s) => s.nav && (staff || !s.staffOnly)).map((s) => ({ path: s.path, label: s.nav!, section: s }));
}

export const loginHref = (next: string) => `${LOGIN_PATH}?next=${encodeURIComponent(next)}`;

/** The page of a (non-workbench) section at `pathname`, rendered; undefined when none matches. */
export function renderPage(section: PageSection, pathname: string): ReactNode | undefined {
  for (const route of section.pages) {
    const params = matchPath(route.path, pathname);
    if (params) return route.render(params);
  }
  return undefined;
}

export const isCurrentTab = (tab: WorkbenchTab, pathname: string) =>
  under(tab.path, pathname) || tab.routes.some((r) => r.path === pathname);

/** The workbench panel at `pathname`, rendered with the chunk's panels; undefined when none matches. */
export function renderPanel(pathname: string, panels: typeof WorkbenchPanels): ReactNode | undefined {
  for (const route of WORKBENCH.tabs.flatMap((t) => t.routes)) {
    const params = matchPath(route.path, pathname);
    const panel = params && route.render(params, panels);
    if (panel) return panel;
  }
  return undefined;
}
