import { toHalfWidth } from '../text/normalize-width.ts';

/**
 * A closed list of values a cell may hold, each with the other spellings staff use.
 * The key is the canonical value stored and shown (Chinese); aliases may be English.
 */
export type Choices<T extends string> = Readonly<Record<T, readonly string[]>>;

/** The key a written choice is compared by: half-width, no spaces, lower case. */
export function choiceKey(text: string): string {
  return toHalfWidth(text).replace(/\s+/g, '').toLowerCase();
}

/** The canonical value written as `text` (value itself or an alias), or undefined. */
export function resolveChoice<T extends string>(choices: Choices<T>, text: string): T | undefined {
  const key = choiceKey(text);
  for (const [value, aliases] of Object.entries(choices) as [T, readonly string[]][]) {
    if (choiceKey(value) === key || aliases.some((a) => choiceKey(a) === key)) return value;
  }
  return undefined;
}

/** The canonical values in declaration order. */
export function choiceValues<T extends string>(choices: Choices<T>): T[] {
  return Object.keys(choices) as T[];
}

/** Level of an organiser or an honour, from the union itself up to the national level. */
export const LEVELS = {
  本单位: ['unit', '单位', '院级', '校级', '本级', '基层'],
  区县: ['district', '区', '县', '区级', '县级', '区县级'],
  市: ['city', '市级', '地市', '地市级'],
  省: ['province', '省级', '省部级'],
  全国: ['national', '国家级', '全国性', '国家'],
} as const satisfies Choices<string>;

/** A level (本单位 … 全国). */
export type Level = keyof typeof LEVELS;

/** Yes or no, as staff write it in Excel. */
export const YES_NO = {
  是: ['yes', 'y', 'true', '1', '√', '✓', '对'],
  否: ['no', 'n', 'false', '0', '不', '无'],
} as const satisfies Choices<string>;
