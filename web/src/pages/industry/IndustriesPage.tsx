import { useEffect, useMemo, useState } from 'react';
import { request } from '../../api';
import { Link } from '../../app/router';
import { HotTopics } from '../trend/HotTopics';
import { graphql } from '../../gql';
import type { IndustriesPageQuery } from '../../gql/graphql';

const IndustriesPageDocument = graphql(`
  query IndustriesPage {
    industries {
      code
      name
      description
      tier
      keywords
      parent {
        code
      }
      classifications {
        code
        name
      }
      regions {
        code
        name
      }
      source {
        title
        issuer
        year
      }
      library {
        counts {
          documents
          policiesInForce
        }
      }
    }
    regions(level: COUNTY) {
      code
      name
    }
  }
`);

type Industry = IndustriesPageQuery['industries'][number];

const TIER_ORDER = ['主导产业', '战略性新兴产业', '未来产业', '传统优势产业', '区县特色产业'];

export function IndustriesPage() {
  const [data, setData] = useState<IndustriesPageQuery>();
  const [error, setError] = useState<string>();
  const [region, setRegion] = useState<string>('');

  useEffect(() => {
    request(IndustriesPageDocument)
      .then(setData)
      .catch((e: Error) => setError(e.message));
  }, []);

  const groups = useMemo(() => {
    const visible = (data?.industries ?? []).filter((industry) => !region || industry.regions.some((r) => r.code === region));
    const byTier = new Map<string, Industry[]>();
    for (const industry of visible) {
      byTier.set(industry.tier, [...(byTier.get(industry.tier) ?? []), industry]);
    }
    return [...byTier.entries()].sort(([a], [b]) => TIER_ORDER.indexOf(a) - TIER_ORDER.indexOf(b));
  }, [data, region]);

  if (error) return <p role="alert">产业目录加载失败：{error}</p>;
  if (!data) return <p aria-busy="true">正在加载产业目录…</p>;

  return (
    <section aria-labelledby="industries-heading">
      <div className="toolbar">
        <h2 id="industries-heading">嘉兴产业体系</h2>
        <label>
          区县：
          <select value={region} onChange={(event) => setRegion(event.target.value)} aria-label="按区县筛选">
            <option value="">全部</option>
            {data.regions.map((r) => (
              <option key={r.code} value={r.code}>
                {r.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      <HotTopics />
      {groups.length === 0 && <p>该区县暂无特色产业记录。</p>}
      {groups.map(([tier, industries]) => (
        <div key={tier} className="tier">
          <h3>
            {tier}（{industries.length}）
          </h3>
          <ul className="industries">
            {industries.map((industry) => (
              <li key={industry.code} className="industry" data-code={industry.code}>
                <h4>
                  <Link to={`/industries/${industry.code}`}>{industry.name}</Link>
                </h4>
                <p>{industry.description}</p>
                <p className="meta">
                  {industry.classifications.map((c) => `${c.code} ${c.name}`).join('；')}
                  {industry.regions.length > 0 && ` · ${industry.regions.map((r) => r.name).join('、')}`}
                </p>
                <p className="keywords">{industry.keywords.join(' · ')}</p>
                <p className="meta">
                  <Link to={`/industries/${industry.code}`}>
                    专题图书馆：文献 {industry.library.counts?.documents ?? '—'} 篇 · 现行政策{' '}
                    {industry.library.counts?.policiesInForce ?? '—'} 件
                  </Link>
                </p>
                <p className="source">
                  依据：{industry.source.issuer}《{industry.source.title}》（{industry.source.year}）
                </p>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
