/**
 * Seeded fuzz of report bodies: benign and hostile fragments (tags, attributes, braces,
 * links with encoded schemes, fences, comments, ESM) glued together and damaged by stray
 * characters. For every case:
 * - a report `npm run check` accepts compiles with the build's own MDX compiler, and
 * - whatever the build's plugin lets compile (even a report the check never saw) is inert,
 *   judged on the compiled JavaScript by an oracle written here independently of the check:
 *   only the allowed tags as literal elements, only the site's components, no event or style
 *   property, every href/src relative or http(s), no identifier outside string literals but
 *   the compiler's own.
 * - a refused report names a line inside the file.
 */
import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { checkReports } from '../../../src/lib/reports/check-reports.ts';
import { inertReportsPlugin } from '../../../src/lib/reports/inert-mdx-plugin.ts';
import { REPORT_MDX_FEATURES } from '../../../src/lib/reports/parse-mdx.ts';
import { loadFixture } from '../../helpers/fixture.ts';
import { random } from '../../helpers/fuzz-mutations.ts';

const site = loadFixture().site!;
const SEED = Number(process.env.FUZZ_SEED ?? 20261201);
const CASES = 600;

const FRONT =
  '---\n标题: 2023年度工会工作报告\n类型: 工作报告\n期间: 2023\n日期: 2024-03-20\n状态: 审议通过\n通过日期: 2024-03-20\n---\n\n## 概况\n\n';

const FRAGMENTS = [
  '全年开展活动',
  '会费 <Amount period="2023" account="会费收入" />。',
  '<Share period="2023" account="会费收入" />',
  '<Amount period={2023} account="会费收入" />',
  '<Amount period="2023" account="会费收入" onClick="x" />',
  'm<sup>2</sup>',
  'H<sub>2</sub>O',
  '<abbr title="职工代表大会">职代会</abbr>',
  '<abbr title={globalThis.x}>职代会</abbr>',
  '<abbr style="background:url(https://evil.example/)">x</abbr>',
  '<strong onmouseover="alert(1)">重点</strong>',
  '<b {...globalThis}>x</b>',
  '<br />',
  '<script>alert(1)</script>',
  '<img src="x" onerror="alert(1)" />',
  '<svg onload="alert(1)"></svg>',
  '<base href="https://evil.example/" />',
  '<iframe src="https://evil.example/"></iframe>',
  '<a href="javascript:alert(1)">点此</a>',
  '<div title={process.exit(1)}>x</div>',
  '<globalThis.Foo />',
  '<>片段</>',
  '[经费](../../funds/2023/)',
  '[总工会](https://www.acftu.org/)',
  '![图](./a.png)',
  '[点此](javascript:alert(1))',
  '[点此](jav&#x61;script:alert(1))',
  '[点此](&#106;avascript:alert(1))',
  '[点此](javascript&colon;alert(1))',
  '[点此](<javascript:alert(1)>)',
  '[点此](JAVASCRIPT:alert(1))',
  '[点此](//evil.example/)',
  '[点此](/\\evil.example/)',
  '[点此](vbscript:msgbox)',
  '![图](data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=)',
  '[点此][x]\n\n[x]: javascript:alert(1)',
  '{globalThis.process.exit(1)}',
  '今年 {1 + 1} 项',
  '{/* 注释 */}',
  '{/* 注释 */ alert(1)}',
  "export const x = require('node:fs')",
  "import fs from 'node:fs'",
  '```\n<script>alert(1)</script>\n```',
  '`<script>`',
  '<!-- 注释 -->',
  '\\{ 不是代码 \\}',
  '比例 < 50%',
  '- 一项\n- 两项',
  '| 项目 | 金额 |\n| --- | --- |\n| 会费 | 100 |',
  'www.example.org',
];
const GLUE = ['', ' ', '\n', '\n\n'];
const STRAY = ['<', '>', '{', '}', '`', '&', '#', '"', ':', '/', '\\', '[', ']', '(', ')', '!'];

