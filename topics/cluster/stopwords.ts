/**
 * Words that say nothing about a topic in Chinese academic abstracts: function words and the
 * stock phrases of the genre (研究, 方法, 结果…). Single characters are dropped separately.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `的 了 和 与 及 或 在 对 为 是 以 于 中 上 下 其 该 此 这 那 并 但 而 等 由 从 将 被 把 向 也 都 就 又 可 能 会 所 之
  一个 一种 一些 这些 那些 这种 这个 我们 他们 它们 本文 本研究 文章 论文 作者 笔者 通过 进行 采用 利用 基于 根据 按照 对于 关于 由于 因此 所以 因而 从而 然而 但是 并且 而且 以及 以便 以上 以下 其中 之间 之后 之前 同时 此外 另外 目前 当前 近年来 近年 随着 具有 存在 提出 提供 给出 得到 获得 表明 显示 发现 说明 认为 指出 分析 研究 探讨 讨论 介绍 阐述 论述 总结 方法 结果 结论 目的 意义 作用 影响 问题 情况 过程 方面 方式 特点 条件 因素 基础 内容 水平 程度 部分 主要 重要 不同 相关 有关 一定 一般 明显 显著 有效 较好 良好 相应 各种 各个 多种 不断 逐渐 进一步 充分 更加 可以 能够 需要 应该 必须 可能 已经 正在 没有 不是 不能 成为 实现 提高 增加 降低 减少 促进 加强 发展 建立 构建 应用 使用 包括 涉及 采取 形成 产生 出现 达到 满足 要求 做好 我国 国内 国外 中国 第一 第二 第三 以来 以后 其他 其它 所有 各类 新的 新型 针对 结合 设计 实验 试验 数据 模型 系统 技术 理论 实践 工作 对象 样本 比较 评价 探索 角度 视角 背景 现状 对策 建议 措施 策略 思路 途径 路径 机制 作为 因为 如果 虽然 只有 还是 不仅 而是 非常 最后 首先 其次 然后 最终 取得 良好的 较高 较低 高于 低于 大于 小于 分别 共同 相互 自身 本身 之一 方案 模式`
    .split(/\s+/)
    .filter(Boolean),
);

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}
