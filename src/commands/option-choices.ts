/** Commander options limited to a list of values, whose errors suggest the closest one. */
import { InvalidArgumentError, type Argument, type Option } from 'commander';
import { closest } from '../rules/support/suggest.js';

/** The `(Did you mean x?)` commander adds to unknown commands and options, for a value not among `values`. */
export function didYouMean(value: string, values: readonly string[]): string {
  const hint = closest(value, values);
  return hint ? ` (Did you mean ${hint}?)` : '';
}

/**
 * An option or argument limited to `values` (listed in its help, as commander's `choices` does)
 * whose error suggests the closest value: `--preset csn` → `(Did you mean csm?)`.
 */
export function withChoices<T extends Option | Argument>(target: T, values: readonly string[]): T {
  target.choices(values);
  target.argParser((value: string) => {
    if (!values.includes(value)) throw new InvalidArgumentError(`Allowed choices are ${values.join(', ')}.${didYouMean(value, values)}`);
    return value;
  });
  return target;
}
