import { describe, expect, it } from 'vitest';
import { isStockPhrase, labelCandidates, minimumSupport, nounPhrases } from './keyphrases.js';

describe('keyphrases', () => {
  it('reads noun phrases from a title (jieba tags), stop words at neither end', () => {
    const phrases = nounPhrases('碳纤维复合材料界面改性研究');
    expect(phrases).toContain('碳纤维复合材料');
    expect(phrases).toContain('碳纤维复合材料界面改性');
    expect(phrases.some((p) => p.endsWith('研究'))).toBe(false);
  });

  it('prefers the phrases of a topic over those every topic has', () => {
    const topic = (subject: string) => [
      { title: `${subject}的研究进展`, keywords: [subject, '材料'] },
      { title: `${subject}制备`, keywords: [subject, '材料'] },
    ];
    const [first] = labelCandidates([topic('碳纤维'), topic('光伏组件'), topic('中药饮片')]);
    expect(first![0]!.phrase).toBe('碳纤维');
  });

  it('keeps only phrases several of the topic’s records have, marks compound ones, never a stock phrase', () => {
    const records = Array.from({ length: 100 }, (_, i) => ({
      title: i < 4 ? '碳纤维复合材料界面改性' : `第${i}号样品`,
      keywords: i < 2 ? ['电池', '研究进展'] : i < 5 ? ['沥青混合料', '研究进展'] : [],
    }));
    expect(minimumSupport(100)).toBe(3);
    const [candidates] = labelCandidates([records, [{ title: '光伏组件', keywords: ['光伏组件'] }]]);
    const phrases = candidates!.map((c) => c.phrase);
    expect(phrases).toContain('碳纤维复合材料界面改性');
    expect(phrases).toContain('沥青混合料');
    expect(phrases).not.toContain('电池');
    expect(phrases).not.toContain('研究进展');
    expect(candidates!.find((c) => c.phrase === '碳纤维复合材料')).toMatchObject({ support: 4, keywordSupport: 0, compound: true });
    expect(candidates!.find((c) => c.phrase === '沥青混合料')).toMatchObject({ support: 3, keywordSupport: 3, compound: true });
  });

  it('rejects phrases that hold a stock word (研讨会综述), not only the stock words themselves', () => {
    expect(isStockPhrase('研讨会综述')).toBe(true);
    expect(isStockPhrase('国内外研究现状与展望')).toBe(true);
    expect(isStockPhrase('患者')).toBe(true);
    expect(isStockPhrase('糖尿病患者')).toBe(false);
    expect(isStockPhrase('碳纤维复合材料')).toBe(false);
    const records = Array.from({ length: 6 }, (_, i) => ({ title: `第${i}届全国学术研讨会综述`, keywords: ['研讨会综述', '学术研讨会'] }));
    const [candidates] = labelCandidates([records]);
    expect(candidates!.map((c) => c.phrase).filter((p) => p.includes('研讨会') || p.includes('综述'))).toEqual([]);
  });

  it('gives a small topic without a frequent compound phrase its short compound phrases of one record', () => {
    const records = [
      { title: '电站锅炉水冷壁传热', keywords: ['水冷壁', '传热'] },
      { title: '储层渗透率', keywords: ['渗透率', '传热'] },
      { title: '多功能电源控制器设计', keywords: ['水冷壁'] },
    ];
    const [candidates] = labelCandidates([records]);
    const compound = candidates!.filter((c) => c.compound).map((c) => c.phrase);
    expect(compound).toContain('电站锅炉');
    expect(compound).not.toContain('多功能电源控制器');
    expect(candidates!.find((c) => c.phrase === '传热')).toMatchObject({ support: 2, keywordSupport: 2, compound: false });
  });
});