/** A body of 1–4 fragments, sometimes with one stray character inserted. */
function body(rand: () => number): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const parts = Array.from({ length: 1 + Math.floor(rand() * 4) }, () => pick(FRAGMENTS));
  let text = parts.map((p, i) => (i === 0 ? p : pick(GLUE) + p)).join('');
  if (rand() < 0.4) {
    const at = Math.floor(rand() * (text.length + 1));
    text = text.slice(0, at) + pick(STRAY) + text.slice(at);
  }
  return text;
}

// ── The oracle: what inert compiled output looks like ────────────────────────────────────

const TAGS = new Set(['br', 'sup', 'sub', 'small', 'strong', 'em', 'b', 'i', 'u', 's', 'del', 'ins', 'mark', 'abbr']);
const COMPONENTS = new Set(['Amount', 'Share', 'Change', 'Count', 'BudgetRate', 'StatementTable', 'StatementChart']);
/** What Markdown itself produces (GFM included). */
const MARKDOWN = new Set(
  'p a img h1 h2 h3 h4 h5 h6 ul ol li blockquote code pre hr br table thead tbody tr th td em strong del input section sup span'.split(
    ' ',
  ),
);
/** Identifiers the compiler itself writes around the content. */
const COMPILER_WORDS = new Set(
  (
    'import jsx as _jsx jsxs _jsxs from function _createMdxContent props const _components Object assign ' +
    'if return children MDXContent wrapper MDXLayout export default _missingMdxReference id component throw new ' +
    'Error _Fragment Fragment true false null undefined components _key'
  ).split(' '),
);
const STRING = /"(?:[^"\\\n]|\\.)*"/g;

/** Whether a decoded href/src is relative or http(s), and not scheme-relative to another host. */
function safeUrl(url: string): boolean {
  const plain = url.replace(/[\u0000-\u0020\u007f]/g, '').toLowerCase();
  if (/^[/\\]{2}/.test(plain) || plain.startsWith('/\\')) return false;
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(plain);
  return !scheme || scheme[1] === 'http' || scheme[1] === 'https';
}

