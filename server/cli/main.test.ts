import { describe, expect, it } from 'vitest';
import { buildCli } from './main.js';

describe('hechuang CLI', () => {
  it('has one command per name, and one topics group holding import, rebuild, assign and news', () => {
    const program = buildCli();
    const names = program.commands.map((command) => command.name());
    expect(new Set(names).size).toBe(names.length);
    const topics = program.commands.find((command) => command.name() === 'topics');
    expect(topics?.commands.map((command) => command.name()).sort()).toEqual(['assign', 'import', 'news', 'rebuild']);
  });
});
