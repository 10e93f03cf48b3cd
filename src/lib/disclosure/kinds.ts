/**
 * The kinds of item a union discloses (会务公开), in the order the register lists them,
 * and who an item is addressed to. The Chinese label is what staff write in
 * disclosure-schedule.csv and what readers see; the key is what code uses.
 */
export const DISCLOSURE_KINDS = {
  'fund-statement': { label: '经费收支', aliases: ['经费收支表', '收支表', '经费决算', '决算'] },
  budget: { label: '经费预算', aliases: ['预算', '预算表'] },
  'work-report': { label: '工作报告', aliases: ['工会工作报告'] },
  'audit-report': { label: '经审报告', aliases: ['经费审查报告', '经审工作报告', '审查报告'] },
  'congress-resolutions': {
    label: '代表大会决议',
    aliases: ['职代会决议', '教代会决议', '会员代表大会决议', '大会决议', '决议'],
  },
  'election-result': { label: '选举结果', aliases: ['换届选举结果', '选举'] },
  'aid-notice': { label: '帮扶公示', aliases: ['困难帮扶公示', '帮扶救助公示', '救助公示', '慰问公示'] },
  'proposal-handling': { label: '提案办理', aliases: ['提案办理情况', '提案'] },
} as const satisfies Record<string, { label: string; aliases: readonly string[] }>;

/** A kind of disclosed item, e.g. 'fund-statement'. */
export type DisclosureKind = keyof typeof DISCLOSURE_KINDS;

/** Every kind, in register order. */
export const KIND_ORDER = Object.keys(DISCLOSURE_KINDS) as DisclosureKind[];

/** The Chinese label of a kind, e.g. '经费收支'. */
export function kindLabel(kind: DisclosureKind): string {
  return DISCLOSURE_KINDS[kind].label;
}

/**
 * The kind named by `text`: its key, its Chinese label or one of its aliases (spaces
 * and case ignored); undefined when none matches.
 */
export function resolveKind(text: string): DisclosureKind | undefined {
  const key = text.replace(/\s+/g, '').toLowerCase();
  return KIND_ORDER.find((kind) => {
    const { label, aliases } = DISCLOSURE_KINDS[kind];
    return kind === key || label === key || (aliases as readonly string[]).includes(key);
  });
}

/**
 * Who an item is addressed to: 会员 (members), 经审 (the audit committee) or 全体 (both,
 * and anyone on the intranet).
 */
export const AUDIENCES = ['全体', '会员', '经审'] as const;

/** An audience of a disclosed item. */
export type Audience = (typeof AUDIENCES)[number];