/** Why compiled report code is not inert, or undefined when it is. */
function notInert(compiled: string): string | undefined {
  // The content function; what follows it (MDXContent, the wrapper) is the compiler's own.
  const code = compiled.split('function MDXContent(')[0]!;
  for (const m of code.matchAll(/_jsxs?\("([^"]*)"/g)) if (!TAGS.has(m[1]!)) return `element <${m[1]}>`;
  // Elements the compiler maps (`{ p: "p", script: "script" }`) and components it looks up.
  for (const m of code.matchAll(/Object\.assign\(\{([^}]*)\}/g))
    for (const name of m[1]!.split(',').map((entry) => entry.split(':')[0]!.trim().replace(/"/g, '')))
      if (name && !MARKDOWN.has(name) && !TAGS.has(name)) return `element <${name}>`;
  for (const m of code.matchAll(/const \{ ([^}]*) \} = (?:_components|props\.components)/g))
    for (const name of m[1]!.split(',').map((entry) => entry.trim()))
      if (!COMPONENTS.has(name)) return `component ${name}`;
  // Properties of an element (a literal tag or a Markdown element), up to the next element:
  // the compiler writes `children` last. Props of the site's components are data they read.
  for (const call of code.split(/(?=_jsxs?\()/).slice(1)) {
    if (/^_jsxs?\([A-Z]/.test(call)) continue;
    for (const m of call.matchAll(/^\s*(?:"([^"]+)"|([\w$]+)):/gm)) {
      const key = (m[1] ?? m[2])!;
      if (/^on/i.test(key) || key === 'style' || key === 'dangerouslySetInnerHTML') return `property ${key}`;
    }
  }
  for (const m of code.matchAll(/\b(href|src): ("(?:[^"\\]|\\.)*")/g))
    if (!safeUrl(JSON.parse(m[2]!) as string)) return `${m[1]} ${m[2]}`;
  // Outside string literals and property names, only the compiler's words and the elements.
  const outside = code
    .replace(STRING, '""')
    .replace(/\/\/[^\n]*/g, '')
    .replace(/^(\s*)[\w$]+:/gm, '$1_key:');
  for (const m of outside.matchAll(/[A-Za-z_$][\w$]*/g)) {
    const word = m[0];
    if (COMPILER_WORDS.has(word) || COMPONENTS.has(word) || TAGS.has(word)) continue;
    // the markdown elements the compiler maps through _components (p, a, img, h2, li, td …)
    if (new RegExp(`_components\\.${word}\\b|\\b${word}: "${word}"`).test(outside) || /^h[1-6]$/.test(word)) continue;
    return `identifier ${word}`;
  }
  return undefined;
}

function compiles(source: string, withPlugin: boolean): { code: string } | { error: string } {
  try {
    const out = mdxToJs(source, {
      features: REPORT_MDX_FEATURES,
      ...(withPlugin ? { mdastPlugins: [inertReportsPlugin] } : {}),
    }) as { code: string };
    return { code: out.code };
  } catch (error) {
    return { error: String(error) };
  }
}

describe('reports are inert whatever staff or an attacker type (seeded fuzz)', () => {
  it(`${CASES} generated reports: accepted ones compile and are inert, whatever compiles with the plugin is inert`, () => {
    const rand = random(SEED);
    const outcome = { accepted: 0, refused: 0, pluginRefused: 0, compileErrors: 0 };
    const failures: string[] = [];
    for (let n = 0; n < CASES; n += 1) {
      const text = body(rand);
      const source = FRONT + text + '\n';
      const lines = source.split('\n').length;
      const checked = checkReports(
        new Map([['2023-work.mdx', new TextEncoder().encode(source)]]),
        'content/reports',
        site,
      );
      const built = compiles(source, true);
      if (checked.issues.length === 0) {
        outcome.accepted += 1;
        if ('error' in built) failures.push(`accepted but does not build: ${JSON.stringify(text)} ${built.error}`);
      } else {
        outcome.refused += 1;
        const outside = checked.issues.filter(
          (i) => !(i.line >= 1 && i.line <= lines) || !i.code.startsWith('report.'),
        );
        if (outside.length > 0) failures.push(`refused without a line: ${JSON.stringify(text)}`);
      }
      if ('code' in built) {
        const why = notInert(built.code);
        if (why) failures.push(`compiled with the plugin but not inert (${why}): ${JSON.stringify(text)}`);
      } else if ('code' in compiles(source, false)) outcome.pluginRefused += 1;
      else outcome.compileErrors += 1;
    }
    console.log(`MDX fuzz (seed ${SEED}): ${CASES} cases, ${JSON.stringify(outcome)}`);
    expect(failures).toEqual([]);
    // the generator reaches both sides (not a vacuous run)
    expect(outcome.accepted).toBeGreaterThan(CASES / 10);
    expect(outcome.pluginRefused).toBeGreaterThan(CASES / 10);
  });

  it('the oracle itself flags what is not inert', () => {
    const code = (text: string) => (compiles(FRONT + text + '\n', false) as { code: string }).code;
    expect(notInert(code('<script>alert(1)</script>'))).toBe('element <script>');
    expect(notInert(code('<strong onmouseover="alert(1)">x</strong>'))).toBe('property onmouseover');
    expect(notInert(code('[a](javascript:alert(1))'))).toMatch(/^href /);
    expect(notInert(code('[a](//evil.example/)'))).toMatch(/^href /);
    expect(notInert(code('{globalThis.process.exit(1)}'))).toBe('identifier globalThis');
    expect(notInert(code('<Evil />'))).toBe('component Evil');
    expect(notInert(code('会费 <Amount period="2023" account="会费收入" /> [a](../x/) <abbr title="x">y</abbr>'))).toBe(
      undefined,
    );
  });
});
