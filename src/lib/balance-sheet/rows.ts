/** Which part of the 资产负债表 a row belongs to. */
export type BalanceSection = '资产' | '负债' | '净资产';

/**
 * One row of the 资产负债表 (工会01表) of the 2021 制度. An item row holds a figure; a total
 * row is the sum of `parts` (a part with sign −1 is subtracted: 固定资产净值 = 固定资产原值 −
 * 累计折旧).
 */
export interface BalanceRowSpec {
  name: string;
  section: BalanceSection;
  parts?: readonly (readonly [name: string, sign: 1 | -1])[];
}

const plus = (...names: string[]) => names.map((n) => [n, 1] as const);

/** The rows of 工会01表 in the regulation's order (附录1 第四、五部分). */
export const BALANCE_ROWS: readonly BalanceRowSpec[] = [
  { name: '货币资金', section: '资产' },
  { name: '零余额账户用款额度', section: '资产' },
  { name: '财政应返还额度', section: '资产' },
  { name: '应收上级经费', section: '资产' },
  { name: '应收下级经费', section: '资产' },
  { name: '其他应收款', section: '资产' },
  { name: '库存物品', section: '资产' },
  {
    name: '流动资产合计',
    section: '资产',
    parts: plus(
      '货币资金',
      '零余额账户用款额度',
      '财政应返还额度',
      '应收上级经费',
      '应收下级经费',
      '其他应收款',
      '库存物品',
    ),
  },
  { name: '投资', section: '资产' },
  { name: '在建工程', section: '资产' },
  { name: '固定资产原值', section: '资产' },
  { name: '累计折旧', section: '资产' },
  {
    name: '固定资产净值',
    section: '资产',
    parts: [
      ['固定资产原值', 1],
      ['累计折旧', -1],
    ],
  },
  { name: '无形资产原值', section: '资产' },
  { name: '累计摊销', section: '资产' },
  {
    name: '无形资产净值',
    section: '资产',
    parts: [
      ['无形资产原值', 1],
      ['累计摊销', -1],
    ],
  },
  { name: '长期待摊费用', section: '资产' },
  { name: '待处理财产损溢', section: '资产' },
  {
    name: '资产总计',
    section: '资产',
    parts: plus('流动资产合计', '投资', '在建工程', '固定资产净值', '无形资产净值', '长期待摊费用', '待处理财产损溢'),
  },
  { name: '应付职工薪酬', section: '负债' },
  { name: '应付上级经费', section: '负债' },
  { name: '应付下级经费', section: '负债' },
  { name: '其他应付款', section: '负债' },
  { name: '代管经费', section: '负债' },
  {
    name: '负债合计',
    section: '负债',
    parts: plus('应付职工薪酬', '应付上级经费', '应付下级经费', '其他应付款', '代管经费'),
  },
  { name: '资产基金', section: '净资产' },
  { name: '专用基金', section: '净资产' },
  { name: '工会资金结转', section: '净资产' },
  { name: '工会资金结余', section: '净资产' },
  { name: '财政拨款结转', section: '净资产' },
  { name: '财政拨款结余', section: '净资产' },
  { name: '预算稳定调节基金', section: '净资产' },
  {
    name: '净资产合计',
    section: '净资产',
    parts: plus(
      '资产基金',
      '专用基金',
      '工会资金结转',
      '工会资金结余',
      '财政拨款结转',
      '财政拨款结余',
      '预算稳定调节基金',
    ),
  },
  { name: '负债与净资产总计', section: '净资产', parts: plus('负债合计', '净资产合计') },
];

/** Other names staff write for a row. */
export const BALANCE_ROW_ALIASES: Readonly<Record<string, string>> = {
  库存现金及银行存款: '货币资金',
  固定资产: '固定资产原值',
  无形资产: '无形资产原值',
  负债和净资产总计: '负债与净资产总计',
  负债及净资产总计: '负债与净资产总计',
};

/** The row of a name (or alias), if any. */
export function balanceRow(name: string): BalanceRowSpec | undefined {
  const key = name.replace(/\s+/g, '');
  const canonical = BALANCE_ROW_ALIASES[key] ?? key;
  return BALANCE_ROWS.find((r) => r.name === canonical);
}
