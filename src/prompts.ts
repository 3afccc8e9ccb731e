/**
 * The only importer of @inquirer/prompts, loaded on first use so that commands which ask nothing
 * never pay for it. Every prompt has a default (Enter accepts it). Ctrl-C (inquirer's
 * ExitPromptError) becomes a CharterError with exit code 130: the command stops and writes nothing.
 */
import { CharterError } from './errors.js';

export interface Choice<T> {
  name: string;
  value: T;
  description?: string;
  checked?: boolean;
}

type Inquirer = typeof import('@inquirer/prompts');
let loaded: Promise<Inquirer> | undefined;

function inquirer(): Promise<Inquirer> {
  loaded ??= import('@inquirer/prompts');
  return loaded;
}

async function cancelable<T>(ask: () => Promise<T>): Promise<T> {
  try {
    return await ask();
  } catch (err) {
    if (err instanceof Error && (err.name === 'ExitPromptError' || err.name === 'AbortPromptError')) {
      throw new CharterError('cancelled; no file was written', 130);
    }
    throw err;
  }
}

/** Free text. `id` names the question (tests script answers by it). Enter gives `default` ('' = skip). */
export async function input(o: { id: string; message: string; default?: string }): Promise<string> {
  const { input: ask } = await inquirer();
  const value = await cancelable(() => ask({ message: o.message, default: o.default }));
  return value.trim();
}

/** One of `choices`. */
export async function select<T>(o: { id: string; message: string; choices: Array<Choice<T>>; default?: T }): Promise<T> {
  const { select: ask } = await inquirer();
  return cancelable(() => ask<T>({ message: o.message, choices: o.choices, default: o.default, pageSize: 12 }));
}

/** Any of `choices` (space toggles, Enter accepts the checked ones). */
export async function checkbox<T>(o: { id: string; message: string; choices: Array<Choice<T>> }): Promise<T[]> {
  const { checkbox: ask } = await inquirer();
  return cancelable(() => ask<T>({ message: o.message, choices: o.choices, pageSize: 12 }));
}

/** Yes or no. */
export async function confirm(o: { id: string; message: string; default?: boolean }): Promise<boolean> {
  const { confirm: ask } = await inquirer();
  return cancelable(() => ask({ message: o.message, default: o.default ?? false }));
}
