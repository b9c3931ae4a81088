import type { FixtureServer } from './fixture-server.js';
import { detailPage, listPage, type DetailFields } from './gov-pages.js';

/** A 嘉兴市人民政府-shaped policy section: two GB2312 list pages and three GBK detail pages. */

export const solar: DetailFields = {
  title: '嘉兴市人民政府办公室关于加快推进智能光伏产业高质量发展的若干意见',
  documentNumber: '嘉政办发〔2024〕12号',
  issuer: '嘉兴市人民政府办公室',
  writtenDate: '2024-03-05',
  publishedDate: '2024-03-08',
  validity: '有效',
  category: '工业、交通/能源',
  paragraphs: [
    '各县（市、区）人民政府，市政府各部门、直属各单位：',
    '为加快推进智能光伏产业高质量发展，打造光伏储能产业集群，根据《国务院关于促进光伏产业健康发展的若干意见》（国发〔2013〕24号），结合我市实际，提出如下意见。',
    '一、支持光伏企业技术改造，对新建分布式光伏项目给予补助。',
    '本意见自2024年4月1日起施行，有效期至2026年12月31日。《嘉兴市人民政府办公室关于促进光伏产业发展的若干意见》（嘉政办发[2020]5号）同时废止。',
  ],
  attachments: [
    { href: '/module/download/downfile.jsp?classid=0&filename=shenbao.pdf', name: '1.申报指南.pdf' },
    { href: '/attach/2024/申报表.xlsx', name: '2.申报表.xlsx' },
  ],
  signatureDate: '2024年3月5日',
};

export const oldSolar: DetailFields = {
  title: '嘉兴市人民政府办公室关于促进光伏产业发展的若干意见',
  documentNumber: '嘉政办发（2020）5号',
  issuer: '嘉兴市人民政府办公室',
  writtenDate: '2020-02-10',
  publishedDate: '2020-02-12',
  validity: '废止',
  category: '工业、交通/能源',
  paragraphs: ['为促进光伏产业发展，提出以下意见。', '支持光伏电站建设。'],
  signatureDate: '2020年2月10日',
};

export const talent: DetailFields = {
  title: '嘉兴市人才创业扶持办法',
  documentNumber: '嘉政发[2023]7号',
  issuer: '嘉兴市人民政府',
  writtenDate: '2023-06-01',
  publishedDate: '2023-06-05',
  validity: '有效',
  category: '科技、教育',
  paragraphs: ['为支持人才来嘉创业，对初创企业给予场地和资金扶持。'],
  signatureDate: '2023年6月1日',
};

export function serveGovSite(site: FixtureServer, details: { solar: DetailFields } = { solar }) {
  site.set('/col/col1229426/index.html', {
    body: listPage(
      [
        { href: '/art/2024/3/8/art_1229426_59580001.html?utm_source=wechat', title: details.solar.title, date: '2024-03-08' },
        { href: '/art/2023/6/5/art_1229426_58000001.html', title: talent.title, date: '2023-06-05' },
      ],
      'index_2.html',
      1,
    ),
    charset: 'gb2312',
  });
  site.set('/col/col1229426/index_2.html', {
    body: listPage([{ href: '/art/2020/2/12/art_1229426_40000001.html', title: oldSolar.title, date: '2020-02-12' }], null, 2),
    charset: 'gb2312',
  });
  site.set('/art/2024/3/8/art_1229426_59580001.html', { body: detailPage(details.solar), charset: 'gbk', declareCharset: true });
  site.set('/art/2023/6/5/art_1229426_58000001.html', { body: detailPage(talent), charset: 'gbk', declareCharset: true });
  site.set('/art/2020/2/12/art_1229426_40000001.html', { body: detailPage(oldSolar), charset: 'gbk', declareCharset: true });
}

export const GOV_LIST_PATH = '/col/col1229426/index.html';
