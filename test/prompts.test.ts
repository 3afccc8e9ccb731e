import { describe, expect, it, vi } from 'vitest';

const calls = vi.hoisted(() => ({ mode: 'ok' as 'ok' | 'exit' | 'boom', last: undefined as unknown }));

vi.mock('@inquirer/prompts', () => {
  const answer = (value: unknown) => async (config: unknown) => {
    calls.last = config;
    if (calls.mode === 'exit') {
      const e = new Error('User force closed the prompt with SIGINT');
      e.name = 'ExitPromptError';
      throw e;
    }
    if (calls.mode === 'boom') throw new TypeError('broken terminal');
    return value;
  };
  return { input: answer('  Acme  '), select: answer('csm'), checkbox: answer(['grr']), confirm: answer(true) };
});

const prompts = await import('../src/prompts.js');

describe('prompts (the wrapper over @inquirer/prompts)', () => {
  it('passes message and default through and trims free text', async () => {
    calls.mode = 'ok';
    await expect(prompts.input({ id: 'company', message: 'Company name', default: 'X' })).resolves.toBe('Acme');
    expect(calls.last).toEqual({ message: 'Company name', default: 'X' });
    await expect(prompts.select({ id: 'f', message: 'm', choices: [{ name: 'CSM', value: 'csm' }] })).resolves.toBe('csm');
    await expect(prompts.checkbox({ id: 'm', message: 'm', choices: [{ name: 'GRR', value: 'grr' }] })).resolves.toEqual(['grr']);
    await expect(prompts.confirm({ id: 'c', message: 'ok?' })).resolves.toBe(true);
    expect(calls.last).toEqual({ message: 'ok?', default: false });
  });

  it('turns Ctrl-C (ExitPromptError) into a CharterError with exit code 130', async () => {
    calls.mode = 'exit';
    for (const p of [
      prompts.input({ id: 'a', message: 'm' }),
      prompts.select({ id: 'b', message: 'm', choices: [] }),
      prompts.checkbox({ id: 'c', message: 'm', choices: [] }),
      prompts.confirm({ id: 'd', message: 'm' }),
    ]) {
      await expect(p).rejects.toMatchObject({ name: 'CharterError', exitCode: 130, message: 'cancelled; no file was written' });
    }
  });

  it('lets other errors through unchanged', async () => {
    calls.mode = 'boom';
    await expect(prompts.input({ id: 'a', message: 'm' })).rejects.toThrow(TypeError);
  });
});
