import { describe, expect, it } from 'vitest';
import { BuildInputError, explainError } from '../../src/build/explain-error.ts';

describe('explainError', () => {
  it('passes a staff message through as is', () => {
    expect(explainError(new BuildInputError('找不到数据文件夹 /x'))).toBe('找不到数据文件夹 /x');
  });

  it('says a stack overflow means data nested too deeply', () => {
    expect(explainError(new RangeError('Maximum call stack size exceeded'))).toContain('数据嵌套层数过多');
  });

  it.each([
    ['ENOENT', '找不到这个文件或文件夹'],
    ['EACCES', '没有读取或写入权限'],
    ['EXDEV', '不能跨磁盘移动文件夹'],
    ['ENOSPC', '磁盘空间已满'],
  ])('names the path and the reason of %s', (code, words) => {
    const error = Object.assign(new Error(`${code}: boom`), { code, path: '/srv/dist' });
    const message = explainError(error);
    expect(message).toMatch(new RegExp(`^读写文件时出错：/srv/dist（${words}.*，${code}）$`));
    expect(message).not.toContain('\n');
  });

  it('wraps anything else in one line without a stack', () => {
    expect(explainError(new TypeError('x is not a function'))).toBe('发生了意外错误：x is not a function');
    expect(explainError('plain')).toBe('发生了意外错误：plain');
  });
});
